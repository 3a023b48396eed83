import { describe, expect, it } from 'vitest';
import { modelFromPrepared, PREPARED_FILE, PREPARED_VERSION } from '../../src/data/prepared';
import { prepareModel } from '../../tools/prepare-model';
import { countByDistrict } from '../../src/domain/join';
import type { DistrictView } from '../../src/domain/model';
import type { AreaGeometry } from '../../src/domain/schema';
import { LAYER_IDS } from '../../src/vocabulary';
import { summariesFrom } from '../../src/data/summaries';
import { loadRealModel } from './fixtures/real-data';

/** A ring as a cycle: the same points in the same order, from whichever point it starts. */
function ringKey(ring: number[][]): string {
  const points = ring.slice(0, -1).map((p) => p.join(','));
  const first = points.indexOf([...points].sort()[0] ?? '');
  return [...points.slice(first), ...points.slice(0, first)].join(' ');
}
/** An outline as its rings' cycles, holes after their polygon's shell. */
function shapeKey(g: AreaGeometry): string[][] {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.map((rings) => rings.map(ringKey));
}

/** The prepared model as it travels: through JSON. */
function shipped() {
  return JSON.parse(JSON.stringify(prepareModel(loadRealModel()))) as ReturnType<typeof prepareModel>;
}

describe('the prepared model', () => {
  it('gives the browser the same join as the data check builds: districts, records, placed points, links, counts', () => {
    const joined = loadRealModel();
    const result = modelFromPrepared(shipped());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const m = result.model;
    // Every outline comes back point for point; a ring may start at another of its points (shapes.ts).
    const withoutOutline = ({ geometry, ...d }: DistrictView) => d;
    expect(m.districts.map(withoutOutline)).toEqual(joined.districts.map(withoutOutline));
    expect(m.districts.map((d) => shapeKey(d.geometry))).toEqual(joined.districts.map((d) => shapeKey(d.geometry)));
    expect(m.contextGeo.features.map((f) => [f.properties, shapeKey(f.geometry)])).toEqual(
      joined.contextGeo.features.map((f) => [f.properties, shapeKey(f.geometry)]),
    );
    expect(m.bordersGeo).toEqual(joined.bordersGeo);
    expect(m.records).toEqual(joined.records.map(({ summary, ...r }) => r));
    // The summaries come apart from the records, and back whole (data/summaries.ts).
    const ids = m.records.map((r) => r.id);
    expect(result.summaries).toHaveProperty('inline');
    const summaries = 'inline' in result.summaries ? summariesFrom(result.summaries.inline, ids, 'summaries') : null;
    if (!summaries?.ok) throw new Error('the summaries did not come back');
    expect([...summaries.summaries]).toEqual(joined.records.map((r) => [r.id, r.summary]));
    expect(m.placed).toEqual(joined.placed);
    expect(m.regionLinks).toEqual(joined.regionLinks);
    expect(m.bounds).toEqual(joined.bounds);
    expect(m.classes).toEqual(joined.classes);
    expect(m.beyondDistricts.map((r) => r.id)).toEqual(joined.beyondDistricts.map((r) => r.id));
    expect(Object.keys(m.recordById).sort()).toEqual(Object.keys(joined.recordById).sort());
    for (const layers of [LAYER_IDS, ['funds'] as const])
      expect(countByDistrict(m, { layers, industries: [] })).toEqual(
        countByDistrict(joined, { layers, industries: [] }),
      );
  });

  it('leaves China’s other provinces out (a chunk of their own) but keeps the borders around Shanghai', () => {
    const p = shipped();
    // Anhui (340000) is one of China's other provinces: not in the start-up model.
    expect(JSON.stringify(p)).not.toContain('"adcode":340000');
    const result = modelFromPrepared(p);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(new Set(result.model.bordersGeo.features.map((f) => f.properties.level))).toEqual(
      new Set(['shanghai', 'province', 'city']),
    );
  });

  it('refuses a model of another format or version, saying which', () => {
    expect(modelFromPrepared({ ...shipped(), version: 99 })).toEqual({
      ok: false,
      problems: [`${PREPARED_FILE} version: is 99, this app reads version ${PREPARED_VERSION}`],
    });
    const r = modelFromPrepared(null);
    expect(r.ok).toBe(false);
  });

  it('refuses a corrupt model with every problem named by place, instead of drawing a broken map', () => {
    const p = shipped();
    p.placed.lng.pop();
    p.districts = p.districts.filter((d) => d.slug !== 'pudong');
    const r = modelFromPrepared(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContain(`${PREPARED_FILE} districts: has 15 districts; missing pudong`);
    expect(r.problems.some((x) => x.includes('placed.lng: has') && x.includes('values for'))).toBe(true);
  });

  it('refuses a point that names no record, and one with no coordinates', () => {
    const p = shipped();
    p.placed.record[0] = p.records.length;
    p.placed.lat[1] = Number.NaN;
    const r = modelFromPrepared(JSON.parse(JSON.stringify(p)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContain(
      `${PREPARED_FILE} placed[0].record: ${p.records.length} is no record (${p.records.length} records)`,
    );
    expect(r.problems.some((x) => x.startsWith(`${PREPARED_FILE} placed[1]: has no coordinates`))).toBe(true);
  });
});
