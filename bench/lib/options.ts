/**
 * The benchmark's command line. Every count is configurable; the defaults give every
 * figure as a median of at least 3 runs, `--quick` trades sizes and runs for time.
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  quick: boolean;
  /** Measured loads per page (app, floor, peer) on the real data, after one warm-up each. */
  loads: number;
  /** Measured repetitions per interaction, after one warm-up. */
  reps: number;
  /** Measured loads of the app and the floor at 3840×2160, after one warm-up each. */
  largeLoads: number;
  /** Synthetic record counts of the growth table, in order. */
  sizes: number[];
  /** Loads of the app per size. */
  growthLoads: number;
  /** Filter changes per growth load (on, off, on, off…). */
  filterSteps: number;
  /** Builds and datasets go here; a temporary folder (removed at the end) when not given. */
  out: string | undefined;
  keep: boolean;
  /** bench/<stem>.md and bench/<stem>.json. */
  stem: 'results' | 'results-quick';
}

export const USAGE = `tsx bench/run.ts [--quick] [--loads N] [--reps N] [--large-loads N] [--sizes 100,1000,…] [--growth-loads N]
                    [--filter-steps N] [--out DIR] [--keep]`;

function count(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, not ${text}\n${USAGE}`);
  return n;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      loads: { type: 'string' },
      reps: { type: 'string' },
      'large-loads': { type: 'string' },
      sizes: { type: 'string' },
      'growth-loads': { type: 'string' },
      'filter-steps': { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const sizes = (values.sizes ?? (quick ? '100,1000' : '100,1000,10000,100000')).split(',').map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes: ${s} is not a record count\n${USAGE}`);
    return n;
  });
  return {
    quick,
    loads: count('loads', values.loads, quick ? 3 : 10),
    reps: count('reps', values.reps, quick ? 3 : 7),
    largeLoads: count('large-loads', values['large-loads'], quick ? 2 : 5),
    sizes,
    growthLoads: count('growth-loads', values['growth-loads'], 3),
    filterSteps: count('filter-steps', values['filter-steps'], quick ? 2 : 4),
    out: values.out,
    keep: values.keep ?? false,
    stem: quick ? 'results-quick' : 'results',
  };
}

/** Time allowed for a load or a click at a size (100,000 records: minutes of blocked main thread seen). */
export const growthTimeout = (size: number): number => Math.max(60_000, size * 5);
