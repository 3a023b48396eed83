import { describe, expect, it } from 'vitest';
import { distanceKm, ISLANDS_FILE, parseIslands } from '../../geo/tools/islands';
import type { ChinaFile } from '../../src/domain/schema';
import { ZOOM_LIMITS } from '../../src/domain/camera-limits';
import { toLngLatZoom, toScreen, viewBounds } from '../../src/map/mercator-camera';
import { INSET_GAP, insetsFor } from '../../src/map/frame-padding';
import { frameRegion, frameView, modelBounds } from '../../src/map/framing';
import { insetHeight, insetModel, type InsetModel } from '../../src/map/inset/model';
import { placeInset } from '../../src/map/inset/place';
import { boundsOfBox, clearArea, needsInset, showsSouthChinaSea } from '../../src/map/inset/visible';
import type { Box } from '../../src/map/screen-geometry';
import { THEMES } from '../../src/map/palette';
import { measure } from './fixtures/measure';
import { loadRealModel, readProjectFile } from './fixtures/real-data';

const china = (JSON.parse(readProjectFile('geo/china.geojson')) as ChinaFile).features;
const islands = parseIslands(JSON.parse(readProjectFile(ISLANDS_FILE)));
const model = (width: number, title = '南海诸岛', theme: 'light' | 'dark' = 'light'): InsetModel =>
  insetModel(china, THEMES[theme], { width, title, minFontPx: 10, k: 1, measure });

const inside = (x: number, y: number, b: { x0: number; y0: number; x1: number; y1: number }) =>
  x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;

/** Even-odd point in polygon over rings in inset px. */
function inRings(rings: readonly [number, number][][], x: number, y: number): boolean {
  let hit = false;
  for (const r of rings)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [ax, ay] = r[i] as [number, number];
      const [bx, by] = r[j] as [number, number];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) hit = !hit;
    }
  return hit;
}

describe('the South China Sea Islands inset model', () => {
  it('draws the whole dashed line inside its sea box, which lies inside the frame', () => {
    const m = model(150);
    const source = china.find((f) => f.properties.adcode === 100000);
    if (!source || source.geometry.type !== 'MultiPolygon') throw new Error('no dashed line in geo/china.geojson');
    expect(m.dashes).toHaveLength(source.geometry.coordinates.length);
    for (const d of m.dashes) for (const [x, y] of d) expect(inside(x, y, m.sea), `${x},${y}`).toBe(true);
    expect(m.sea.x0).toBeGreaterThan(0);
    expect(m.sea.y0).toBeGreaterThan(0);
    expect(m.sea.x1).toBeLessThan(m.width);
    expect(m.sea.y1).toBeLessThan(m.height);
    expect(m.height).toBe(insetHeight(150, '南海诸岛', 10, measure));
  });

  it('shows the Xisha, Zhongsha and Nansha islands with Huangyan Dao, Dongsha and Hainan', () => {
    const m = model(150);
    const names = m.islands.map((i) => i.name);
    for (const n of ['永兴岛', '黄岩岛', '太平岛', '南威岛', '弹丸礁', '东沙岛']) expect(names).toContain(n);
    for (const i of m.islands) expect(inside(i.x, i.y, m.sea)).toBe(true);
    // Haikou (110.3°E 20.0°N) is on Hainan's land, drawn in the inset.
    const [w, , e] = [106.5, 2.5, 124];
    const x = m.sea.x0 + ((110.3 - w) / (e - w)) * (m.sea.x1 - m.sea.x0);
    const north = 25;
    const y = (lat: number) => {
      const merc = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360));
      const scale = (m.sea.x1 - m.sea.x0) / (((e - w) * Math.PI) / 180);
      return m.sea.y0 + (merc(north) - merc(lat)) * scale;
    };
    expect(m.land.some((rings) => inRings(rings, x, y(19.5)))).toBe(true);
    // And 17°N on the same meridian is sea.
    expect(m.land.some((rings) => inRings(rings, x, y(17)))).toBe(false);
  });

  it('has a scale bar whose length in pixels is its distance on the ground, a round number of km', () => {
    const m = model(150);
    const yongxing = m.islands.find((i) => i.name === '永兴岛');
    const nanwei = m.islands.find((i) => i.name === '南威岛');
    if (!yongxing || !nanwei) throw new Error('islands missing');
    // Two islands 900 km apart, about the middle latitude of the inset: their distance on screen gives the scale.
    const km = distanceKm([112.336, 16.834], [111.918, 8.644]);
    const px = Math.hypot(yongxing.x - nanwei.x, yongxing.y - nanwei.y);
    const barKm = m.scale.metres / 1000;
    expect(Math.abs(m.scale.px / barKm / (px / km) - 1)).toBeLessThan(0.06);
    expect(m.scale.label).toBe(`${barKm} km`);
    expect([100, 200, 500, 1000]).toContain(barKm);
    expect(m.scale.x + m.scale.px).toBeLessThan(m.sea.x1);
    expect(m.scale.y).toBeGreaterThan(m.sea.y0);
  });

  it('takes its colours from the theme and wraps a long title to the box', () => {
    const dark = model(120, 'South China Sea Islands', 'dark');
    expect(dark.colours.sea).toBe(THEMES.dark.sea);
    expect(dark.colours.dash).toBe(THEMES.dark.inset.dash);
    expect(dark.title.lines).toEqual(['South China', 'Sea Islands']);
    for (const l of dark.title.lines) expect(measure(l, dark.title.fontPx, true)).toBeLessThanOrEqual(120);
    expect(model(150).title.lines).toEqual(['南海诸岛']);
  });
});

