import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { countByDistrict, countByLayer, joinAtlas, recordMatches } from '../../src/domain/join';
import type { AtlasModel, PlacedRecord } from '../../src/domain/model';
import { countInFilter } from '../../src/domain/filtered';
import { LAYER_IDS, type DistrictSlug, type LayerId } from '../../src/domain/schema';
import { HONGKOU_FAN, miniAtlas, record } from './fixtures/mini-atlas';
import { loadRealData, loadRealModel, loadValidData } from './fixtures/real-data';
import type { InitiativeRecord } from '../../src/domain/schema';

const ALL = { layers: LAYER_IDS, industries: [] } as const;

function placedOf(model: AtlasModel, id: string): PlacedRecord {
  const p = model.placed.filter((x) => x.id === id);
  expect(p, `placements of ${id}`).toHaveLength(1);
  if (!p[0]) throw new Error(`${id} is not placed`);
  return p[0];
}

function inside(model: AtlasModel, p: PlacedRecord): boolean {
  return booleanPointInPolygon([p.lng, p.lat], model.districtBySlug[p.district].geometry);
}

function key(p: { lng: number; lat: number }): string {
  return `${p.lng},${p.lat}`;
}

describe('joinAtlas on a mini atlas', () => {
  it('lists districts in administrative-code order', () => {
    const model = joinAtlas(miniAtlas());
    expect(model.districts.map((d) => d.slug)).toEqual(['huangpu', 'xuhui', 'hongkou']);
  });

  it('lists under each district every record that names it, in data order', () => {
    const model = joinAtlas(miniAtlas());
    expect(model.districtBySlug.huangpu.recordIds).toEqual(['a', 'b', 'c']);
    expect(model.districtBySlug.xuhui.recordIds).toEqual(['c', 'd']);
    expect(model.districtBySlug.hongkou.recordIds).toHaveLength(HONGKOU_FAN);
  });

  it('gives each district its own profile', () => {
    const model = joinAtlas(miniAtlas());
    for (const d of model.districts) expect(d.profile.district).toBe(d.slug);
  });

  it('draws a record that names two districts once, in the first', () => {
    const model = joinAtlas(miniAtlas());
    expect(placedOf(model, 'c').district).toBe('huangpu');
  });

  it('keeps the coordinates of site and approximate records exactly', () => {
    const model = joinAtlas(miniAtlas());
    expect(placedOf(model, 'a')).toMatchObject({ precision: 'site', lng: 121.02, lat: 31.03 });
    expect(placedOf(model, 'd')).toMatchObject({
      precision: 'approximate',
      lng: 121.17,
      lat: 31.08,
      district: 'xuhui',
    });
  });

  it('does not draw a city-wide record on the map, but lists it beyond the districts', () => {
    const model = joinAtlas(miniAtlas());
    expect(model.placed.map((p) => p.id)).not.toContain('e');
    expect(model.beyondDistricts.map((r) => r.id)).toEqual(['e']);
  });

  it('fans records known only by district out around the label point, each on its own spot', () => {
    const model = joinAtlas(miniAtlas());
    const label = model.districtBySlug.huangpu.label;
    const b = placedOf(model, 'b');
    const c = placedOf(model, 'c');
    expect(key(b)).not.toBe(key(c));
    for (const p of [b, c]) {
      expect(p.precision).toBe('district');
      expect(key(p)).not.toBe(key({ lng: label[0], lat: label[1] }));
      // Close to the label: within about a kilometre.
      expect(Math.hypot(p.lng - label[0], p.lat - label[1])).toBeLessThan(0.01);
      expect(inside(model, p)).toBe(true);
    }
  });

  it('keeps a fan inside a district too small for it, pulling points in rather than letting them leave', () => {
    const model = joinAtlas(miniAtlas());
    const fan = model.placed.filter((p) => p.district === 'hongkou');
    expect(fan).toHaveLength(HONGKOU_FAN);
    for (const p of fan) expect(inside(model, p), `${p.id} at ${key(p)}`).toBe(true);
    // Pulled in, not dropped onto one spot: most keep a place of their own.
    expect(new Set(fan.map(key)).size).toBeGreaterThan(HONGKOU_FAN / 2);
  });

  it('spreads approximate records that share a point, keeping the first on it', () => {
    const data = miniAtlas();
    const at = { precision: 'approximate' as const, lng: 121.17, lat: 31.08 };
    data.records.push(
      record('d2', { districts: ['xuhui'], location: at }),
      record('d3', { districts: ['xuhui'], location: at }),
    );
    const model = joinAtlas(data);
    const d = placedOf(model, 'd');
    const others = [placedOf(model, 'd2'), placedOf(model, 'd3')];
    expect(d).toMatchObject({ lng: 121.17, lat: 31.08 });
    expect(new Set([d, ...others].map(key)).size).toBe(3);
    for (const p of others) {
      expect(p.precision).toBe('approximate');
      expect(Math.hypot(p.lng - 121.17, p.lat - 31.08)).toBeLessThan(0.01);
      expect(inside(model, p)).toBe(true);
    }
  });

  it('gives every record of the real data a spot of its own', () => {
    const model = loadRealModel();
    expect(new Set(model.placed.map(key)).size).toBe(model.placed.length);
  });

  it('does not change the data it is given', () => {
    const data = miniAtlas();
    const before = structuredClone(data);
    joinAtlas(data);
    expect(data).toEqual(before);
  });

  it('refuses a district with no profile', () => {
    const data = miniAtlas();
    data.profiles = data.profiles.filter((p) => p.district !== 'xuhui');
    expect(() => joinAtlas(data)).toThrow(/xuhui/);
  });
});

