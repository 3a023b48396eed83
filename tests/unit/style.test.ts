import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/domain/schema';
import { LANGS } from '../../src/i18n/strings';
import { joinAtlas } from '../../src/domain/join';
import { LAYER_SYMBOLS } from '../../src/map/palette';
import { districtsGeoJSON, pointsGeoJSON } from '../../src/map/sources';
import { buildStyle, LAYER, SOURCE } from '../../src/map/style';
import { miniAtlas } from './fixtures/mini-atlas';
import { loadRealModel } from './fixtures/real-data';

function labelLayer(lang: (typeof LANGS)[number]) {
  const layer = buildStyle(loadRealModel(), lang).layers.find((l) => l.id === LAYER.labels);
  if (!layer || layer.type !== 'symbol') throw new Error('the style has no district label layer');
  return layer;
}

describe('the map style', () => {
  it.each(LANGS)('is a valid MapLibre style in %s', (lang) => {
    const errors = validateStyleMin(buildStyle(loadRealModel(), lang));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it.each(LANGS)('needs no network in %s: no glyphs, no sprite, no URL', (lang) => {
    const style = buildStyle(loadRealModel(), lang);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//i);
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      if (source.type === 'geojson') expect(typeof source.data).toBe('object');
    }
  });

  it('labels districts with their Chinese names in Chinese and English names in English', () => {
    expect(labelLayer('zh').layout?.['text-field']).toEqual(['get', 'name_zh']);
    expect(labelLayer('en').layout?.['text-field']).toEqual(['get', 'name_en']);
  });

  it('carries both names on every district label point, so the label layer finds its text', () => {
    const style = buildStyle(loadRealModel(), 'en');
    const labels = style.sources[SOURCE.labels];
    if (labels?.type !== 'geojson' || typeof labels.data !== 'object' || labels.data.type !== 'FeatureCollection')
      throw new Error('the label source is not inline GeoJSON');
    expect(labels.data.features).toHaveLength(16);
    for (const f of labels.data.features) {
      expect(f.properties?.name_zh).toMatch(/\p{Script=Han}/u);
      expect(f.properties?.name_en).toMatch(/^[A-Za-z' ]+$/);
    }
  });

  it('draws every point layer with its own shape and its own colour', () => {
    const symbols = LAYER_IDS.map((l) => LAYER_SYMBOLS[l]);
    expect(new Set(symbols.map((s) => s.shape)).size).toBe(LAYER_IDS.length);
    expect(new Set(symbols.map((s) => s.colour.toLowerCase())).size).toBe(LAYER_IDS.length);
  });

  it('puts points and clusters above the district fill, so they can be clicked', () => {
    const ids = buildStyle(loadRealModel(), 'zh').layers.map((l) => l.id);
    const fill = ids.indexOf(LAYER.districtFill);
    expect(fill).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(LAYER.points)).toBeGreaterThan(fill);
    expect(ids.indexOf(LAYER.clusterCircle)).toBeGreaterThan(fill);
  });
});

describe('the map sources', () => {
  it('draw only the records that pass the filter, at their placed points, with both names', () => {
    const model = joinAtlas(miniAtlas());
    const points = pointsGeoJSON(model, { layers: ['funds', 'platforms'], industries: [] });
    expect(points.features.map((f) => f.properties.id)).toEqual(['b', 'c']);
    for (const f of points.features) {
      const placed = model.placed.find((p) => p.id === f.properties.id);
      expect(f.geometry.coordinates).toEqual([placed?.lng, placed?.lat]);
      expect(f.properties.name_zh).toBe(model.recordById[f.properties.id]?.name.zh);
      expect(f.properties.name_en).toBe(model.recordById[f.properties.id]?.name.en);
    }
    const picked = pointsGeoJSON(model, { layers: LAYER_IDS, industries: ['ic-sensors'] });
    expect(picked.features.map((f) => f.properties.id)).toEqual(['b', 'c']);
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
