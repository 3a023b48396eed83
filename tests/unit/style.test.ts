import {
  Color,
  expression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { DASHED_LINE_ADCODE } from '../../src/map/inset/model';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/domain/schema';
import { joinAtlas } from '../../src/domain/join';
import { LAYER_SYMBOLS, THEMES } from '../../src/map/palette';
import { THEME_NAMES } from '../../src/vocabulary';
import { districtsGeoJSON, pointsGeoJSON } from '../../src/map/sources';
import {
  buildStyle,
  CITY_LAYERS,
  INTERACTIVE_LAYERS,
  LAYER,
  REGION_LAYERS,
  SOURCE,
  STYLE_LAYER_IDS,
} from '../../src/map/style';
import { miniAtlas } from './fixtures/mini-atlas';
import { loadRealModel } from './fixtures/real-data';

describe('the map style', () => {
  it.each(THEME_NAMES)('is a valid MapLibre style in the %s theme', (theme) => {
    const errors = validateStyleMin(buildStyle(loadRealModel(), theme, 1.4));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it.each(THEME_NAMES)('needs no network in the %s theme: no glyphs, no sprite, no URL', (theme) => {
    const style = buildStyle(loadRealModel(), theme);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//i);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      if (source.type === 'geojson') expect(typeof source.data).toBe('object');
    }
  });

  it('draws land opaque and one colour: no fill is translucent, province and city land alike', () => {
    const style = buildStyle(loadRealModel(), 'dark');
    for (const layer of style.layers.filter((l) => l.type === 'fill')) {
      const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      expect(paint['fill-opacity'], `${layer.id} fill-opacity`).toBeUndefined();
    }
    const colour = (id: string) =>
      (style.layers.find((l) => l.id === id) as { paint?: Record<string, unknown> }).paint?.['fill-color'];
    expect(colour(LAYER.contextFill)).toBe(THEMES.dark.land);
  });

  it.each(THEME_NAMES)(
    'fills China in the land colour, and its dashed line in the South China Sea dark, as the inset draws it (%s)',
    (theme) => {
      const style = buildStyle(loadRealModel(), theme);
      const value = (style.layers.find((l) => l.id === LAYER.chinaFill) as { paint?: Record<string, unknown> }).paint?.[
        'fill-color'
      ];
      const spec = latest.paint_fill['fill-color'] as StylePropertySpecification;
      const parsed = expression.createPropertyExpression(value, 'test', spec);
      if (parsed.result !== 'success') throw new Error('fill-color is not an expression MapLibre accepts');
      const fill = (adcode: number) =>
        parsed.value.evaluate({ zoom: 4 }, { type: 'Polygon', properties: { adcode }, geometry: [] } as never) as {
          toString(): string;
        };
      const hex = (c: string) => Color.parse(c)?.toString();
      expect(fill(DASHED_LINE_ADCODE).toString()).toBe(hex(THEMES[theme].inset.dash));
      expect(fill(440000).toString()).toBe(hex(THEMES[theme].land));
    },
  );

  it('draws borders only where two shapes meet, from the borders file, never a polygon outline of the land', () => {
    const style = buildStyle(loadRealModel(), 'light');
    const lines = style.layers.filter((l) => l.type === 'line');
    for (const l of lines)
      expect([SOURCE.borders, SOURCE.chinaBorders, SOURCE.districts, SOURCE.links], l.id).toContain(
        (l as { source: string }).source,
      );
  });

  it('draws every point layer with its own shape and its own colour', () => {
    const symbols = LAYER_IDS.map((l) => LAYER_SYMBOLS[l]);
    expect(new Set(symbols.map((s) => s.shape)).size).toBe(LAYER_IDS.length);
    expect(new Set(symbols.map((s) => s.colour.toLowerCase())).size).toBe(LAYER_IDS.length);
  });

  it('draws each of its layers once, and no layer it does not name', () => {
    const ids = buildStyle(loadRealModel(), 'light').layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...STYLE_LAYER_IDS].sort());
  });

  it('lets a pointer act on districts, records, clusters and links, and pass through borders, land and labels', () => {
    expect([...INTERACTIVE_LAYERS].sort()).toEqual(['cluster-circle', 'district-fill', 'link-ends', 'links', 'points']);
  });

  it('shows the links in the regional view only, and the records on the ground in the city view only', () => {
    expect([...REGION_LAYERS].sort()).toEqual(['link-ends', 'links']);
    expect([...CITY_LAYERS].sort()).toEqual(['cluster-circle', 'cluster-count', 'points']);
  });

  it('puts points and clusters above the district fill, so they can be clicked', () => {
    const ids = buildStyle(loadRealModel(), 'light').layers.map((l) => l.id);
    const fill = ids.indexOf(LAYER.districtFill);
    expect(fill).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(LAYER.points)).toBeGreaterThan(fill);
    expect(ids.indexOf(LAYER.clusterCircle)).toBeGreaterThan(fill);
  });
});

describe('the map sources', () => {
  it('draw only the records on the ground that pass the filter, at their placed points, with both names', () => {
    const model = joinAtlas(miniAtlas());
    const points = pointsGeoJSON(model, { layers: ['clusters', 'funds', 'platforms'], industries: [] });
    // b and c are district-only: drawn around their district's name by the overlay, not on the ground.
    expect(points.features.map((f) => f.properties.id)).toEqual(['a', 'd']);
    for (const f of points.features) {
      const placed = model.placed.find((p) => p.id === f.properties.id);
      expect(f.geometry.coordinates).toEqual([placed?.lng, placed?.lat]);
      expect(f.properties.name_zh).toBe(model.recordById[f.properties.id]?.name.zh);
      expect(f.properties.name_en).toBe(model.recordById[f.properties.id]?.name.en);
    }
    const picked = pointsGeoJSON(model, { layers: LAYER_IDS, industries: ['biomedicine'] });
    expect(picked.features.map((f) => f.properties.id)).toEqual(['a']);
  });

  it('draw a known site and an approximate place of the same layer with different symbols', () => {
    const model = joinAtlas(miniAtlas());
    const points = pointsGeoJSON(model, { layers: ['clusters'], industries: [] });
    const site = points.features.find((f) => f.properties.precision === 'site');
    const approximate = points.features.find((f) => f.properties.precision === 'approximate');
    expect(site?.properties.icon).toBeDefined();
    expect(approximate?.properties.icon).toBeDefined();
    expect(site?.properties.icon).not.toBe(approximate?.properties.icon);
  });

  it('key each district polygon on its administrative code, as hover and selection expect', () => {
    const model = loadRealModel();
    const fc = districtsGeoJSON(model);
    expect(fc.features.map((f) => f.id)).toEqual(model.districts.map((d) => d.adcode));
    expect(fc.features.map((f) => f.properties?.slug)).toEqual(model.districts.map((d) => d.slug));
  });
});
