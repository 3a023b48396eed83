/**
 * The choropleth's classes: records per district in the current filter, binned with
 * d3-scale into at most five integer classes, plus an explicit class for zero.
 */
import { scaleQuantize } from 'd3-scale';
import { BASE, CHOROPLETH } from './palette';

export interface ChoroplethClass {
  /** Inclusive integer range. */
  from: number;
  to: number;
  colour: string;
}

export interface Choropleth {
  classes: ChoroplethClass[];
  colourOf: (count: number) => string;
}

/** Builds classes from the counts shown; equal-width bins over 1…max. */
export function buildChoropleth(counts: readonly number[]): Choropleth {
  const max = Math.max(0, ...counts.filter(Number.isFinite));
  const zero: ChoroplethClass = { from: 0, to: 0, colour: BASE.zero };
  if (max === 0) return { classes: [zero], colourOf: () => BASE.zero };
  const n = Math.min(CHOROPLETH.length, max);
  // Use the darker end when there are few classes, so one class still stands out from zero.
  const colours = CHOROPLETH.slice(CHOROPLETH.length - n);
  const scale = scaleQuantize<string>()
    .domain([1, max + 1])
    .range(colours)
    .unknown(BASE.zero);
  // Class edges from the scale's own thresholds (invertExtent has no upper edge for a single class).
  const edges = [1, ...scale.thresholds(), max + 1];
  const classes: ChoroplethClass[] = [zero];
  colours.forEach((colour, i) => {
    const from = Math.ceil(edges[i] ?? 1);
    const to = Math.ceil(edges[i + 1] ?? max + 1) - 1;
    if (to >= from) classes.push({ from, to, colour });
  });
  return {
    classes,
    colourOf: (count) => (count > 0 && Number.isFinite(count) ? scale(count) : BASE.zero),
  };
}