describe('recordMatches', () => {
  const r = record('x', { layer: 'funds', industries: ['biomedicine', 'ic-sensors'] });
  const untagged = record('y', { layer: 'funds', industries: [] });

  it('shows every record on a visible layer when no industry is picked', () => {
    expect(recordMatches(r, { layers: ['funds'], industries: [] })).toBe(true);
    expect(recordMatches(untagged, { layers: ['funds'], industries: [] })).toBe(true);
  });

  it('hides a record whose layer is hidden, whatever its industries', () => {
    expect(recordMatches(r, { layers: ['clusters', 'events'], industries: ['biomedicine'] })).toBe(false);
    expect(recordMatches(r, { layers: [], industries: [] })).toBe(false);
  });

  it('shows a record tagged with any one of the picked industries', () => {
    expect(recordMatches(r, { layers: ['funds'], industries: ['ic-sensors'] })).toBe(true);
    expect(recordMatches(r, { layers: ['funds'], industries: ['marine', 'biomedicine'] })).toBe(true);
  });

  it('hides a record tagged with none of the picked industries, or with none at all', () => {
    expect(recordMatches(r, { layers: ['funds'], industries: ['marine'] })).toBe(false);
    expect(recordMatches(untagged, { layers: ['funds'], industries: ['marine'] })).toBe(false);
  });
});

describe('countByDistrict on a mini atlas', () => {
  it('counts a record in each district it names', () => {
    const counts = countByDistrict(joinAtlas(miniAtlas()), ALL);
    expect(counts.huangpu.total).toBe(3);
    expect(counts.xuhui.total).toBe(2);
    expect(counts.hongkou.total).toBe(HONGKOU_FAN);
    expect(counts.pudong.total).toBe(0);
  });

  it('has an entry for all 16 districts, even those with no record', () => {
    const counts = countByDistrict(joinAtlas(miniAtlas()), ALL);
    expect(Object.keys(counts)).toHaveLength(16);
    expect(counts.chongming).toEqual({
      total: 0,
      byLayer: Object.fromEntries(LAYER_IDS.map((l) => [l, 0])),
      byIndustry: {},
    });
  });

  it('counts the shown records of each district by industry, a two-tag record under both tags', () => {
    const model = loadRealModel();
    const counts = countByDistrict(model, ALL);
    for (const d of model.districts) {
      const expected: Record<string, number> = {};
      for (const id of d.recordIds)
        for (const i of model.recordById[id]?.industries ?? []) expected[i] = (expected[i] ?? 0) + 1;
      expect(counts[d.slug].byIndustry, d.slug).toEqual(expected);
    }
    const clustersOnly = countByDistrict(model, { layers: ['clusters'], industries: [] });
    const sum = Object.values(clustersOnly.baoshan.byIndustry).reduce((a, b) => a + b, 0);
    const tags = model.districtBySlug.baoshan.recordIds
      .map((id) => model.recordById[id])
      .filter((r) => r?.layer === 'clusters')
      .reduce((n, r) => n + (r?.industries.length ?? 0), 0);
    expect(sum).toBe(tags);
  });

  it('counts only the visible layers in the total', () => {
    const counts = countByDistrict(joinAtlas(miniAtlas()), { layers: ['clusters'], industries: [] });
    expect(counts.huangpu.total).toBe(1);
    expect(counts.xuhui.total).toBe(1);
    expect(counts.hongkou.total).toBe(0);
  });

  it('counts only records of the picked industries, a record with two picked industries once', () => {
    const model = joinAtlas(miniAtlas());
    const one = countByDistrict(model, { layers: LAYER_IDS, industries: ['ic-sensors'] });
    expect(one.huangpu.total).toBe(2);
    expect(one.xuhui.total).toBe(1);
    const both = countByDistrict(model, { layers: LAYER_IDS, industries: ['biomedicine', 'ic-sensors'] });
    expect(both.huangpu.total).toBe(3);
    expect(both.xuhui.total).toBe(1);
    expect(both.hongkou.total).toBe(0);
  });

  it('still counts hidden layers per layer, so their toggles can say what they would show', () => {
    const model = joinAtlas(miniAtlas());
    const none = countByDistrict(model, { layers: [], industries: [] });
    expect(none.huangpu.total).toBe(0);
    expect(none.huangpu.byLayer).toMatchObject({ clusters: 1, funds: 1, platforms: 1, projects: 0 });
    expect(none.xuhui.byLayer).toMatchObject({ clusters: 1, platforms: 1 });
    const picked = countByDistrict(model, { layers: [], industries: ['ic-sensors'] });
    expect(picked.huangpu.byLayer).toMatchObject({ clusters: 0, funds: 1, platforms: 1 });
  });
});

