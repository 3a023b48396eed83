/**
 * The guided tour built from the real data: its order (city, layers, districts with the
 * core zones first, then regional and international cooperation), its ids, the records
 * each step draws on and the quotes its captions show.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasModel, RecordEntry } from '../../src/domain/model';
import { DISTRICT_SLUGS, LAYER_IDS } from '../../src/domain/schema';
import { isQuoteOf, normaliseSource } from '../../src/domain/source';
import { buildTour, type TourStep } from '../../src/domain/tour';
import { DATA_FILES } from '../../src/domain/atlas-data';
import { loadRealModel, readProjectFile } from './fixtures/real-data';

let model: AtlasModel;
let tour: TourStep[];

beforeAll(() => {
  model = loadRealModel();
  tour = buildTour(model);
});

function recordsOf(step: TourStep): RecordEntry[] {
  return step.recordIds.map((id) => {
    const r = model.recordById[id];
    if (!r) throw new Error(`step ${step.id} names unknown record ${id}`);
    return r;
  });
}

/** True when every record with figures comes before every record without. */
function figuresFirst(records: RecordEntry[]): boolean {
  const flags = records.map((r) => r.figures.length > 0);
  const firstWithout = flags.indexOf(false);
  return firstWithout === -1 || flags.slice(firstWithout).every((f) => !f);
}

describe('buildTour on the real model', () => {
  it('starts with the city overview', () => {
    const first = tour[0];
    expect(first?.id).toBe('city');
    expect(first?.focus).toEqual({ type: 'city' });
    const city = model.records.filter((r) => r.scope === 'city').map((r) => r.id);
    expect(first?.recordIds.slice().sort()).toEqual(city.slice().sort());
    expect(figuresFirst(recordsOf(first as TourStep))).toBe(true);
  });

  it('then has one step per layer that has records, in layer order', () => {
    const withRecords = LAYER_IDS.filter((l) => model.records.some((r) => r.layer === l));
    const layerSteps = tour.slice(1, 1 + withRecords.length);
    expect(layerSteps.map((s) => s.focus)).toEqual(withRecords.map((layer) => ({ type: 'layer', layer })));
    expect(layerSteps.map((s) => s.id)).toEqual(withRecords.map((l) => `layer-${l}`));
    for (const s of layerSteps) {
      const records = recordsOf(s);
      const layer = s.focus.type === 'layer' ? s.focus.layer : null;
      expect(records.length, s.id).toBeGreaterThan(0);
      // Every record of the layer, wherever it is: the number the layers panel shows.
      expect(records.map((r) => r.id).sort(), `${s.id} lists all its layer's records`).toEqual(
        model.records
          .filter((r) => r.layer === layer)
          .map((r) => r.id)
          .sort(),
      );
      // Those the map draws (district records) first; within each part, records with figures first.
      const drawn = records.filter((r) => r.scope === 'district');
      expect(records.slice(0, drawn.length), `${s.id}: the drawn records first`).toEqual(drawn);
      expect(figuresFirst(drawn), `${s.id}: drawn records with figures first`).toBe(true);
      expect(figuresFirst(records.slice(drawn.length)), `${s.id}: the others with figures first`).toBe(true);
    }
    // No other step is about a layer.
    expect(tour.filter((s) => s.focus.type === 'layer')).toHaveLength(withRecords.length);
  });

  it('then has all 16 districts, the core zone and the named clusters first, then by how many records', () => {
    const nLayers = tour.filter((s) => s.focus.type === 'layer').length;
    // After the layers comes the district × industry matrix, then the districts.
    expect(tour[1 + nLayers]?.id).toBe('matrix');
    const districtSteps = tour.slice(2 + nLayers, 2 + nLayers + DISTRICT_SLUGS.length);
    expect(districtSteps.every((s) => s.focus.type === 'district')).toBe(true);
    const slugs = districtSteps.map((s) => (s.focus.type === 'district' ? s.focus.district : ''));
    expect(slugs).toHaveLength(16);
    expect(new Set(slugs)).toEqual(new Set(DISTRICT_SLUGS));
    expect(districtSteps.map((s) => s.id)).toEqual(slugs.map((slug) => `district-${slug}`));

    // The core zone, then the districts named among the report's innovation clusters, then the rest.
    const standing = (slug: string) => {
      const p = model.districts.find((d) => d.slug === slug)?.profile;
      return p?.core ? 2 : p?.cluster ? 1 : 0;
    };
    const ranks = slugs.map(standing);
    expect(ranks.filter((r) => r === 2).length, 'the data marks a core zone').toBeGreaterThan(0);
    expect(ranks.filter((r) => r === 1).length, 'the data names innovation clusters').toBeGreaterThan(0);
    expect(ranks, 'core zone, clusters, then the rest').toEqual([...ranks].sort((a, b) => b - a));

    // Within each group: the districts the report says most of first.
    const counts = slugs.map((slug) => model.districts.find((d) => d.slug === slug)?.recordIds.length ?? 0);
    for (let i = 1; i < slugs.length; i++)
      if (ranks[i] === ranks[i - 1])
        expect(counts[i], `${slugs[i]} after ${slugs[i - 1]}`).toBeLessThanOrEqual(counts[i - 1] ?? 0);
  });

  it('ends with the regional and then the international step', () => {
    // city, the layers, the matrix, the 16 districts, then these.
    const tail = tour.slice(2 + tour.filter((s) => s.focus.type === 'layer').length + 16);
    expect(tail.map((s) => s.id)).toEqual(['region', 'international']);
    expect(tail.map((s) => s.focus)).toEqual([
      { type: 'beyond', scope: 'region' },
      { type: 'beyond', scope: 'international' },
    ]);
    for (const s of tail) {
      const scope = s.focus.type === 'beyond' ? s.focus.scope : '';
      const expected = model.records.filter((r) => r.scope === scope).map((r) => r.id);
      expect(s.recordIds.slice().sort(), s.id).toEqual(expected.sort());
      expect(figuresFirst(recordsOf(s)), `${s.id}: records with figures first`).toBe(true);
    }
    expect(tour).toHaveLength(2 + tour.filter((s) => s.focus.type === 'layer').length + 16 + 2);
  });

  it('quotes a passage of the source on every step', () => {
    const source = normaliseSource(readProjectFile(DATA_FILES.source));
    for (const s of tour) expect(isQuoteOf(s.quote, source), `${s.id}: “${s.quote}”`).toBe(true);
  });

  it('gives every step a unique id and only known records', () => {
    const ids = tour.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of tour) for (const id of s.recordIds) expect(model.recordById[id], `${s.id}: ${id}`).toBeDefined();
  });

  it("lists exactly a district's records on its step, those with figures first, otherwise in data order", () => {
    for (const d of model.districts) {
      const step = tour.find((s) => s.id === `district-${d.slug}`);
      expect(step, d.slug).toBeDefined();
      if (!step) continue;
      expect(step.recordIds.slice().sort(), d.slug).toEqual(d.recordIds.slice().sort());
      const mine = d.recordIds.map((id) => model.recordById[id]).filter((r) => r !== undefined);
      const expected = [...mine.filter((r) => r.figures.length > 0), ...mine.filter((r) => r.figures.length === 0)];
      expect(step.recordIds, d.slug).toEqual(expected.map((r) => r.id));
      expect(step.quote, `${d.slug} quotes its profile`).toBe(d.profile.quote);
    }
  });
});
