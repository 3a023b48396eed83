/**
 * The targets of issue 12 as data: each names the figure it reads (bench/lib/measures.ts),
 * a comparison and a limit, either a number or a multiple of another figure. One function
 * judges them all, so adding a target is adding a row; the report and results.json show
 * each as met, not met, or not measured, with the figures it was judged on.
 */
import {
  growthFilter,
  growthLoad,
  growthSessionTask,
  interaction,
  jsBeyondFloor,
  pageLoad,
  type Measure,
  type Reading,
  type Screen,
  type Unit,
} from './measures';
import type { Measured, TargetResult } from './types';

export type Comparison = '<' | '≤';

/** A fixed limit in the measure's unit, or `factor` × another figure (the floor's, the peer's…). */
export type Limit<R> = { value: number } | { factor: number; of: Measure<R> };

export interface TargetSpec<R = Measured> {
  id: string;
  description: string;
  measure: Measure<R>;
  compare: Comparison;
  limit: Limit<R>;
  note?: string;
}

const appIdle = pageLoad('app', 'idle', 'app: first map idle');

const PAINTED =
  'from pointerdown to the first frame painted after the panel committed, pressed from rest (the pointer on the target, the page\'s frames all presented); real data. The frame reaches the screen later, and a press made before the page is at rest waits: see "→ UI presented" and "→ page at rest" under Interactions';

/**
 * Issue 19: a click on a district, in the list or on the map, paints its panel within 100 ms
 * (median; 150 ms for the 90th percentile), on the desk's window and on the room's 4K panel.
 */
function clickTargets(screen: Screen): TargetSpec[] {
  const at = screen === 'large' ? ' at 3840×2160' : '';
  const id = (s: string) => (screen === 'large' ? `${s}-4k` : s);
  const clicks = [
    { key: 'list', from: 'district-list', what: 'district list' },
    { key: 'map', from: 'map-click', what: 'map' },
  ] as const;
  return clicks.flatMap(({ key, from, what }) => [
    {
      id: id(`click-${key}-panel`),
      description: `Click → panel painted ≤ 100 ms (${what}${at})`,
      measure: interaction(from, 'uiPainted', `${what} click → panel painted`, 'median', screen),
      compare: '≤' as const,
      limit: { value: 100 },
      note: PAINTED,
    },
    {
      id: id(`click-${key}-panel-p90`),
      description: `Click → panel painted ≤ 150 ms, 90th percentile (${what}${at})`,
      measure: interaction(from, 'uiPainted', `${what} click → panel painted`, 'p90', screen),
      compare: '≤' as const,
      limit: { value: 150 },
      note: PAINTED,
    },
  ]);
}