describe('whether the map needs the inset', () => {
  it('says a frame shows the South China Sea only when it takes in the whole dashed line', () => {
    expect(showsSouthChinaSea([70, 0, 140, 55])).toBe(true);
    // The regional view's frame, Kashgar to Shanghai: it stops near Hainan.
    expect(showsSouthChinaSea([72, 17, 127, 47])).toBe(false);
    // Down to 5°N is not enough: the line's southern end is at 3.4°N.
    expect(showsSouthChinaSea([70, 5, 140, 55])).toBe(false);
  });

  it('counts only the part of the map no sheet or card covers', () => {
    // A phone: the bottom sheet covers the lower half, the legend is a small box.
    const sheet: Box = { x0: 0, y0: 420, x1: 390, y1: 788 };
    const legend: Box = { x0: 8, y0: 360, x1: 200, y1: 410 };
    expect(clearArea(390, 788, [sheet, legend])).toEqual({ x0: 0, y0: 0, x1: 390, y1: 420 });
    const card: Box = { x0: 1200, y0: 20, x1: 1900, y1: 1000 };
    expect(clearArea(1920, 1040, [card]).x1).toBe(1200);
    // A whole-country view on a tall phone: the full screen reaches 3°S, the part above the sheet does not.
    const view = [60, -3, 150, 60] as const;
    const clear = boundsOfBox(view, 390, 788, clearArea(390, 788, [sheet]));
    expect(clear[1]).toBeGreaterThan(3.4);
    expect(needsInset('region', view, 390, 788, [])).toBe(false);
    expect(needsInset('region', view, 390, 788, [sheet])).toBe(true);
    // Where the inset goes, the map counts only above it, however tall the inset is; a frame drawn without one
    // (the upright map of a phone, framing.ts) counts all of its clear area.
    const phone = [66, -40, 135, 62] as const;
    const sheetTop: Box = { x0: 0, y0: 467, x1: 390, y1: 682 };
    expect(needsInset('region', phone, 390, 682, [sheetTop], null)).toBe(false);
    expect(needsInset('region', phone, 390, 682, [sheetTop], { x0: 246, y0: 244, x1: 381, y1: 458 })).toBe(true);
    expect(needsInset('city', [72, 17, 127, 47], 1280, 720, [])).toBe(false);
    expect(needsInset('region', null, 1280, 720, [])).toBe(true);
    // A place framed close (the delta around Shanghai) is a local map: no inset.
    expect(needsInset('region', [118, 27, 123, 32], 1280, 720, [])).toBe(false);
    expect(needsInset('region', [72, 17, 127, 47], 1280, 720, [])).toBe(true);
  });
});

