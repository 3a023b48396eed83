/**
 * The map's geometry as the room sees it, read from rendered pixels: the sea is one
 * colour wherever it is, a district is one colour inside, and no straight edge is left
 * where the context used to be cut off. Where land and sea are comes from the committed
 * boundary files (./pixels), so the test follows the data.
 */
import type { Page } from '@playwright/test';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS, type DistrictSlug, type LayerId } from '../../src/domain/schema';
import { datasetChoropleth } from '../../src/map/choropleth';
import { THEMES } from '../../src/map/palette';
import type { ThemeName } from '../../src/vocabulary';
import { expect, mapIdle, openAtlas, openDeckPage, test } from './fixtures';
import { TOUR } from './tour';
import { loadModel } from './model';
import { readProjectFile } from '../unit/fixtures/real-data';
import {
  degreesPerPixel,
  gap,
  hex,
  hexRgb,
  mapPixels,
  pixel,
  projectAndCheck,
  shapeAt,
  uniformAround,
  type Rgb,
} from './pixels';

const model = loadModel();

/** The map's size and camera, as the page has them. */
async function camera(page: Page): Promise<{ width: number; height: number; lng: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const box = document.querySelector('.map-wrap')?.getBoundingClientRect();
    const hooks = (window as unknown as { __atlasMap?: { camera: () => { lng: number; lat: number; zoom: number } } })
      .__atlasMap;
    if (!box || !hooks) throw new Error('no map');
    return { width: box.width, height: box.height, ...hooks.camera() };
  });
}

/** A grid of coordinates over what the map shows, `n` across. */
async function gridOverView(page: Page, n: number): Promise<{ points: [number, number][]; zoom: number }> {
  const c = await camera(page);
  const d = degreesPerPixel(c.zoom);
  const cos = Math.cos((c.lat * Math.PI) / 180);
  const points: [number, number][] = [];
  const rows = Math.max(2, Math.round((n * c.height) / c.width));
  for (let i = 0; i < n; i++)
    for (let j = 0; j < rows; j++) {
      const x = ((i + 0.5) / n - 0.5) * c.width;
      const y = ((j + 0.5) / rows - 0.5) * c.height;
      points.push([c.lng + x * d, c.lat - y * d * cos]);
    }
  return { points, zoom: c.zoom };
}

/** The colours drawn at sea points, well away from any coast and from anything over the map. */
async function seaColours(page: Page): Promise<Rgb[]> {
  const { points, zoom } = await gridOverView(page, 28);
  const sea = points.filter(([lng, lat]) => shapeAt(lng, lat) === null && uniformAround(lng, lat, zoom, 6));
  const at = await projectAndCheck(page, sea);
  const img = await mapPixels(page);
  return at.filter((p) => p.bare).map((p) => pixel(img, p.x, p.y));
}

const CAMERAS = [
  { name: 'East China at zoom 5', c: '121.5,31.2,5' },
  { name: 'the Delta at zoom 7', c: '121.5,31.0,7' },
  { name: 'Shanghai at zoom 9', c: '121.7,31.1,9' },
  { name: 'the Pudong coast at zoom 12', c: '121.95,30.95,12' },
];

for (const theme of ['light', 'dark'] as const)
  for (const cam of CAMERAS)
    test(`the sea is one colour, the theme's, over ${cam.name} in the ${theme} theme`, async ({ page }) => {
      await openAtlas(page, `?c=${cam.c}&t=${theme}`);
      const colours = await seaColours(page);
      expect(colours.length, 'sea points sampled').toBeGreaterThanOrEqual(8);
      const want = hexRgb(THEMES[theme].sea);
      const off = colours.filter((c) => gap(c, want) > 2).map(hex);
      expect(off, `sea samples not ${THEMES[theme].sea}`).toEqual([]);
    });

