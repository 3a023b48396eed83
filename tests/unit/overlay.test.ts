import { describe, expect, it } from 'vitest';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS } from '../../src/domain/schema';
import { buildTour } from '../../src/domain/tour';
import { toScreen } from '../../src/map/mercator-camera';
import { insetsFor } from '../../src/map/frame-padding';
import { frameOptions, frameRegion, frameView, modelBounds } from '../../src/map/framing';
import { intersects, nearestPoint, segmentHitsBox, type Box } from '../../src/map/screen-geometry';
import { layoutOverlay } from '../../src/map/overlay/layout';
import { ringAround } from '../../src/map/overlay/ring';
import type { OverlayCamera, OverlayLayout, OverlayView } from '../../src/map/overlay/types';
import { shanghaiOrigin } from '../../src/domain/links';
import type { DistrictSlug } from '../../src/domain/schema';
import { deckBodyPx, DECK_LABEL_SHARE, labelPx, maxLeaderPx } from '../../src/map/screen-scale';
import { insetHeight } from '../../src/map/inset/model';
import { placeInset } from '../../src/map/inset/place';
import { captionMargin, captionWidth, locatorBox } from '../../src/map/deck-layout';
import { viewForStep } from '../../src/presentation/step-view';
import { neighboursOf } from '../e2e/model';
import { insideRing, outerRings, segmentsCross, type Pt } from '../e2e/outlines';
import { loadRealModel, readProjectFile } from './fixtures/real-data';
import { islandDots } from '../../src/data/china';
import type { ChinaFile } from '../../src/domain/schema';
import { measure } from './fixtures/measure';
import { overlayCameraOf } from './fixtures/overlay-camera';