describe('where the inset goes', () => {
  const heightOf = (w: number) => Math.ceil(w * 1.45);
  const opts = (k: number) => ({ width: 150 * k, minWidth: 92, margin: 10 * k, heightOf });
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

  it('sits in the lower right corner when it is free', () => {
    const b = placeInset(660, 620, [], opts(1));
    expect(b).toEqual({ x0: 500, y0: 610 - Math.ceil(150 * 1.45), x1: 650, y1: 610 });
  });

  it('keeps clear of the panel, the card, the legend and the scale bar at every size, phones included', () => {
    const layouts: { name: string; w: number; h: number; k: number; obstacles: Box[] }[] = [];
    for (const [w, h, k] of [
      [1280, 720, 0.9],
      [1920, 1080, 1],
      [2560, 1440, 1.33],
      [3840, 2160, 1.6],
    ] as const) {
      const mapW = w - 280 - 340;
      const mapH = h - 65 - 35;
      // The desk: the legend top right, the view switch top left, the scale bar bottom left.
      layouts.push({
        name: `desk ${w}x${h}`,
        w: mapW,
        h: mapH,
        k,
        obstacles: [
          { x0: mapW - 268 * k, y0: 10, x1: mapW - 10, y1: 185 * k },
          { x0: 10, y0: 10, x1: 350 * k, y1: 40 * k },
          { x0: 10, y0: mapH - 30 * k, x1: 72 * k, y1: mapH - 10 },
        ],
      });
      // The deck: the card on the right, the legend top left, a legend that reaches down the right edge.
      const dk = Math.max(16, 0.026 * Math.min(w, h)) / 20;
      layouts.push({
        name: `deck ${w}x${h}`,
        w,
        h: h - 26,
        k: dk,
        obstacles: [
          { x0: w * 0.62, y0: 26, x1: w - 26, y1: h - 60 },
          { x0: 26, y0: 70, x1: 470 * dk, y1: 280 * dk },
          { x0: 10, y0: h - 60 * dk, x1: 110 * dk, y1: h - 36 },
        ],
      });
    }
    // Phones: the sheet half way up, the legend above it on the left.
    for (const [w, h] of [
      [390, 844],
      [360, 740],
      [844, 390],
    ] as const) {
      const upright = h > w;
      const mapH = h - 56;
      const sheet: Box = upright
        ? { x0: 0, y0: mapH * 0.5, x1: w, y1: mapH }
        : { x0: w * 0.55, y0: 0, x1: w, y1: mapH };
      layouts.push({
        name: `phone ${w}x${h}`,
        w,
        h: mapH,
        k: 0.9,
        obstacles: [sheet, { x0: 8, y0: sheet.y0 - 60, x1: 220, y1: sheet.y0 - 8 }],
      });
    }
    for (const l of layouts) {
      const b = placeInset(l.w, l.h, l.obstacles, opts(l.k));
      if (!b) throw new Error(`${l.name}: no place for the inset`);
      expect(b.x0, l.name).toBeGreaterThanOrEqual(0);
      expect(b.y0, l.name).toBeGreaterThanOrEqual(0);
      expect(b.x1, l.name).toBeLessThanOrEqual(l.w);
      expect(b.y1, l.name).toBeLessThanOrEqual(l.h);
      for (const o of l.obstacles) expect(overlaps(b, o), `${l.name}: over ${JSON.stringify(o)}`).toBe(false);
      // In the lower right of what is free: nothing free lies between it and the right edge's obstacle or margin.
      expect(b.x0 + b.x1, l.name).toBeGreaterThan(l.w * 0.5);
      expect(b.y0 + b.y1, l.name).toBeGreaterThan(l.h * 0.4);
      expect(b.x1 - b.x0, l.name).toBeGreaterThanOrEqual(92);
    }
  });

  it('shrinks before it gives up, and gives up when even its narrowest size has no room', () => {
    const b = placeInset(300, 260, [], opts(1));
    expect(b && b.x1 - b.x0).toBeLessThan(150);
    expect(placeInset(300, 120, [], opts(1))).toBeNull();
  });
});

