/** The shape of bench/results.json. */
import type { LoadSample, PageKind, StepSample } from './browser';
import type { Stats } from './stats';
import type { Bytes, BuildBytes, FileBytes } from './sizes';

export interface LoadStats {
  idle: Stats;
  visible: Stats;
  svg: Stats;
  mapDrawn: Stats;
  ready: Stats;
  fcp: Stats;
  longestTask: Stats;
  heapMB: Stats;
}

export interface StepStats {
  ui: Stats;
  idle: Stats;
  longestTask: Stats;
}

export interface PageBytes extends BuildBytes {
  /** Data embedded in the JS (measured from the repository's files). */
  embedded: { total: Bytes; files: FileBytes[] };
}

export interface Interaction {
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
  errors: string[];
}

export interface Target {
  name: string;
  target: string;
  value: string;
  reached: boolean | null;
  note?: string;
}

export interface Results {
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
    sizes: number[];
    growthLoads: Record<string, number>;
    filterStepsPerLoad: Record<string, number>;
    viewport: { width: number; height: number };
    filterIndustry: string;
  };
  bytes: Record<PageKind, PageBytes>;
  builds: { name: string; buildMs: number }[];
  load: Record<PageKind, { samples: LoadSample[]; stats: LoadStats }>;
  interactions: Interaction[];
  growth: GrowthRow[];
  targets: Target[];
  notes: string[];
  errors: string[];
}
