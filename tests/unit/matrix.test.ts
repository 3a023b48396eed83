import { describe, expect, it } from 'vitest';
import { buildIndustryMatrix } from '../../src/domain/matrix';
import { LAYER_IDS } from '../../src/domain/schema';
import { readableOn } from '../../src/map/palette';
import { loadRealModel } from './fixtures/real-data';

describe('the district × industry matrix', () => {
  it('counts, in each cell, the records of the district tagged with the industry', () => {
    const model = loadRealModel();
    const m = buildIndustryMatrix(model, LAYER_IDS);
    for (const d of model.districts)
      for (const i of model.industries) {
        const expected = d.recordIds.filter((id) => model.recordById[id]?.industries.includes(i.id)).length;
        expect(m.cells[d.slug][i.id] ?? 0, `${d.slug} × ${i.id}`).toBe(expected);
      }
  });

  it('sorts districts and industries by their totals, largest first', () => {
    const m = buildIndustryMatrix(loadRealModel(), LAYER_IDS);
    const rows = m.districts.map((d) => m.rowTotals[d]);
    const cols = m.industries.map((i) => m.columnTotals[i] ?? 0);
    expect(rows).toEqual([...rows].sort((a, b) => b - a));
    expect(cols).toEqual([...cols].sort((a, b) => b - a));
    expect(m.districts).toHaveLength(16);
    expect(m.industries).toHaveLength(16);
    expect(m.max).toBe(Math.max(...m.districts.flatMap((d) => Object.values(m.cells[d]))));
  });

  it('follows the visible layers', () => {
    const model = loadRealModel();
    const none = buildIndustryMatrix(model, []);
    expect(none.max).toBe(0);
    const clusters = buildIndustryMatrix(model, ['clusters']);
    const total = Object.values(clusters.rowTotals).reduce((a, b) => a + b, 0);
    const expected = model.records
      .filter((r) => r.layer === 'clusters')
      .reduce((n, r) => n + r.industries.length * r.districts.length, 0);
    expect(total).toBe(expected);
  });
});

describe('readableOn', () => {
  it('puts white text on dark backgrounds and dark text on light ones', () => {
    expect(readableOn('#253494')).toBe('#ffffff');
    expect(readableOn('#000000')).toBe('#ffffff');
    expect(readableOn('#c7e9b4')).toBe('#0b1220');
    expect(readableOn('#ffffff')).toBe('#0b1220');
  });
});