/** The targets of issues 12 ("Fast at any size") and 19 (the room's machines), in the order the report lists them. */
export const TARGETS: readonly TargetSpec[] = [
  {
    id: 'first-districts',
    description: 'First districts on screen no later than the ECharts peer',
    measure: pageLoad('app', 'visible', 'app: districts visible'),
    compare: '≤',
    limit: { factor: 1, of: pageLoad('peer', 'visible', 'peer (ECharts): districts visible') },
  },
  {
    id: 'idle-vs-floor',
    description: 'Map idle ≤ 1.25× the bare-MapLibre floor',
    measure: appIdle,
    compare: '≤',
    limit: { factor: 1.25, of: pageLoad('floor', 'idle', 'floor: first map idle') },
    note: 'the app draws in its middle column, the floor the full 1920×1080 window',
  },
  {
    id: 'idle-vs-floor-4k',
    description: 'Map idle ≤ 1.25× the bare-MapLibre floor at 3840×2160',
    measure: pageLoad('app', 'idle', 'app: first map idle', 'median', 'large'),
    compare: '≤',
    limit: { factor: 1.25, of: pageLoad('floor', 'idle', 'floor: first map idle', 'median', 'large') },
    note: 'an 86-inch panel at 100 % scaling; the app draws in its middle column, the floor the whole screen',
  },
  {
    id: 'tasks-load',
    description: 'No main-thread task > 200 ms at load, real data',
    measure: pageLoad('app', 'longestTask', 'app: longest task at load', 'worst'),
    compare: '≤',
    limit: { value: 200 },
    note: "the worst load, not a median; the floor's own longest tasks are in the Loading table",
  },
  {
    id: 'tasks-load-4k',
    description: 'No main-thread task > 200 ms at load, real data, at 3840×2160',
    measure: pageLoad('app', 'longestTask', 'app: longest task at load', 'worst', 'large'),
    compare: '≤',
    limit: { value: 200 },
    note: "the worst load, not a median; the floor's own longest tasks are in the table at 3840×2160",
  },
  {
    id: 'js-beyond-floor',
    description: 'JS and preloaded data beyond the floor ≤ 120 KB gzip',
    measure: jsBeyondFloor,
    compare: '≤',
    limit: { value: 120 },
    note: "what index.html loads on each side, data included (the app's is JSON it preloads, the floor's is in its JS); every built file is in the Bytes table, and where the loaded bytes go, by origin, under it",
  },
  {
    id: 'filter-10k',
    description: 'Filter → map idle < 100 ms at 10,000 records',
    measure: growthFilter(10_000, 'idle', 'filter → map idle'),
    compare: '<',
    limit: { value: 100 },
  },
  {
    id: 'filter-100k',
    description: 'Filter → map idle < 200 ms at 100,000 records',
    measure: growthFilter(100_000, 'idle', 'filter → map idle'),
    compare: '<',
    limit: { value: 200 },
  },
  ...(['desk', 'large'] as const).flatMap((screen) => clickTargets(screen)),
  {
    id: 'tasks-10k-load',
    description: 'No main-thread task > 200 ms at 10,000 records: load',
    measure: growthLoad(10_000, 'longestTask', 'longest task while loading', 'worst'),
    compare: '≤',
    limit: { value: 200 },
    note: 'the worst load, not a median',
  },
  {
    id: 'tasks-10k-filter',
    description: 'No main-thread task > 200 ms at 10,000 records: filter change',
    measure: growthFilter(10_000, 'longestTask', 'longest task of a filter change', 'worst'),
    compare: '≤',
    limit: { value: 200 },
    note: 'the worst filter change, not a median',
  },
  {
    id: 'idle-100k',
    description: 'At 100,000 records: first idle ≤ 2.5× the real-data idle',
    measure: growthLoad(100_000, 'idle', 'first map idle'),
    compare: '≤',
    limit: { factor: 2.5, of: appIdle },
  },
  {
    id: 'heap-100k',
    description: 'At 100,000 records: JS heap ≤ 150 MB',
    measure: growthLoad(100_000, 'totalHeapMB', 'JS heap after GC, main thread + workers'),
    compare: '≤',
    limit: { value: 150 },
    note: "after a forced garbage collection once loaded, the records' summaries in; the main thread alone is in the growth table",
  },
  {
    id: 'tasks-100k',
    description: 'At 100,000 records: no main-thread task > 200 ms',
    measure: growthSessionTask(100_000),
    compare: '≤',
    limit: { value: 200 },
    note: 'the worst of every load: load, filter changes and in between',
  },
];

/** "2402 ms", "184.9 KB", "21.0 MB". */
export function formatValue(value: number, unit: Unit): string {
  return unit === 'ms' ? `${Math.round(value)} ms` : `${value.toFixed(1)} ${unit}`;
}

function describe<R>(m: Measure<R>, x: Reading): string {
  return `${formatValue(x.value, m.unit)} (${x.how})`;
}

/** A target's goal in words: "≤ 100 ms", "≤ 1.25 × floor: first map idle". */
export function goalOf<R>(t: TargetSpec<R>): string {
  return 'factor' in t.limit
    ? `${t.compare} ${t.limit.factor === 1 ? '' : `${t.limit.factor} × `}${t.limit.of.label}`
    : `${t.compare} ${formatValue(t.limit.value, t.measure.unit)}`;
}

/** Judges one target against the results. */
export function evaluateTarget<R>(t: TargetSpec<R>, results: R): TargetResult {
  const base = { id: t.id, description: t.description, measure: `${t.measure.id}: ${t.measure.label}`, note: t.note };
  const x = t.measure.read(results);
  const relative = 'factor' in t.limit ? t.limit : null;
  const fixed = 'value' in t.limit ? t.limit.value : null;
  const goal = goalOf(t);
  const ref = relative ? relative.of.read(results) : null;
  const limit = relative ? (ref === null ? null : relative.factor * ref.value) : fixed;
  if (x === null || limit === null) {
    const missing = x === null ? t.measure.label : (relative?.of.label ?? '');
    return { ...base, goal, measured: `not measured (${missing})`, value: x?.value ?? null, limit, met: null };
  }
  const met = t.compare === '<' ? x.value < limit : x.value <= limit;
  const measured =
    relative && ref
      ? `${describe(t.measure, x)} vs ${describe(relative.of, ref)}: ` +
        `${ref.value > 0 ? (x.value / ref.value).toFixed(2) : '∞'}×, limit ${formatValue(limit, t.measure.unit)}`
      : describe(t.measure, x);
  return { ...base, goal, measured, value: x.value, limit, met };
}

/** Judges every target, in order. */
export function evaluateTargets<R>(targets: readonly TargetSpec<R>[], results: R): TargetResult[] {
  return targets.map((t) => evaluateTarget(t, results));
}
