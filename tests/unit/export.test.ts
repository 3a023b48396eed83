import { describe, expect, it } from 'vitest';
import { recordsCsv, recordsGeoJSON, recordsInFilter } from '../../src/domain/export';
import { LAYER_IDS } from '../../src/domain/schema';
import { loadRealModel } from './fixtures/real-data';

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and a header, one CRLF row per record', () => {
    const model = loadRealModel();
    const records = recordsInFilter(model, { layers: LAYER_IDS, industries: [] });
    const csv = recordsCsv(model, records);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith('id,scope,districts,')).toBe(true);
    // Quoted cells never contain a bare CRLF here, so rows can be counted by line ends.
    expect(csv.split('\r\n').length - 2).toBe(records.length);
  });

  it('quotes cells with commas or quotes, doubling the quotes', () => {
    const model = loadRealModel();
    const r = structuredClone(model.records[0]);
    if (!r) throw new Error('no record');
    r.name.en = 'A "quoted", name';
    const line = recordsCsv(model, [r]).split('\r\n')[1] ?? '';
    expect(line).toContain('"A ""quoted"", name"');
  });

  it('keeps figures in the units of the source in Chinese and in words in English', () => {
    const model = loadRealModel();
    const fund = model.records.find((r) => r.figures.some((f) => f.unit === '亿元' && f.value === 10));
    if (!fund) throw new Error('the data has no 10亿元 figure');
    const csv = recordsCsv(model, [fund]);
    expect(csv).toContain('10亿元');
    expect(csv).toContain('CNY 1 billion');
  });
});

describe('GeoJSON export', () => {
  it('has a point for each record drawn on the map, where the map draws it, and none for city-wide ones', () => {
    const model = loadRealModel();
    const records = recordsInFilter(model, { layers: LAYER_IDS, industries: [] });
    const fc = JSON.parse(recordsGeoJSON(model, records)) as {
      features: { id: string; geometry: { coordinates: [number, number] } }[];
    };
    expect(fc.features).toHaveLength(model.placed.length);
    for (const f of fc.features) {
      const p = model.placed.find((x) => x.id === f.id);
      expect(p).toBeDefined();
      expect(f.geometry.coordinates[0]).toBeCloseTo(p?.lng ?? NaN, 5);
      expect(f.geometry.coordinates[1]).toBeCloseTo(p?.lat ?? NaN, 5);
    }
    expect(fc.features.some((f) => model.recordById[f.id]?.scope !== 'district')).toBe(false);
  });
});
