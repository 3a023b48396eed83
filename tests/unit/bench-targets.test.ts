/**
 * The benchmark judges issue 12's targets with one function over a table of data
 * (bench/lib/targets.ts). These tests feed it made-up figures: the judgement, the limits
 * relative to another figure, and "not measured" must come out right before any browser runs.
 */
import { describe, expect, it } from 'vitest';
import type { LoadSample, StepSample } from '../../bench/lib/browser';
import type { Measure } from '../../bench/lib/measures';
import { stats } from '../../bench/lib/stats';
import { evaluateTarget, evaluateTargets, formatValue, TARGETS, type TargetSpec } from '../../bench/lib/targets';
import { loadStats, stepStats, type GrowthRow, type Measured, type PageBytes } from '../../bench/lib/types';

/** Made-up figures by measure id; a missing id is a figure the run did not measure. */
type Figures = Record<string, number>;

function figure(id: string, unit: Measure['unit'] = 'ms'): Measure<Figures> {
  return {
    id,
    label: id,
    unit,
    read: (f) => (f[id] === undefined ? null : { value: f[id], how: 'median of 3 loads' }),
  };
}

const idle = figure('app idle');
const floor = figure('floor idle');

describe('a target with a fixed limit', () => {
  const target: TargetSpec<Figures> = { id: 't', description: 'x', measure: idle, compare: '<', limit: { value: 100 } };

  it('is met below the limit and not met at it, with "<"', () => {
    expect(evaluateTarget(target, { 'app idle': 99 }).met).toBe(true);
    expect(evaluateTarget(target, { 'app idle': 100 }).met).toBe(false);
  });

  it('is met at the limit with "≤"', () => {
    expect(evaluateTarget({ ...target, compare: '≤' }, { 'app idle': 100 }).met).toBe(true);
    expect(evaluateTarget({ ...target, compare: '≤' }, { 'app idle': 100.5 }).met).toBe(false);
  });

  it('says what it measured, how, and the goal in the measure’s unit', () => {
    const r = evaluateTarget(target, { 'app idle': 592.4 });
    expect(r.goal).toBe('< 100 ms');
    expect(r.measured).toBe('592 ms (median of 3 loads)');
    expect(r).toMatchObject({ value: 592.4, limit: 100, met: false });
  });

  it('is not measured, neither met nor failed, when the run has no figure for it', () => {
    const r = evaluateTarget(target, {});
    expect(r.met).toBeNull();
    expect(r.measured).toMatch(/^not measured/);
  });
});

describe('a target relative to another figure', () => {
  const target: TargetSpec<Figures> = {
    id: 'idle-vs-floor',
    description: 'Map idle ≤ 1.25× the floor',
    measure: idle,
    compare: '≤',
    limit: { factor: 1.25, of: floor },
  };

  it('multiplies the other figure by the factor to get the limit', () => {
    expect(evaluateTarget(target, { 'app idle': 1125, 'floor idle': 900 })).toMatchObject({ limit: 1125, met: true });
    expect(evaluateTarget(target, { 'app idle': 2402, 'floor idle': 901 })).toMatchObject({ met: false });
  });

  it('shows both figures and their ratio', () => {
    const r = evaluateTarget(target, { 'app idle': 2402, 'floor idle': 901 });
    expect(r.goal).toBe('≤ 1.25 × floor idle');
    expect(r.measured).toContain('2402 ms');
    expect(r.measured).toContain('901 ms');
    expect(r.measured).toContain('2.67×');
  });

  it('is not measured when the other figure is missing', () => {
    expect(evaluateTarget(target, { 'app idle': 500 }).met).toBeNull();
  });
});

function load(p: Partial<LoadSample>): LoadSample {
  return {
    kind: 'app',
    idle: null,
    visible: null,
    svg: null,
    mapDrawn: null,
    ready: null,
    fcp: null,
    domContentLoaded: null,
    webglAt: null,
    webglMs: null,
    longestTask: 0,
    heapMB: null,
    heapAfterGcMB: null,
    workersHeapMB: null,
    totalHeapMB: null,
    canvas: null,
    errors: [],
    ...p,
  };
}