describe('countByLayer on a mini atlas', () => {
  const totals = (c: ReturnType<typeof countByLayer>) => Object.fromEntries(LAYER_IDS.map((l) => [l, c[l].total]));

  it('counts city-wide records too, under the picked industries', () => {
    const model = joinAtlas(miniAtlas());
    expect(totals(countByLayer(model, []))).toEqual({
      clusters: 2,
      funds: 1,
      platforms: 1,
      projects: 0,
      reforms: 1,
      events: HONGKOU_FAN,
    });
    expect(totals(countByLayer(model, ['biomedicine']))).toEqual({
      clusters: 1,
      funds: 0,
      platforms: 1,
      projects: 0,
      reforms: 1,
      events: 0,
    });
  });

  it("says where each layer's records are: in districts, city-wide, regional, international", () => {
    const model = joinAtlas(miniAtlas());
    const c = countByLayer(model, []);
    expect(c.reforms.byScope).toEqual({ district: 0, city: 1, region: 0, international: 0 });
    expect(c.clusters.byScope).toEqual({ district: 2, city: 0, region: 0, international: 0 });
    for (const l of LAYER_IDS)
      expect(
        Object.values(c[l].byScope).reduce((a, b) => a + b, 0),
        l,
      ).toBe(c[l].total);
  });
});

describe('countInFilter', () => {
  it('sums the visible layers of countByLayer, which is what recordMatches keeps', () => {
    const model = loadRealModel();
    for (const f of [
      ALL,
      { layers: ['clusters', 'funds'] as const, industries: [] },
      { layers: LAYER_IDS, industries: ['tech-finance'] },
      { layers: [] as const, industries: [] },
    ])
      expect(countInFilter(model, f)).toBe(model.records.filter((r) => recordMatches(r, f)).length);
  });
});

