/**
 * The choropleth's classes: records per district, binned with d3-scale into at most
 * five integer classes plus a class of its own for zero.
 *
 * The classes are built once, from the whole dataset (every layer, no industry filter),
 * and then used for every filter, tour step and export: the same colour always means
 * the same count, and a district does not change colour because another one did.
 */
import { scaleQuantize } from 'd3-scale';
import { countByDistrict, type AtlasModel } from '../domain/join';
import { LAYER_IDS } from '../domain/schema';
import { CHOROPLETH, THEMES, type ThemeName } from './palette';

export interface ChoroplethClass {
  /** Inclusive integer range. */
  from: number;
  to: number;
  colour: string;
}

export interface Choropleth {
  /** Every class, zero first, whether or not a district falls in it now. */
  classes: ChoroplethClass[];
  colourOf: (count: number) => string;
}

/** Classes for counts that range up to those given: equal-width bins over 1…max. */
export function buildChoropleth(counts: readonly number[], theme: ThemeName = 'light'): Choropleth {
  const zeroColour = THEMES[theme].zero;
  const max = Math.max(0, ...counts.filter(Number.isFinite));
  const zero: ChoroplethClass = { from: 0, to: 0, colour: zeroColour };
  if (max === 0) return { classes: [zero], colourOf: () => zeroColour };
  const n = Math.min(CHOROPLETH.length, max);
  // Use the darker end when there are few classes, so one class still stands out from zero.
  const colours = CHOROPLETH.slice(CHOROPLETH.length - n);
  const scale = scaleQuantize<string>()
    .domain([1, max + 1])
    .range(colours)
    .unknown(zeroColour);
  // Class edges from the scale's own thresholds (invertExtent has no upper edge for a single class).
  const edges = [1, ...scale.thresholds(), max + 1];
  const classes: ChoroplethClass[] = [zero];
  colours.forEach((colour, i) => {
    const from = Math.ceil(edges[i] ?? 1);
    const to = Math.ceil(edges[i + 1] ?? max + 1) - 1;
    if (to >= from) classes.push({ from, to, colour });
  });
  const top = classes[classes.length - 1] as ChoroplethClass;
  return {
    classes,
    // Above the dataset's maximum (data edited since) still reads as the top class, never as zero.
    colourOf: (count) => (count > 0 && Number.isFinite(count) ? (count > max ? top.colour : scale(count)) : zeroColour),
  };
}

const cache = new WeakMap<AtlasModel, Partial<Record<ThemeName, Choropleth>>>();

/** The one class scheme of a dataset: built from every record's districts, whatever the filter. */
export function datasetChoropleth(model: AtlasModel, theme: ThemeName): Choropleth {
  const byTheme = cache.get(model) ?? {};
  const hit = byTheme[theme];
  if (hit) return hit;
  const all = countByDistrict(model, { layers: LAYER_IDS, industries: [] });
  const built = buildChoropleth(
    Object.values(all).map((c) => c.total),
    theme,
  );
  cache.set(model, { ...byTheme, [theme]: built });
  return built;
}