test('the sea is one colour in the deck, at the city view and beside a district step', async ({ page }) => {
  for (const step of [1, 12]) {
    await openDeckPage(page, `?p=${step}`);
    const colours = await seaColours(page);
    expect(colours.length, `sea points sampled at step ${step}`).toBeGreaterThanOrEqual(8);
    const off = colours.filter((c) => gap(c, hexRgb(THEMES.dark.sea)) > 2).map(hex);
    expect(off, `step ${step}: sea samples not ${THEMES.dark.sea}`).toEqual([]);
  }
});

/** Colours at points well inside each district, by slug. */
async function districtColours(page: Page): Promise<Map<string, Rgb[]>> {
  const { points, zoom } = await gridOverView(page, 90);
  const inside = points
    .map((p) => ({ p, slug: shapeAt(p[0], p[1]) }))
    .filter(
      (x): x is { p: [number, number]; slug: string } =>
        x.slug !== null && !x.slug.includes(' ') && uniformAround(x.p[0], x.p[1], zoom, 5),
    );
  const at = await projectAndCheck(
    page,
    inside.map((x) => x.p),
  );
  const img = await mapPixels(page);
  const out = new Map<string, Rgb[]>();
  at.forEach((p, i) => {
    const slug = inside[i]?.slug;
    if (!p.bare || !slug) return;
    out.set(slug, [...(out.get(slug) ?? []), pixel(img, p.x, p.y)]);
  });
  return out;
}

/** Checks every sampled district is one colour inside, the scheme's colour for its count under `layers`. */
async function expectCountColours(page: Page, theme: ThemeName, layers: readonly LayerId[], where: string) {
  const byDistrict = await districtColours(page);
  const counts = countByDistrict(model, { layers, industries: [] });
  const scheme = datasetChoropleth(model, theme);
  const sampled = [...byDistrict.keys()];
  // The centre's small districts may be under their names at this scale; the rest must be sampled.
  expect(sampled.length, `${where}: districts sampled: ${sampled.join(', ')}`).toBeGreaterThanOrEqual(10);
  for (const [slug, colours] of byDistrict) {
    const want = hexRgb(scheme.colourOf(counts[slug as DistrictSlug].total));
    const off = colours.filter((c) => gap(c, want) > 2).map(hex);
    expect(off, `${where}: ${slug}: ${colours.length} samples, expected ${hex(want)}`).toEqual([]);
  }
}

for (const theme of ['light', 'dark'] as const as readonly ThemeName[])
  test(`every district is one colour inside, the colour of its count, in the ${theme} theme`, async ({ page }) => {
    await openAtlas(page, `?t=${theme}`);
    await expectCountColours(page, theme, LAYER_IDS, 'every layer');
  });

test('a colour means the same count under every filter and on every deck step', async ({ page }) => {
  // Two filters at the desk: one scheme, so a district's colour follows only its own count.
  for (const layers of [['funds'], ['clusters', 'events']] as LayerId[][]) {
    await openAtlas(page, `?l=${layers.join(',')}`);
    await expectCountColours(page, 'light', layers, `layers ${layers.join('+')}`);
  }
  // Two layer steps of the deck (dark theme), against the same scheme.
  for (const i of [1, 2]) {
    const step = TOUR[i];
    if (step?.focus.type !== 'layer') throw new Error(`step ${i + 1} is not a layer step`);
    await openDeckPage(page, `?p=${i + 1}`);
    await expectCountColours(page, 'dark', [step.focus.layer], step.id);
  }
});