function click(p: Partial<StepSample>): StepSample {
  return { ui: 0, uiPainted: 0, uiPresented: 0, idle: 0, longestTask: 0, atRest: 0, ...p };
}

function pageBytes(jsGzip: number, dataGzip = 0): PageBytes {
  const none = { raw: 0, gzip: 0 };
  return {
    // Every built file counts in `js`; the target reads only what index.html loads (`entryJs`).
    js: { raw: jsGzip * 6, gzip: jsGzip * 2 },
    worker: none,
    css: none,
    html: none,
    entryJs: { raw: jsGzip * 3, gzip: jsGzip },
    entryData: { raw: dataGzip * 4, gzip: dataGzip },
    other: none,
    files: [],
    embedded: { total: none, files: [] },
  };
}

function growthRow(size: number, loads: LoadSample[], filters: StepSample[], session: number[]): GrowthRow {
  return {
    size,
    records: { raw: 0, gzip: 0 },
    appJs: null,
    buildMs: null,
    nodeValidateMs: null,
    loads,
    filters,
    sessionLongestTasks: session,
    load: loadStats(loads),
    filter: stepStats(filters),
    session: stats(session),
    notes: [],
    errors: [],
  };
}

/** A run with made-up figures in every place a target of issue 12 reads. */
function run(o: { with100k: boolean }): Measured {
  const page = (samples: LoadSample[]) => ({ samples, stats: loadStats(samples) });
  const list = [click({ uiPainted: 40 }), click({ uiPainted: 70 }), click({ uiPainted: 45 })];
  return {
    bytes: { app: pageBytes(500 * 1024), floor: pageBytes(340 * 1024), peer: pageBytes(300 * 1024) },
    load: {
      app: page([2400, 2402, 2500].map((idle) => load({ idle, visible: 700 }))),
      floor: page([900, 901, 950].map((idle) => load({ kind: 'floor', idle, visible: 900 }))),
      peer: page([320, 330, 310].map((idle) => load({ kind: 'peer', idle, visible: 700 }))),
    },
    interactions: [{ id: 'district-list', name: '', how: '', samples: list, stats: stepStats(list), errors: [] }],
    growth: [
      growthRow(
        10_000,
        [120, 250, 90].map((longestTask) => load({ longestTask, idle: 3000 })),
        [30, 90, 95, 400].map((idle) => click({ idle, longestTask: idle > 100 ? 180 : 60 })),
        [250, 260, 240],
      ),
      ...(o.with100k
        ? [
            growthRow(
              100_000,
              [6000, 5900, 6100].map((idle) => load({ idle, totalHeapMB: 149 })),
              [150, 190, 210].map((idle) => click({ idle })),
              [150, 199, 180],
            ),
          ]
        : []),
    ],
  };
}

function judged(id: string, r: Measured) {
  const t = TARGETS.find((x) => x.id === id);
  if (!t) throw new Error(`no target ${id}`);
  return evaluateTarget(t, r);
}

