/**
 * At the desk the view switch and the legend float over the map's top corners. A district
 * framed for its panel puts its neighbours' label points anywhere, the top edge included:
 * with Pudong framed on a 1366×768 laptop, Chongming's point lay 5 px under the map's top,
 * and its badge stood half under the header and on the view switch. Every badge of every
 * district's view must find a free place wholly on the map, at the sizes of meeting-room
 * projectors (1024×768) and laptops as well as the three the other tests use.
 */
import { describe, expect, it } from 'vitest';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS } from '../../src/domain/schema';
import type { DistrictSlug, Lang } from '../../src/domain/schema';
import { insetsFor } from '../../src/map/frame-padding';
import { frameView, modelBounds } from '../../src/map/framing';
import { layoutOverlay } from '../../src/map/overlay/layout';
import type { OverlayView } from '../../src/map/overlay/types';
import type { Box } from '../../src/map/screen-geometry';
import { loadRealModel } from './fixtures/real-data';
import { measure } from './fixtures/measure';
import { overlayCameraOf } from './fixtures/overlay-camera';

const model = loadRealModel();
const bounds = modelBounds(model);
const layers = [...LAYER_IDS];
const counts = countByDistrict(model, { layers, industries: [] });

/** The desk's map and what floats over it, in map pixels, as the built app lays them out (measured in Chromium). */
const DESKS: { vw: number; vh: number; lang: Lang; map: [number, number]; viewSwitch: Box; legend: Box }[] = [
  { vw: 1024, vh: 768, lang: 'zh', map: [614, 690], viewSwitch: box(11, 11, 176, 57), legend: box(347, 10, 604, 234) },
  { vw: 1024, vh: 768, lang: 'en', map: [614, 690], viewSwitch: box(11, 11, 349, 57), legend: box(360, 10, 604, 311) },
  { vw: 1280, vh: 720, lang: 'zh', map: [660, 618], viewSwitch: box(11, 11, 176, 43), legend: box(392, 10, 650, 234) },
  { vw: 1280, vh: 720, lang: 'en', map: [660, 618], viewSwitch: box(11, 11, 349, 43), legend: box(392, 10, 650, 311) },
  { vw: 1280, vh: 800, lang: 'en', map: [660, 698], viewSwitch: box(11, 11, 349, 43), legend: box(392, 10, 650, 311) },
  { vw: 1366, vh: 768, lang: 'zh', map: [746, 666], viewSwitch: box(11, 11, 176, 43), legend: box(478, 10, 736, 234) },
  { vw: 1366, vh: 768, lang: 'en', map: [746, 666], viewSwitch: box(11, 11, 349, 43), legend: box(478, 10, 736, 311) },
  { vw: 1440, vh: 900, lang: 'zh', map: [814, 797], viewSwitch: box(11, 11, 176, 43), legend: box(546, 10, 804, 235) },
  { vw: 1440, vh: 900, lang: 'en', map: [814, 797], viewSwitch: box(11, 11, 350, 43), legend: box(546, 10, 804, 312) },
  { vw: 1600, vh: 900, lang: 'zh', map: [928, 792], viewSwitch: box(12, 12, 184, 45), legend: box(646, 11, 917, 246) },
  { vw: 1600, vh: 900, lang: 'en', map: [928, 792], viewSwitch: box(12, 12, 366, 45), legend: box(646, 11, 917, 327) },
  {
    vw: 1920,
    vh: 1080,
    lang: 'zh',
    map: [1114, 980],
    viewSwitch: box(13, 13, 201, 49),
    legend: box(806, 12, 1102, 268),
  },
  {
    vw: 1920,
    vh: 1080,
    lang: 'en',
    map: [1114, 963],
    viewSwitch: box(13, 13, 399, 49),
    legend: box(806, 12, 1102, 357),
  },
  {
    vw: 2560,
    vh: 1440,
    lang: 'zh',
    map: [1700, 1328],
    viewSwitch: box(14, 14, 225, 54),
    legend: box(1356, 13, 1687, 300),
  },
  {
    vw: 3840,
    vh: 2160,
    lang: 'en',
    map: [2654, 2005],
    viewSwitch: box(20, 20, 620, 74),
    legend: box(2177, 18, 2636, 553),
  },
];

function box(x0: number, y0: number, x1: number, y1: number): Box {
  return { x0, y0, x1, y1 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The overlay of one view of the city map at this desk, as the app lays it out. */
function deskLayout(desk: (typeof DESKS)[number], district: DistrictSlug | null) {
  const [w, h] = desk.map;
  const floating = [desk.viewSwitch, desk.legend];
  const view: OverlayView = {
    lang: desk.lang,
    mapView: 'city',
    district,
    record: null,
    region: null,
    presenting: false,
  };
  const cam = frameView(model, bounds, { ...view, camera: null }, w, h, {
    insets: insetsFor(floating, w, h, 8),
    viewport: { width: desk.vw, height: desk.vh },
  });
  return layoutOverlay(
    { model, view, filter: { layers, industries: [] }, counts, originName: '上海' },
    overlayCameraOf(cam, w, h, desk.vw, desk.vh),
    floating,
    measure,
  );
}

describe('the desk’s district badges', () => {
  it.each(DESKS)('find a free place wholly on the map in every district’s view at $vw×$vh ($lang)', (desk) => {
    const [w, h] = desk.map;
    const floating = [desk.viewSwitch, desk.legend];
    const problems: string[] = [];
    for (const district of [null, ...model.districts.map((d) => d.slug)] as (DistrictSlug | null)[]) {
      const out = deskLayout(desk, district);
      const where = district ?? 'city';
      const named = out.labels.filter((l) => l.kind === 'district');
      if (district === null && named.length !== 16) problems.push(`${where}: ${named.length}/16 districts named`);
      for (const l of out.labels) {
        const b = l.placed.box;
        if (!l.placed.clear) problems.push(`${where}: ${l.id} found no free place`);
        if (b.x0 < 0 || b.y0 < 0 || b.x1 > w || b.y1 > h) problems.push(`${where}: ${l.id} is not wholly on the map`);
        if (floating.some((f) => overlaps(b, f))) problems.push(`${where}: ${l.id} is under the view switch or legend`);
      }
    }
    expect(problems).toEqual([]);
  });

  // Pudong's label point lies far off the map when a small district across the river is framed,
  // but its land fills a side of it: left unnamed, half the map was a district nobody named.
  it.each(DESKS)(
    'name a neighbour whose land in view holds its badge, its own point off the map, at $vw×$vh ($lang)',
    (desk) => {
      const unnamed = (['huangpu', 'hongkou', 'yangpu'] as const).filter(
        (district) => !deskLayout(desk, district).labels.some((l) => l.id === 'd:pudong'),
      );
      expect(unnamed, 'views without Pudong named').toEqual([]);
    },
  );
});
