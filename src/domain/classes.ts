/**
 * The choropleth's classes as numbers: at most five integer ranges of records per
 * district, equal-width over 1…max (d3-scale's quantize), plus a class of its own for
 * zero. Computed once for the whole dataset (when the data is prepared), so the same
 * colour means the same count in every filter and view.
 */
import { scaleQuantize } from 'd3-scale';

/** An inclusive range of counts. */
export interface CountClass {
  from: number;
  to: number;
}

/** The most classes above zero: the palette's length. */
export const MAX_CLASSES = 5;

/** Classes for counts up to the largest of `totals`; zero first. Non-finite counts are ignored. */
export function countClasses(totals: readonly number[]): CountClass[] {
  const max = Math.max(0, ...totals.filter(Number.isFinite));
  const zero: CountClass = { from: 0, to: 0 };
  if (max === 0) return [zero];
  const n = Math.min(MAX_CLASSES, max);
  const scale = scaleQuantize<number>()
    .domain([1, max + 1])
    .range(Array.from({ length: n }, (_, i) => i));
  // Class edges from the scale's own thresholds (invertExtent has no upper edge for a single class).
  const edges = [1, ...scale.thresholds(), max + 1];
  const out: CountClass[] = [zero];
  for (let i = 0; i < n; i++) {
    const from = Math.ceil(edges[i] ?? 1);
    const to = Math.ceil(edges[i + 1] ?? max + 1) - 1;
    if (to >= from) out.push({ from, to });
  }
  return out;
}
