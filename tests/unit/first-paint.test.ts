import { describe, expect, it } from 'vitest';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS } from '../../src/vocabulary';
import { datasetChoropleth } from '../../src/map/choropleth';
import { toScreen } from '../../src/map/mercator-camera';
import { frameView, modelBounds } from '../../src/map/framing';
import { DEFAULT_VIEW } from '../../src/store/view-state';
import { firstPaintHtml, firstPaintSvg } from '../../tools/first-paint';
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
    },
  );
});