describe('the regional framing with the inset', () => {
  it('keeps Taiwan, Diaoyu Dao and every linked place out from under the inset, at desk and deck sizes', () => {
    const model = loadRealModel();
    const bounds = modelBounds(model);
    const view = {
      mapView: 'region',
      region: null,
      district: null,
      record: null,
      camera: null,
      presenting: false,
    } as const;
    const points: [string, number, number][] = [
      ...islands
        .filter((i) => i.group_en.startsWith('Diaoyu Dao') || i.name_en === 'Chiwei Yu')
        .map((i): [string, number, number] => [i.name_en, i.lng, i.lat]),
      ["Taiwan's south cape", 120.85, 21.9],
      ['Shanghai', 121.47, 31.23],
      ...model.regionLinks.map((l): [string, number, number] => [l.region.id, l.region.lng, l.region.lat]),
    ];
    expect(points.map((p) => p[0])).toEqual(expect.arrayContaining(['Diaoyu Dao', 'Chiwei Yu']));
    for (const [w, h, legend] of [
      [660, 620, { x0: 392, y0: 10, x1: 650, y1: 150 }],
      [1300, 960, { x0: 1030, y0: 10, x1: 1290, y1: 200 }],
      [1180, 1040, { x0: 20, y0: 60, x1: 660, y1: 280 }],
    ] as const) {
      const box = placeInset(w, h, [legend], { width: 150, minWidth: 92, margin: 10, heightOf: (x) => x * 1.45 });
      if (!box) throw new Error(`no inset at ${w}x${h}`);
      const insets = insetsFor([legend], w, h, INSET_GAP);
      const opts = { insets, seaInset: { box, obstacles: [legend] } };
      const cam = frameView(model, bounds, view, w, h, opts);
      // The landscape map: the places above or beside the inset, which stands in for the sea.
      expect(frameRegion(bounds, view, w, h, opts).wholeSea, `${w}x${h}`).toBe(false);
      for (const [name, lng, lat] of points) {
        const [x, y] = toScreen(lng, lat, cam, w, h);
        expect(inside(x, y, { x0: 0, y0: 0, x1: w, y1: h }), `${w}x${h}: ${name} in view`).toBe(true);
        expect(inside(x, y, box), `${w}x${h}: ${name} under the inset`).toBe(false);
      }
      // The frame needs the inset: above it, the map stops short of the dashed line.
      expect(needsInset('region', viewBounds(cam, w, h), w, h, [legend], box), `${w}x${h}`).toBe(true);
    }
  });

  it('frames an upright phone above its sheet with the South China Sea itself: every place in view and clear of the controls, no inset needed', () => {
    const model = loadRealModel();
    const bounds = modelBounds(model);
    const view = {
      mapView: 'region',
      region: null,
      district: null,
      record: null,
      camera: null,
      presenting: false,
    } as const;
    const points: [string, number, number][] = [
      ['Shanghai', 121.47, 31.23],
      ...model.regionLinks.map((l): [string, number, number] => [l.region.id, l.region.lng, l.region.lat]),
    ];
    // The phone as its CSS lays it out (measured in Chromium): the map under the header, the view switch at its
    // top left, the sheet half way up (the regional view opens it), the legend and the scale bar under the sheet.
    for (const [vw, vh, w, h, sheetTop] of [
      [390, 844, 390, 681.6, 467.3],
      [360, 740, 360, 577.6, 402.8],
    ] as const) {
      const viewSwitch: Box = { x0: 8, y0: 8, x1: 195.6, y1: 54 };
      const sheet: Box = { x0: 0, y0: sheetTop, x1: w, y1: h };
      const obstacles = [viewSwitch, sheet, { x0: 7, y0: sheetTop + 150, x1: 311, y1: sheetTop + 200 }];
      const box = placeInset(w, h, obstacles, {
        width: 135,
        minWidth: 92,
        margin: 9,
        heightOf: (x) => insetHeight(x, '南海诸岛', 14, measure),
      });
      if (!box) throw new Error(`no inset at ${vw}x${vh}`);
      const opts = {
        insets: insetsFor([viewSwitch, sheet], w, h, INSET_GAP),
        seaInset: { box, obstacles },
        labelPx: 14,
        viewport: { width: vw, height: vh },
      };
      const { cam, wholeSea } = frameRegion(bounds, view, w, h, opts);
      const where = `${vw}x${vh}`;
      expect(frameView(model, bounds, view, w, h, opts), where).toEqual(cam);
      // The map's own limit: a frame further out would be clamped by the map, its centre off the places.
      expect(toLngLatZoom(cam).zoom, where).toBeGreaterThanOrEqual(ZOOM_LIMITS.min);
      // The upright map: the whole sea in view above the sheet, so no inset to lie over Shanghai or a place.
      expect(wholeSea, where).toBe(true);
      expect(needsInset('region', viewBounds(cam, w, h), w, h, obstacles, null), `${where}: the sea in view`).toBe(
        false,
      );
      for (const [name, lng, lat] of points) {
        const [x, y] = toScreen(lng, lat, cam, w, h);
        expect(inside(x, y, { x0: 0, y0: 0, x1: w, y1: sheetTop }), `${where}: ${name} above the sheet`).toBe(true);
        expect(inside(x, y, viewSwitch), `${where}: ${name} under the view switch`).toBe(false);
      }
    }
  });
});
