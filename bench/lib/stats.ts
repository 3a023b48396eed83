/** Summary statistics of a sample. */
export interface Stats {
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** The 90th percentile, nearest rank: the value 90 % of the runs do not exceed. */
  p90: number | null;
}

export function stats(values: readonly (number | null | undefined)[]): Stats {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return { n, median: null, min: null, max: null, p90: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (xs[mid] ?? NaN) : ((xs[mid - 1] ?? NaN) + (xs[mid] ?? NaN)) / 2;
  const p90 = xs[Math.ceil(0.9 * n) - 1] ?? null;
  return { n, median, min: xs[0] ?? null, max: xs[n - 1] ?? null, p90 };
}