test('no straight edge is left where the land around Shanghai used to be cut off (120.0–122.9°E, 30.0–32.4°N)', async ({
  page,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    await openAtlas(page, `?c=121.45,31.2,7&t=${theme}`);
    await mapIdle(page);
    const zoom = 7;
    const d = degreesPerPixel(zoom) * 3;
    // Pairs of points 3 px either side of the old cut, where the ground is the same on both sides.
    const pairs: [[number, number], [number, number]][] = [];
    for (let t = 0.05; t < 1; t += 0.05) {
      const lat = 30.0 + 2.4 * t;
      const lng = 120.0 + 2.9 * t;
      pairs.push([
        [120.0 - d, lat],
        [120.0 + d, lat],
      ]);
      pairs.push([
        [lng, 32.4 + d],
        [lng, 32.4 - d],
      ]);
      pairs.push([
        [lng, 30.0 - d],
        [lng, 30.0 + d],
      ]);
      pairs.push([
        [122.9 - d, lat],
        [122.9 + d, lat],
      ]);
    }
    const same = pairs.filter(
      ([a, b]) => shapeAt(...a) === shapeAt(...b) && uniformAround(...a, zoom, 4) && uniformAround(...b, zoom, 4),
    );
    const at = await projectAndCheck(page, same.flat());
    const img = await mapPixels(page);
    let compared = 0;
    const seams: string[] = [];
    for (let i = 0; i < same.length; i++) {
      const a = at[2 * i];
      const b = at[2 * i + 1];
      if (!a?.bare || !b?.bare) continue;
      compared += 1;
      const ca = pixel(img, a.x, a.y);
      const cb = pixel(img, b.x, b.y);
      if (gap(ca, cb) > 2) seams.push(`${same[i]?.[0].join(',')}: ${hex(ca)} vs ${hex(cb)}`);
    }
    expect(compared, `${theme}: pairs compared across the old cut`).toBeGreaterThanOrEqual(20);
    expect(seams, `${theme}: colour changes across the old cut`).toEqual([]);
  }
});

test('the sea is sea where the Donghai Bridge crosses it, at zoom 10 and 11: no strip of land from Pudong’s tip', async ({
  page,
}) => {
  // Down the middle of the strip of land the source used to draw for the bridge, from Pudong's southern tip to
  // Kezhushan (as in tests/unit/geo-build.test.ts): under a bridge is open sea.
  const bridge: [number, number][] = [
    [121.967, 30.765],
    [121.969, 30.74],
    [121.97, 30.715],
    [121.978, 30.69],
    [121.995, 30.672],
    [122.01, 30.658],
  ];
  for (const zoom of [10, 11]) {
    await openAtlas(page, `?c=121.98,30.72,${zoom}`);
    const at = await projectAndCheck(page, bridge);
    const img = await mapPixels(page);
    const bare = at.filter((p) => p.bare);
    expect(bare.length, `zoom ${zoom}: points on the bridge clear of names and panels`).toBeGreaterThanOrEqual(4);
    const land = bare.map((p) => pixel(img, p.x, p.y)).filter((c) => gap(c, hexRgb(THEMES.light.sea)) > 2);
    expect(land.map(hex), `zoom ${zoom}: colours on the bridge's line that are not the sea's`).toEqual([]);
  }
});

test('the islands national maps show are drawn at the regional view’s zoom: Diaoyu Dao, Chiwei Yu, Huangyan Dao, the Xisha and Nansha islands', async ({
  page,
}) => {
  const islands = JSON.parse(readProjectFile('geo/islands.json')) as { name_zh: string; lng: number; lat: number }[];
  const wanted = ['钓鱼岛', '赤尾屿', '黄岩岛', '永兴岛', '中建岛', '太平岛', '永暑礁', '南威岛'];
  const points = wanted.map((name) => {
    const i = islands.find((x) => x.name_zh === name);
    if (!i) throw new Error(`${name} is not in geo/islands.json`);
    return [i.lng, i.lat] as [number, number];
  });
  for (const theme of ['light', 'dark'] as const) {
    await openAtlas(page, `?v=region&c=116,17,4&t=${theme}`);
    const at = await projectAndCheck(page, points);
    const img = await mapPixels(page);
    const sea = hexRgb(THEMES[theme].sea);
    const unseen = wanted.filter((_, i) => {
      const p = at[i];
      return !p?.bare || gap(pixel(img, p.x, p.y), sea) <= 2;
    });
    expect(unseen, `${theme}: islands that show only the sea's colour (or are covered)`).toEqual([]);
  }
});
