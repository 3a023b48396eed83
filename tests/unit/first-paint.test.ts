import { describe, expect, it } from 'vitest';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS } from '../../src/vocabulary';
import { datasetChoropleth } from '../../src/map/choropleth';
import { toScreen } from '../../src/map/mercator-camera';
import { frameView, modelBounds } from '../../src/map/framing';
import { DEFAULT_VIEW, showsFirstPaint } from '../../src/store/view-state';
import { firstPaintHtml, firstPaintSvg } from '../../tools/first-paint';
import { firstPaintViewBox } from '../../src/map/first-paint-frame';
import { loadRealModel } from './fixtures/real-data';

describe('the first paint built into index.html', () => {
  it('draws all 16 districts in the colours of the default view, fitted to any box', () => {
    const model = loadRealModel();
    const svg = firstPaintSvg(model);
    expect(svg).toMatch(/^<svg data-first-paint="" viewBox="0 0 \d+ \d+" preserveAspectRatio="xMidYMid meet"/);
    const counts = countByDistrict(model, { layers: LAYER_IDS, industries: [] });
    const scheme = datasetChoropleth(model, 'light');
    for (const d of model.districts) {
      const path = new RegExp(`<path data-district="${d.slug}" fill="(#[0-9a-f]{6})" d="M[^"]+Z"/>`).exec(svg);
      expect(path, d.slug).not.toBeNull();
      expect(path?.[1], d.slug).toBe(scheme.colourOf(counts[d.slug].total));
    }
  });

  it("stands in for the map only for the view it draws: another one gets the app's own drawing", () => {
    expect(showsFirstPaint(DEFAULT_VIEW)).toBe(true);
    expect(showsFirstPaint({ ...DEFAULT_VIEW, lang: 'en', layers: [...LAYER_IDS].reverse() })).toBe(true);
    for (const other of [
      { theme: 'dark' as const },
      { layers: LAYER_IDS.slice(1) },
      { industries: ['biomedicine'] },
      { mapView: 'region' as const },
      { district: 'xuhui' as const },
      { record: 'xuhui-maker-spaces' },
      { camera: { lng: 121.5, lat: 31.2, zoom: 9 } },
      { presenting: true },
    ])
      expect(showsFirstPaint({ ...DEFAULT_VIEW, ...other }), JSON.stringify(other)).toBe(false);
  });

  it('lays the page out as the app does: the same frame around the map', () => {
    const html = firstPaintHtml(loadRealModel());
    for (const cls of ['app theme-light', 'header', 'main', 'map-wrap', 'svg-map', 'sidebar', 'panel', 'attribution'])
      expect(html).toContain(`class="${cls}`);
    expect(html).toContain('上海科技创新地图');
  });

  it.each([
    [1000, 650],
    [800, 800],
    [1600, 900],
    [390, 500],
  ])(
    'puts the city where the app frames it in a %ix%i map, so the map does not move when the app takes over',
    (w, h) => {
      const model = loadRealModel();
      const svg = firstPaintSvg(model);
      // Where the browser draws the districts: their outline's box in the SVG's units, fitted by `xMidYMid meet`.
      const [vw, vh] = (/viewBox="0 0 (\d+) (\d+)"/.exec(svg)?.slice(1) ?? []).map(Number) as [number, number];
      const xs: number[] = [];
      const ys: number[] = [];
      for (const [, d] of svg.matchAll(/<path data-district="[a-z]+" fill="[^"]+" d="([^"]+)"/g))
        for (const [, x, y] of (d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
          xs.push(Number(x));
          ys.push(Number(y));
        }
      const s = Math.min(w / vw, h / vh);
      const fit = (x: number, y: number) => [(w - vw * s) / 2 + x * s, (h - vh * s) / 2 + y * s];
      const drawn = [...fit(Math.min(...xs), Math.min(...ys)), ...fit(Math.max(...xs), Math.max(...ys))];
      // Where the app puts them: the camera both of its renderers share (framing.ts) for the default view.
      const cam = frameView(model, modelBounds(model), { ...DEFAULT_VIEW, camera: null }, w, h);
      const [[west, south], [east, north]] = model.bounds.city;
      const framed = [...toScreen(west, north, cam, w, h), ...toScreen(east, south, cam, w, h)];
      for (let i = 0; i < 4; i++) expect(Math.abs((drawn[i] ?? NaN) - (framed[i] ?? NaN)), `edge ${i}`).toBeLessThan(2);

      // Once the app is up, the drawing stays as the map's stand-in (ui/FirstPaint.tsx) under the viewBox the app
      // gives it: then it lies exactly where the map will draw, kept clear of a legend in the upper right as well.
      const insets = [{ top: 0, right: Math.round(w * 0.3), bottom: 0, left: 0 }];
      const camClear = frameView(model, modelBounds(model), { ...DEFAULT_VIEW, camera: null }, w, h, { insets });
      const [x0, y0, bw, bh] = firstPaintViewBox(camClear, model.bounds.city, w, h).split(' ').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      expect(bw / bh, 'the viewBox has the box’s shape: nothing is letterboxed').toBeCloseTo(w / h, 4);
      const k = w / bw;
      const shown = [
        (Math.min(...xs) - x0) * k,
        (Math.min(...ys) - y0) * k,
        (Math.max(...xs) - x0) * k,
        (Math.max(...ys) - y0) * k,
      ];
      const framedClear = [...toScreen(west, north, camClear, w, h), ...toScreen(east, south, camClear, w, h)];
      for (let i = 0; i < 4; i++)
        expect(Math.abs((shown[i] ?? NaN) - (framedClear[i] ?? NaN)), `edge ${i} under the viewBox`).toBeLessThan(1);
      expect(framedClear[2], 'the city ends left of the legend').toBeLessThan(w * 0.7 + 0.01);
    },
  );
});
