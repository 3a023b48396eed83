/** The shape of bench/results.json, and the summary statistics of every sampled field. */
import type { LoadSample, PageKind, StepSample } from './browser';
import type { LoadedParts } from './loaded-parts';
import type { Bytes, BuildBytes, FileBytes } from './sizes';
import { stats, type Stats } from './stats';

/** The numeric fields of a load sample: each gets its statistics (add a field here to add it everywhere). */
export const LOAD_FIELDS = [
  'idle',
  'visible',
  'svg',
  'mapDrawn',
  'ready',
  'fcp',
  'webglAt',
  'webglMs',
  'longestTask',
  'heapMB',
  'heapAfterGcMB',
  'workersHeapMB',
  'totalHeapMB',
] as const satisfies readonly (keyof LoadSample)[];
export type LoadField = (typeof LOAD_FIELDS)[number];
export type LoadStats = Record<LoadField, Stats>;

/** The numeric fields of an interaction sample. */
export const STEP_FIELDS = [
  'ui',
  'uiPainted',
  'uiPresented',
  'idle',
  'longestTask',
  'atRest',
] as const satisfies readonly (keyof StepSample)[];
export type StepField = (typeof STEP_FIELDS)[number];
export type StepStats = Record<StepField, Stats>;

export function loadStats(samples: readonly LoadSample[]): LoadStats {
  return Object.fromEntries(LOAD_FIELDS.map((k) => [k, stats(samples.map((s) => s[k]))])) as LoadStats;
}

export function stepStats(samples: readonly StepSample[]): StepStats {
  return Object.fromEntries(STEP_FIELDS.map((k) => [k, stats(samples.map((s) => s[k]))])) as StepStats;
}

export interface PageBytes extends BuildBytes {
  /** The data a page carries, embedded in its JS or as files beside it (measured from the repository's files). */
  embedded: { total: Bytes; files: FileBytes[] };
  /** What index.html loads, taken apart by origin (app and floor; absent in results from before it was measured). */
  loaded?: LoadedParts;
}

/** The interactions measured on the real data; targets read them by id. */
export type InteractionId = 'district-list' | 'district-list-moving' | 'map-click' | 'filter' | 'language';

export interface Interaction {
  id: InteractionId;
  name: string;
  how: string;
  samples: StepSample[];
  stats: StepStats;
  errors: string[];
}

export interface GrowthRow {
  size: number;
  records: Bytes;
  appJs: Bytes | null;
  buildMs: number | null;
  /** validateAtlasData on the dataset in Node (same code the app runs at start-up). */
  nodeValidateMs: number | null;
  loads: LoadSample[];
  filters: StepSample[];
  /** Per load: the longest task over the page's whole life (load, filter changes and in between). */
  sessionLongestTasks: number[];
  load: LoadStats;
  filter: StepStats;
  session: Stats;
  /** What the reader should know about this size (e.g. the app's own build would refuse it). */
  notes: string[];
  errors: string[];
}

export type PageLoads = Record<PageKind, { samples: LoadSample[]; stats: LoadStats }>;

/** The same loads and clicks on a 3840×2160 screen (an 86-inch panel at 100 %): app and floor only. */
export interface LargeScreen {
  viewport: { width: number; height: number };
  load: PageLoads;
  interactions: Interaction[];
}

/** Everything measured: what the targets read. */
export interface Measured {
  bytes: Record<PageKind, PageBytes>;
  load: PageLoads;
  interactions: Interaction[];
  growth: GrowthRow[];
  /** Absent in results from before it was measured. */
  large?: LargeScreen;
}

export interface Results extends Measured {
  date: string;
  quick: boolean;
  durationS: number;
  machine: {
    os: string;
    cpu: string;
    cores: number;
    memoryGB: number;
    loadAverageStart: number[];
    loadAverageEnd: number[];
  };
  versions: Record<string, string>;
  settings: {
    loads: number;
    interactionReps: number;
    largeLoads?: number;
    sizes: number[];
    growthLoads: number;
    filterSteps: number;
    viewport: { width: number; height: number };
    filterIndustry: string;
  };
  builds: { name: string; buildMs: number }[];
  targets: TargetResult[];
  notes: string[];
  errors: string[];
}

/** One target judged (targets.ts): the figures it read, its limit, and whether it was met. */
export interface TargetResult {
  id: string;
  description: string;
  /** The measure's id and label, as judged. */
  measure: string;
  /** "≤ 1.25 × floor: first map idle", "< 100 ms". */
  goal: string;
  /** The figures, in words: "2402 ms (median of 10 loads); floor …: 901 ms … → limit 1126 ms (2.67×)". */
  measured: string;
  value: number | null;
  limit: number | null;
  /** `null`: not measured (a size not run, a failure). */
  met: boolean | null;
  note?: string;
}
