/**
 * The choropleth's colours: the count classes (domain/classes.ts) painted with the
 * YlGnBu palette, zero in its own colour for the theme. The dataset's one scheme comes
 * prepared with the model (`model.classes`), so the same colour means the same count in
 * every filter, tour step and export, and a district does not change colour because
 * another one did.
 */
import { countClasses, type CountClass } from '../domain/classes.ts';
import type { AtlasModel } from '../domain/model';
import { CHOROPLETH, THEMES } from './palette.ts';
import type { ThemeName } from '../vocabulary.ts';

export interface ChoroplethClass extends CountClass {
  colour: string;
}

export interface Choropleth {
  /** Every class, zero first, whether or not a district falls in it now. */
  classes: ChoroplethClass[];
  colourOf: (count: number) => string;
}

/** Colours for classes: the darker end of the palette when there are few, so even one class stands out from zero. */
export function choroplethFor(classes: readonly CountClass[], theme: ThemeName = 'light'): Choropleth {
  const zeroColour = THEMES[theme].zero;
  const above = classes.filter((c) => c.from > 0);
  const colours = CHOROPLETH.slice(CHOROPLETH.length - above.length);
  const painted: ChoroplethClass[] = [
    { from: 0, to: 0, colour: zeroColour },
    ...above.map((c, i) => ({ ...c, colour: colours[i] ?? zeroColour })),
  ];
  const top = painted[painted.length - 1] as ChoroplethClass;
  return {
    classes: painted,
    colourOf: (count) => {
      if (!(count > 0) || !Number.isFinite(count)) return zeroColour;
      // Above the top class (data edited since the scheme was made) still reads as the top class, never as zero.
      return painted.find((c) => c.from > 0 && count >= c.from && count <= c.to)?.colour ?? top.colour;
    },
  };
}

/** Classes and colours for counts that range up to those given. */
export function buildChoropleth(counts: readonly number[], theme: ThemeName = 'light'): Choropleth {
  return choroplethFor(countClasses(counts), theme);
}

const cache = new WeakMap<AtlasModel, Partial<Record<ThemeName, Choropleth>>>();

/** The one scheme of a dataset, in a theme's colours. */
export function datasetChoropleth(model: AtlasModel, theme: ThemeName): Choropleth {
  const byTheme = cache.get(model) ?? {};
  const hit = byTheme[theme];
  if (hit) return hit;
  const built = choroplethFor(model.classes, theme);
  cache.set(model, { ...byTheme, [theme]: built });
  return built;
}
