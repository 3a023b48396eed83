import { describe, expect, it } from 'vitest';
import { buildChoropleth, datasetChoropleth } from '../../src/map/choropleth';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS } from '../../src/domain/schema';
import { CHOROPLETH, contrastRatio, luminance, THEMES } from '../../src/map/palette';
import { loadRealModel } from './fixtures/real-data';

const BASE = THEMES.light;

/** Maxima to try: every small one, and a spread of larger ones. */
const MAXIMA = [...Array.from({ length: 60 }, (_, i) => i + 1), 97, 100, 116, 250, 1000];

describe('the choropleth', () => {
  it('paints a district with no record in the neutral zero colour', () => {
    const c = buildChoropleth([0, 3, 11]);
    expect(c.colourOf(0)).toBe(BASE.zero);
    expect(c.classes[0]).toEqual({ from: 0, to: 0, colour: BASE.zero });
  });

  it('has only the zero class when every count is zero or there is none', () => {
    for (const counts of [[0, 0, 0], [], [-2]]) {
      const c = buildChoropleth(counts);
      expect(c.classes).toEqual([{ from: 0, to: 0, colour: BASE.zero }]);
      expect(c.colourOf(0)).toBe(BASE.zero);
    }
  });

  it('never uses the zero colour, nor a palette step, for the other', () => {
    expect(CHOROPLETH).not.toContain(BASE.zero);
    expect(CHOROPLETH).not.toContain(THEMES.dark.zero);
  });

  it.each(['light', 'dark'] as const)('sets zero apart from the land around the city in the %s theme', (theme) => {
    const { zero, land } = THEMES[theme];
    // Not a contrast for text: enough that an empty district never reads as land outside Shanghai.
    expect(contrastRatio(zero, land)).toBeGreaterThan(1.2);
    expect(buildChoropleth([3], theme).colourOf(0)).toBe(zero);
  });

  it('paints a count above the largest it was built for in the top class, never in zero', () => {
    const c = buildChoropleth([0, 4, 9]);
    expect(c.colourOf(12)).toBe(c.colourOf(9));
  });

  it.each(MAXIMA)('covers every count from 1 to %i with one class each, without gaps or overlaps', (max) => {
    const { classes } = buildChoropleth([0, 1, Math.ceil(max / 2), max]);
    const [zero, ...rest] = classes;
    expect(zero).toEqual({ from: 0, to: 0, colour: BASE.zero });
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.length).toBeLessThanOrEqual(5);
    expect(rest[0]?.from).toBe(1);
    expect(rest[rest.length - 1]?.to).toBe(max);
    rest.forEach((cls, i) => {
      expect(Number.isInteger(cls.from) && Number.isInteger(cls.to)).toBe(true);
      expect(cls.to).toBeGreaterThanOrEqual(cls.from);
      const prev = rest[i - 1];
      if (prev) expect(cls.from).toBe(prev.to + 1);
    });
  });

  it.each(MAXIMA)('paints every count up to %i in the colour its legend class shows', (max) => {
    const { classes, colourOf } = buildChoropleth([max]);
    for (let n = 0; n <= max; n++) {
      const cls = classes.find((c) => c.from <= n && n <= c.to);
      expect(cls, `class of ${n}`).toBeDefined();
      expect(colourOf(n), `colour of ${n}`).toBe(cls?.colour);
    }
  });

  it.each([1, 2, 3, 4, 5])('gives each count its own class when the largest is %i', (max) => {
    const { classes } = buildChoropleth([max, 1]);
    expect(classes.map((c) => [c.from, c.to])).toEqual(Array.from({ length: max + 1 }, (_, n) => [n, n]));
    expect(new Set(classes.map((c) => c.colour)).size).toBe(max + 1);
  });

  it('uses all five steps once the largest count passes five', () => {
    const { classes } = buildChoropleth([6]);
    expect(classes.slice(1).map((c) => c.colour)).toEqual([...CHOROPLETH]);
  });

  it.each(MAXIMA)('gets strictly darker as the count grows, up to %i', (max) => {
    const { classes } = buildChoropleth([max]);
    const lum = classes.map((c) => luminance(c.colour));
    lum.slice(1).forEach((l, i) => expect(l, `class ${i + 1}`).toBeLessThan(lum[i] ?? -1));
  });

  it.each([2, 3, 4])('draws few classes (largest count %i) from the darker end of the palette', (max) => {
    const { classes } = buildChoropleth([max]);
    const lightest = classes[1];
    if (!lightest) throw new Error('no class for 1');
    // Not the step next to the neutral zero, so even count 1 stands out from it.
    expect(lightest.colour).not.toBe(CHOROPLETH[0]);
    expect(classes[classes.length - 1]?.colour).toBe(CHOROPLETH[CHOROPLETH.length - 1]);
  });

  it('paints a count that is not a number, negative or infinite in the zero colour', () => {
    const { colourOf } = buildChoropleth([4, 9]);
    for (const n of [Number.NaN, -1, -100, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(colourOf(n), String(n)).toBe(BASE.zero);
  });

  it('ignores counts that are not numbers when choosing the classes', () => {
    const { classes } = buildChoropleth([Number.NaN, 3, Number.POSITIVE_INFINITY]);
    expect(classes[classes.length - 1]?.to).toBe(3);
  });
});

describe("the dataset's one class scheme", () => {
  it('is built once from every record, whatever the filter, so a colour means the same count everywhere', () => {
    const model = loadRealModel();
    const scheme = datasetChoropleth(model, 'light');
    expect(datasetChoropleth(model, 'light')).toBe(scheme);
    const all = countByDistrict(model, { layers: LAYER_IDS, industries: [] });
    const max = Math.max(...Object.values(all).map((c) => c.total));
    expect(scheme.classes[scheme.classes.length - 1]?.to).toBe(max);
    // Under a one-layer filter a district with 2 records has the colour 2 has under every other filter.
    const funds = countByDistrict(model, { layers: ['funds'], industries: [] });
    const two = Object.entries(funds).find(([, c]) => c.total === 2);
    expect(two, 'a district with 2 fund records').toBeDefined();
    expect(scheme.colourOf(2)).toBe(buildChoropleth(Object.values(all).map((c) => c.total)).colourOf(2));
    expect(scheme.colourOf(2)).not.toBe(buildChoropleth(Object.values(funds).map((c) => c.total)).colourOf(2));
  });

  it('keeps the same classes in both themes, but for the colour of zero', () => {
    const model = loadRealModel();
    const light = datasetChoropleth(model, 'light').classes;
    const dark = datasetChoropleth(model, 'dark').classes;
    expect(dark.map((c) => [c.from, c.to])).toEqual(light.map((c) => [c.from, c.to]));
    expect(dark.slice(1)).toEqual(light.slice(1));
    expect(dark[0]?.colour).toBe(THEMES.dark.zero);
  });
});