describe("issue 12's targets", () => {
  const full = run({ with100k: true });

  it('gives every target its own id', () => {
    const ids = TARGETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('compares the medians of first districts (app vs ECharts peer) and of first idle (app vs 1.25× floor)', () => {
    expect(judged('first-districts', full)).toMatchObject({ value: 700, limit: 700, met: true });
    expect(judged('idle-vs-floor', full)).toMatchObject({ value: 2402, limit: 1.25 * 901, met: false });
  });

  it('counts the JS beyond the floor in KB of gzip', () => {
    expect(judged('js-beyond-floor', full)).toMatchObject({ value: 160, limit: 120, met: false });
  });

  it('counts the data index.html preloads with the JS: a model moved out of the JS into a preload is no saving', () => {
    const r = run({ with100k: true });
    const jsOnly = r.bytes.app.entryJs.gzip;
    // The same bytes, a third of them moved from the entry JS into a preloaded JSON file.
    r.bytes.app = pageBytes((jsOnly * 2) / 3, jsOnly / 3);
    expect(judged('js-beyond-floor', r).value).toBeCloseTo(160, 6);
  });

  it('reads the median filter change at 10,000 records, and the worst load and filter tasks there', () => {
    expect(judged('filter-10k', full)).toMatchObject({ value: 92.5, met: true });
    expect(judged('tasks-10k-load', full)).toMatchObject({ value: 250, met: false });
    expect(judged('tasks-10k-filter', full)).toMatchObject({ value: 180, met: true });
  });

  it('reads the painted panel after a district-list click (median and 90th percentile), and leaves the map click unmeasured here', () => {
    expect(judged('click-list-panel', full)).toMatchObject({ value: 45, limit: 100, met: true });
    // Nearest rank: 90 % of 3 clicks is the 3rd, the slowest.
    expect(judged('click-list-panel-p90', full)).toMatchObject({ value: 70, limit: 150, met: true });
    expect(judged('click-map-panel', full).met).toBeNull();
  });

  it('judges the 4K panel on its own loads and clicks, against the floor at the same size', () => {
    const page = (samples: LoadSample[]) => ({ samples, stats: loadStats(samples) });
    const slow = [90, 120, 160, 180, 95].map((uiPainted) => click({ uiPainted }));
    const large: Measured['large'] = {
      viewport: { width: 3840, height: 2160 },
      load: {
        app: page([3000, 3100, 2900].map((idle) => load({ idle }))),
        floor: page([2600, 2500, 2700].map((idle) => load({ kind: 'floor', idle }))),
        peer: page([]),
      },
      interactions: [{ id: 'map-click', name: '', how: '', samples: slow, stats: stepStats(slow), errors: [] }],
    };
    const withLarge = { ...full, large };
    expect(judged('idle-vs-floor-4k', withLarge)).toMatchObject({ value: 3000, limit: 1.25 * 2600, met: true });
    expect(judged('click-map-panel-4k', withLarge)).toMatchObject({ value: 120, met: false });
    expect(judged('click-map-panel-p90-4k', withLarge)).toMatchObject({ value: 180, met: false });
    expect(judged('click-list-panel-4k', withLarge).met).toBeNull();
    // A run from before the 4K round: its targets are not measured, not passed.
    for (const id of ['idle-vs-floor-4k', 'click-map-panel-4k', 'click-list-panel-p90-4k'])
      expect(judged(id, full), id).toMatchObject({ met: null, measured: expect.stringMatching(/^not measured/) });
  });

  it('at 100,000 records: idle against 2.5× the real-data idle, heap and the worst task of the whole page', () => {
    expect(judged('idle-100k', full)).toMatchObject({ value: 6000, limit: 2.5 * 2402, met: true });
    expect(judged('filter-100k', full)).toMatchObject({ value: 190, met: true });
    expect(judged('heap-100k', full)).toMatchObject({ value: 149, met: true });
    expect(judged('tasks-100k', full)).toMatchObject({ value: 199, met: true });
  });

  it('says "not measured" for every 100,000-record target of a run without that size', () => {
    const results = evaluateTargets(TARGETS, run({ with100k: false }));
    const at100k = results.filter((t) => t.id.endsWith('100k'));
    expect(at100k.length).toBe(4);
    for (const t of at100k)
      expect(t, t.id).toMatchObject({ met: null, measured: expect.stringMatching(/^not measured/) });
  });

  it('formats sizes and heaps with one decimal', () => {
    expect(formatValue(184.94, 'KB')).toBe('184.9 KB');
    expect(formatValue(21.04, 'MB')).toBe('21.0 MB');
  });
});
