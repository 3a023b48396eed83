import { describe, expect, it } from 'vitest';
import { filteredCounts } from '../../src/domain/filtered';
import { countByDistrict, countByLayer } from '../../src/domain/join';
import { LAYER_IDS, type LayerId } from '../../src/domain/schema';
import { loadRealModel } from './fixtures/real-data';

describe('filteredCounts', () => {
  it('gives the same counts as countByDistrict and countByLayer', () => {
    const model = loadRealModel();
    const layers: LayerId[] = ['clusters', 'funds'];
    const industries = ['tech-finance'];
    const got = filteredCounts(model, layers, industries);
    expect(got.byDistrict).toEqual(countByDistrict(model, { layers, industries }));
    expect(got.byLayer).toEqual(countByLayer(model, industries));
  });

  it('computes once for the same filter arrays, and again when either changes', () => {
    const model = loadRealModel();
    const layers = [...LAYER_IDS];
    const none: string[] = [];
    const first = filteredCounts(model, layers, none);
    expect(filteredCounts(model, layers, none)).toBe(first);
    const picked = ['biomedicine'];
    const narrowed = filteredCounts(model, layers, picked);
    expect(narrowed).not.toBe(first);
    expect(narrowed.byDistrict).toEqual(countByDistrict(model, { layers, industries: picked }));
  });

  it('keeps models apart', () => {
    const a = loadRealModel();
    const b = loadRealModel();
    const layers = [...LAYER_IDS];
    const none: string[] = [];
    expect(filteredCounts(a, layers, none)).not.toBe(filteredCounts(b, layers, none));
  });
});