const model = loadRealModel();
const bounds = modelBounds(model);
const tour = buildTour(model);
const SIZES = [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const;

/** The deck's screen: the caption card on the right, the toolbar and the legend top left (as the CSS lays them out). */
function deckScreen(vw: number, vh: number) {
  const m = captionMargin(vw, vh);
  const body = deckBodyPx(vw, vh);
  const vmin = Math.min(vw, vh) / 100;
  const card = { x0: vw - m - captionWidth(vw, vh), y0: m, x1: vw - m, y1: vh - m - 3.2 * vmin };
  const toolbar = { x0: m, y0: m, x1: m + 24 * 1.6 * vmin, y1: m + 3.2 * vmin };
  const legend = { x0: m, y0: m + 4.2 * vmin, x1: m + body * 0.62 * 17, y1: m + 4.2 * vmin + body * 0.62 * 3.4 };
  return { width: vw, height: vh - 2 * vmin, obstacles: [card, toolbar, legend], insets: [toolbar, legend] };
}

/** A district step's deck adds the locator map, beside the card. */
function deckDistrictScreen(vw: number, vh: number) {
  const screen = deckScreen(vw, vh);
  const locator = locatorBox(vw, vh);
  return { ...screen, obstacles: [...screen.obstacles, locator], insets: [...screen.insets, locator] };
}

/** The desk's map: nothing floats over it in this test. */
function deskScreen(vw: number, vh: number) {
  return { width: Math.round(vw * 0.58), height: vh - 100, obstacles: [], insets: [] };
}

function layout(view: OverlayView, layers: readonly (typeof LAYER_IDS)[number][], vw: number, vh: number) {
  const screen = view.presenting
    ? view.district
      ? deckDistrictScreen(vw, vh)
      : deckScreen(vw, vh)
    : deskScreen(vw, vh);
  const { width: w, height: h } = screen;
  const cam = frameView(model, bounds, { ...view, camera: null }, w, h, {
    insets: insetsFor(screen.insets, w, h, 8),
    viewport: { width: vw, height: vh },
  });
  const counts = countByDistrict(model, { layers, industries: [] });
  const out = layoutOverlay(
    { model, view, filter: { layers, industries: [] }, counts, originName: 'Shanghai' },
    overlayCameraOf(cam, w, h, vw, vh),
    screen.obstacles,
    measure,
  );
  const project = (lng: number, lat: number) => {
    const [x, y] = toScreen(lng, lat, cam, w, h);
    return { x, y };
  };
  return { out, obstacles: screen.obstacles, project };
}

/**
 * A cartographer's rules, as the issue words them: every district's badge within 90° of
 * its point seen from Shanghai's centre (shanghaiOrigin), no leader across another or across the subject district,
 * none longer than the screen's limit. Returns what breaks them, in words.
 */
function brokenRules(
  out: OverlayLayout,
  project: (lng: number, lat: number) => Pt,
  subject: DistrictSlug | null,
  limit: number,
  where: string,
): string[] {
  const problems: string[] = [];
  const o = shanghaiOrigin(model);
  const c = project(o[0], o[1]);
  const leaders = out.labels
    .filter((l) => l.placed.leader)
    .map((l) => ({ id: l.id, a: l.placed.anchor, b: nearestPoint(l.placed.box, l.placed.anchor) }));
  for (const l of out.labels) {
    if (l.kind !== 'district') continue;
    const d = model.districtBySlug[l.slug];
    const a = project(d.label[0], d.label[1]);
    // The district whose point is the centre (Shanghai's origin) has no side to keep to.
    if (Math.hypot(a.x - c.x, a.y - c.y) < 1) continue;
    const b = { x: (l.placed.box.x0 + l.placed.box.x1) / 2, y: (l.placed.box.y0 + l.placed.box.y1) / 2 };
    if ((a.x - c.x) * (b.x - c.x) + (a.y - c.y) * (b.y - c.y) < 0) problems.push(`${where}: ${l.id} across the centre`);
  }
  const rings = subject ? outerRings(model, subject).map((ring) => ring.map(([lng, lat]) => project(lng, lat))) : [];
  for (const l of leaders) {
    const len = Math.hypot(l.b.x - l.a.x, l.b.y - l.a.y);
    if (len > limit) problems.push(`${where}: ${l.id}'s leader ${Math.round(len)} px > ${Math.round(limit)}`);
    for (const m of leaders)
      if (l.id < m.id && segmentsCross(l.a, l.b, m.a, m.b)) problems.push(`${where}: ${l.id} × ${m.id}`);
    if (subject && l.id !== `d:${subject}`)
      for (const ring of rings)
        if (insideRing(ring, l.b) || ring.some((p, i) => segmentsCross(l.a, l.b, p, ring[(i + 1) % ring.length] as Pt)))
          problems.push(`${where}: ${l.id}'s leader across ${subject}`);
  }
  return problems;
}

function expectTidy(out: OverlayLayout, obstacles: readonly Box[], where: string) {
  const boxes = out.labels.map((l) => ({ id: l.id, box: l.placed.box, l }));
  const symbolBoxes = out.symbols.map((s) => ({
    x0: s.x - out.symbolPx / 2,
    y0: s.y - out.symbolPx / 2,
    x1: s.x + out.symbolPx / 2,
    y1: s.y + out.symbolPx / 2,
  }));
  for (const a of boxes) {
    expect(a.l.placed.clear, `${where}: ${a.id} found a free place`).toBe(true);
    for (const o of obstacles) expect(intersects(a.box, o), `${where}: ${a.id} under a panel`).toBe(false);
    for (const s of symbolBoxes) expect(intersects(a.box, s), `${where}: ${a.id} on a symbol`).toBe(false);
    for (const b of boxes) {
      if (a === b) continue;
      expect(intersects(a.box, b.box), `${where}: ${a.id} on ${b.id}`).toBe(false);
      if (a.l.placed.leader)
        expect(
          segmentHitsBox(a.l.placed.anchor, nearestPoint(a.box, a.l.placed.anchor), b.box),
          `${where}: ${a.id}'s leader through ${b.id}`,
        ).toBe(false);
    }
  }
}

describe('the overlay in the deck', () => {
  const cityStepsOf = tour.filter((s) => viewForStep(s).mapView === 'city');

  it('has a step on the city map for the overview, every layer, the matrix and every district', () => {
    expect(cityStepsOf.length).toBeGreaterThanOrEqual(1 + LAYER_IDS.length + 1 + 16);
  });

  for (const [vw, vh] of SIZES)
    for (const lang of ['zh', 'en'] as const)
      it(`names all 16 districts with their counts, clear of each other and of the card, at ${vw}×${vh} in ${lang}`, () => {
        for (const step of cityStepsOf) {
          const sv = viewForStep(step);
          const view: OverlayView = { ...sv, lang, presenting: true };
          const { out, obstacles } = layout(view, sv.layers, vw, vh);
          const districts = out.labels.filter((l) => l.kind === 'district').map((l) => l.id);
          // A district's own step frames it among its neighbours: it and every neighbour are named.
          const named = sv.district
            ? [sv.district, ...neighboursOf(model, sv.district)].map((d) => `d:${d}`)
            : model.districts.map((d) => `d:${d.slug}`);
          expect(districts, step.id).toEqual(expect.arrayContaining(named));
          if (!sv.district) expect(districts.length, step.id).toBe(named.length);
          expectTidy(out, obstacles, `${step.id} ${vw}×${vh} ${lang}`);
          // Names at the deck's share of its caption type.
          expect(out.fontPx / deckBodyPx(vw, vh)).toBeCloseTo(DECK_LABEL_SHARE, 6);
        }
      });
});

describe('a cartographer’s rules', () => {
  const problems = (presenting: boolean, lang: 'zh' | 'en', vw: number, vh: number) => {
    const out: string[] = [];
    const views = presenting
      ? tour.map((step) => ({ sv: viewForStep(step), where: step.id }))
      : [{ sv: { ...viewForStep(tour[0] as (typeof tour)[number]), layers: [...LAYER_IDS] }, where: 'city view' }];
    for (const { sv, where } of views) {
      const view: OverlayView = { ...sv, lang, presenting };
      const { out: laid, project } = layout(view, sv.layers, vw, vh);
      out.push(
        ...brokenRules(laid, project, sv.district, maxLeaderPx(vw, vh, presenting), `${where} ${vw}×${vh} ${lang}`),
      );
    }
    return out;
  };
  for (const [vw, vh] of SIZES)
    it(`hold on every deck step and at the city view at ${vw}×${vh}, in both languages`, () => {
      expect([
        ...problems(true, 'zh', vw, vh),
        ...problems(true, 'en', vw, vh),
        ...problems(false, 'zh', vw, vh),
        ...problems(false, 'en', vw, vh),
      ]).toEqual([]);
    });

  it('hold around each district selected at the desk', () => {
    const out: string[] = [];
    for (const d of model.districts) {
      const view: OverlayView = {
        mapView: 'city',
        district: d.slug,
        record: null,
        region: null,
        lang: 'en',
        presenting: false,
      };
      const { out: laid, project } = layout(view, LAYER_IDS, 1920, 1080);
      out.push(...brokenRules(laid, project, d.slug, maxLeaderPx(1920, 1080, false), d.slug));
    }
    expect(out).toEqual([]);
  });

  it('give the same layout for the same framing, whatever was laid out before', () => {
    const steps = tour.map((s) => viewForStep(s));
    const lay = (i: number) =>
      layout(
        { ...(steps[i] as (typeof steps)[number]), lang: 'zh', presenting: true },
        steps[i]?.layers ?? [],
        1920,
        1080,
      ).out;
    const first = lay(0);
    for (let i = 1; i < steps.length; i++) lay(i);
    expect(lay(0)).toEqual(first);
  });
});

describe('the overlay at the desk', () => {
  it.each(['zh', 'en'] as const)(
    'puts a district’s records around its name, clear of it and of each other (%s)',
    (lang) => {
      for (const d of model.districts) {
        const view: OverlayView = {
          mapView: 'city',
          district: d.slug,
          record: null,
          region: null,
          lang,
          presenting: false,
        };
        const { out } = layout(view, LAYER_IDS, 1920, 1080);
        expectTidy(out, [], `${d.slug} ${lang}`);
        const own = d.recordIds.filter((id) => model.recordById[id]?.districts[0] === d.slug).length;
        expect(out.symbols.length, d.slug).toBe(own);
        for (const a of out.symbols)
          for (const b of out.symbols)
            if (a !== b && a.precision === 'district' && b.precision === 'district')
              expect(
                Math.hypot(a.x - b.x, a.y - b.y),
                `${d.slug}: ${a.recordId} and ${b.recordId}`,
              ).toBeGreaterThanOrEqual(out.symbolPx);
      }
    },
  );

  it('rings the selected record and names it beside its symbol', () => {
    const p = model.placed.find((r) => r.precision === 'district');
    if (!p) throw new Error('no district-only record');
    const view: OverlayView = {
      mapView: 'city',
      district: p.district,
      record: p.id,
      region: null,
      lang: 'en',
      presenting: false,
    };
    const { out } = layout(view, LAYER_IDS, 1920, 1080);
    const sym = out.symbols.find((s) => s.recordId === p.id);
    expect(sym?.selected).toBe(true);
    expect(out.ring).toMatchObject({ x: sym?.x, y: sym?.y });
    const callout = out.labels.find((l) => l.kind === 'record');
    expect(callout?.kind === 'record' && callout.lines.join(' ')).toBe(model.recordById[p.id]?.name.en);
    expectTidy(out, [], 'record');
  });
});

describe('the overlay of the regional view', () => {
  it.each(SIZES)(
    'names Shanghai as the origin and every linked place, clear of each other and of the arcs, at %i×%i',
    (vw, vh) => {
      const view: OverlayView = {
        mapView: 'region',
        district: null,
        record: null,
        region: null,
        lang: 'zh',
        presenting: true,
      };
      const { out, obstacles } = layout(view, LAYER_IDS, vw, vh);
      expect(out.labels.filter((l) => l.kind === 'origin')).toHaveLength(1);
      expect(out.labels.filter((l) => l.kind === 'place')).toHaveLength(model.regionLinks.length);
      expectTidy(out, obstacles, `region ${vw}×${vh}`);
    },
  );
});

/** The regional overview (no place chosen) at the desk, in `lang`. */
function regionView(lang: 'zh' | 'en'): OverlayView {
  return { mapView: 'region', district: null, record: null, region: null, lang, presenting: false };
}

let dotsRead: readonly (readonly [number, number])[] | null = null;
/** The islands China's outline draws as dots, read once. */
function chinaDots(): readonly (readonly [number, number])[] {
  dotsRead ??= islandDots(JSON.parse(readProjectFile('geo/china.geojson')) as ChinaFile);
  return dotsRead;
}

/** The regional view's overlay, every layer on, as the app lays it out with China's island dots. */
function layoutRegionView(view: OverlayView, cam: OverlayCamera, obstacles: readonly Box[]): OverlayLayout {
  return layoutOverlay(
    {
      model,
      view,
      filter: { layers: LAYER_IDS, industries: [] },
      counts: countByDistrict(model, { layers: LAYER_IDS, industries: [] }),
      originName: view.lang === 'zh' ? '上海' : 'Shanghai',
      islandDots: chinaDots(),
    },
    cam,
    obstacles,
    measure,
  );
}

describe('the overlay of the regional view at the desk', () => {
  // The desk at 1280×720 as its CSS lays it out (measured in Chromium): the map between the sidebar and the panel,
  // the view switch top left, the legend top right, the scale bar bottom left, the inset where it is placed.
  const [vw, vh, w, h] = [1280, 720, 660, 617.7] as const;
  const viewSwitch: Box = { x0: 11, y0: 11, x1: 349, y1: 43 };
  const legend: Box = { x0: 392, y0: 10, x1: 650, y1: 186 };
  const scaleBar: Box = { x0: 10, y0: 586, x1: 97, y1: 608 };
  const controls = [viewSwitch, legend, scaleBar];
  const inset = placeInset(w, h, controls, {
    width: 135,
    minWidth: 92,
    margin: 9,
    heightOf: (x) => insetHeight(x, '南海诸岛', 10, measure),
  });

  it.each(['zh', 'en'] as const)(
    'names Shanghai and every linked place clear of each other, of the controls and of the inset, at 1280×720 in %s',
    (lang) => {
      if (!inset) throw new Error('no room for the inset');
      const view = regionView(lang);
      const cam = frameView(
        model,
        bounds,
        { ...view, camera: null },
        w,
        h,
        frameOptions({ width: vw, height: vh }, false, insetsFor([viewSwitch, legend], w, h, 8), {
          box: inset,
          obstacles: controls,
        }),
      );
      const obstacles = [...controls, inset];
      const dots = chinaDots();
      const out = layoutRegionView(view, overlayCameraOf(cam, w, h, vw, vh), obstacles);
      expect(out.labels.filter((l) => l.kind === 'place')).toHaveLength(model.regionLinks.length);
      expectTidy(out, obstacles, `desk region ${lang}`);
      // No name over an island drawn as a dot (Diaoyu Dao, Chiwei Yu, the South China Sea's).
      const project = overlayCameraOf(cam, w, h, vw, vh).project;
      expect(dots.length).toBeGreaterThanOrEqual(2);
      for (const [lng, lat] of dots) {
        const p = project(lng, lat);
        for (const l of out.labels)
          expect(
            intersects(l.placed.box, { x0: p.x - 2, y0: p.y - 2, x1: p.x + 2, y1: p.y + 2 }),
            `${l.id} on an island`,
          ).toBe(false);
      }
    },
  );
});

describe('the overlay of the regional view on a phone held upright', () => {
  // The phone as its CSS lays it out (measured in Chromium, as in sea-inset.test.ts): the map under the header,
  // the view switch at its top left, the sheet half way up; the upright map (no inset) above the sheet.
  // Not yet at 360×740 in English: its long names (Golog Tibetan Autonomous Prefecture) leave one place with
  // no free spot on a map 360 px wide and 400 px tall (see the closing note of issue 21).
  it.each([
    [390, 844, 390, 681.6, 467.3, 'zh'],
    [390, 844, 390, 681.6, 467.3, 'en'],
    [360, 740, 360, 577.6, 402.8, 'zh'],
  ] as const)(
    'names Shanghai and every linked place in a free place, none over another, at %ix%i (map %i×%i, sheet from %i, %s)',
    (vw, vh, w, h, sheetTop, lang) => {
      const viewSwitch: Box = { x0: 8, y0: 8, x1: 195.6, y1: 54 };
      const sheet: Box = { x0: 0, y0: sheetTop, x1: w, y1: h };
      const view = regionView(lang);
      const { cam } = frameRegion(bounds, { ...view, camera: null }, w, h, {
        insets: insetsFor([viewSwitch, sheet], w, h, 8),
        labelPx: labelPx(2, vw, vh, false),
        viewport: { width: vw, height: vh },
      });
      const obstacles = [viewSwitch, sheet];
      const out = layoutRegionView(view, overlayCameraOf(cam, w, h, vw, vh), obstacles);
      expect(out.labels.filter((l) => l.kind === 'place')).toHaveLength(model.regionLinks.length);
      expectTidy(out, obstacles, `phone ${vw}x${vh} ${lang}`);
    },
  );
});

describe('symbols around a badge', () => {
  it('go round it, outside it, one symbol apart, in more rings when there are many', () => {
    const box = { x0: 100, y0: 100, x1: 220, y1: 130 };
    for (const n of [1, 5, 12, 30]) {
      const spots = ringAround(box, n, 20, 4);
      expect(spots).toHaveLength(n);
      for (const s of spots)
        expect(intersects({ x0: s.x - 10, y0: s.y - 10, x1: s.x + 10, y1: s.y + 10 }, box)).toBe(false);
      for (const a of spots)
        for (const b of spots) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(20);
    }
  });
});