describe('joinAtlas on the real data', () => {
  it('lists under each district exactly the records that name it', () => {
    const model = loadRealModel();
    const records = loadRealData().records as InitiativeRecord[];
    for (const d of model.districts) {
      const expected = records.filter((r) => r.districts.includes(d.slug)).map((r) => r.id);
      expect(d.recordIds, d.slug).toEqual(expected);
      expect(d.recordIds.length, d.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('draws every district record exactly once, inside its district', () => {
    const model = loadRealModel();
    const districtRecords = model.records.filter((r) => r.scope === 'district').map((r) => r.id);
    expect(model.placed.map((p) => p.id).sort()).toEqual([...districtRecords].sort());
    const outside = model.placed.filter((p) => !inside(model, p)).map((p) => p.id);
    expect(outside).toEqual([]);
  });

  it('gives each record known only by district a spot of its own within its district', () => {
    const model = loadRealModel();
    const bySlug = new Map<DistrictSlug, string[]>();
    for (const p of model.placed.filter((x) => x.precision === 'district'))
      bySlug.set(p.district, [...(bySlug.get(p.district) ?? []), key(p)]);
    for (const [slug, spots] of bySlug) expect(new Set(spots).size, slug).toBe(spots.length);
  });

  it('does not change the data it is given', () => {
    const data = loadValidData();
    const before = structuredClone(data);
    joinAtlas(data);
    expect(data).toEqual(before);
  });

  it('counts, for each district, the records naming it on the visible layers', () => {
    const model = loadRealModel();
    const layers = ['clusters', 'platforms'] as const;
    const counts = countByDistrict(model, { layers, industries: [] });
    for (const d of model.districts) {
      const expected = model.records.filter(
        (r) => r.districts.includes(d.slug) && (layers as readonly string[]).includes(r.layer),
      ).length;
      expect(counts[d.slug].total, d.slug).toBe(expected);
    }
  });
});

describe('counts under any filter (records grouped by what they count as)', () => {
  /** The counts as a reader would make them, one record at a time. */
  function byHand(model: AtlasModel, layers: readonly LayerId[], industries: readonly string[]) {
    const districts: Record<
      string,
      { total: number; byLayer: Record<string, number>; byIndustry: Record<string, number> }
    > = {};
    const layersTotal: Record<string, { total: number; byScope: Record<string, number> }> = {};
    for (const r of model.records) {
      if (industries.length > 0 && !r.industries.some((i) => industries.includes(i))) continue;
      const l = (layersTotal[r.layer] ??= { total: 0, byScope: {} });
      l.total += 1;
      l.byScope[r.scope] = (l.byScope[r.scope] ?? 0) + 1;
      for (const d of r.districts) {
        const c = (districts[d] ??= { total: 0, byLayer: {}, byIndustry: {} });
        c.byLayer[r.layer] = (c.byLayer[r.layer] ?? 0) + 1;
        if (!layers.includes(r.layer)) continue;
        c.total += 1;
        for (const i of r.industries) c.byIndustry[i] = (c.byIndustry[i] ?? 0) + 1;
      }
    }
    return { districts, layersTotal };
  }

  function expectSame(model: AtlasModel, layers: readonly LayerId[], industries: readonly string[]) {
    const want = byHand(model, layers, industries);
    const got = countByDistrict(model, { layers, industries });
    for (const [slug, c] of Object.entries(got)) {
      const w = want.districts[slug];
      expect(c.total, `${slug} ${layers.join('+')} ${industries.join('+')}`).toBe(w?.total ?? 0);
      for (const l of LAYER_IDS) expect(c.byLayer[l]).toBe(w?.byLayer[l] ?? 0);
      expect(c.byIndustry).toEqual(w?.byIndustry ?? {});
    }
    const byLayer = countByLayer(model, industries);
    for (const l of LAYER_IDS) {
      expect(byLayer[l].total).toBe(want.layersTotal[l]?.total ?? 0);
      for (const [scope, n] of Object.entries(byLayer[l].byScope))
        expect(n).toBe(want.layersTotal[l]?.byScope[scope] ?? 0);
    }
  }

  it('gives what counting record by record gives, for every layer and industry picked alone or in pairs', () => {
    const model = loadRealModel();
    const industries = model.industries.map((i) => i.id);
    const layerSets: LayerId[][] = [[...LAYER_IDS], [], ...LAYER_IDS.map((l) => [l]), ['clusters', 'funds']];
    const industrySets: string[][] = [
      [],
      ...industries.map((i) => [i]),
      ...industries.flatMap((a, k) => industries.slice(k + 1, k + 2).map((b) => [a, b])),
    ];
    for (const layers of layerSets) for (const picked of industrySets) expectSame(model, layers, picked);
  });

  it('counts each record of a group: the same records twice count twice, in a model of their own', () => {
    const model = loadRealModel();
    const once = countByDistrict(model, ALL);
    const twice = {
      ...model,
      records: [...model.records, ...model.records.map((r) => ({ ...r, id: `${r.id}-again` }))],
    };
    const doubled = countByDistrict(twice, ALL);
    for (const slug of Object.keys(once) as DistrictSlug[]) expect(doubled[slug].total).toBe(2 * once[slug].total);
    expect(countByLayer(twice, []).clusters.total).toBe(2 * countByLayer(model, []).clusters.total);
    // The first model's counts are its own still.
    expect(countByDistrict(model, ALL)).toEqual(once);
    expectSame(twice, ['platforms', 'reforms'], ['biomedicine']);
  });
});
