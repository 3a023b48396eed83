import { describe, expect, it } from 'vitest';
import { countByDistrict } from '../../src/domain/join';
import { buildIndustryMatrix, shownPart } from '../../src/domain/matrix';
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

  it('sorts districts by their records, as the district list does, and industries by their totals', () => {
    const model = loadRealModel();
    const m = buildIndustryMatrix(model, LAYER_IDS);
    const counts = countByDistrict(model, { layers: LAYER_IDS, industries: [] });
    for (const d of model.districts) expect(m.rowTotals[d.slug], d.slug).toBe(counts[d.slug].total);
    const byList = model.districts
      .slice()
      .sort((a, b) => counts[b.slug].total - counts[a.slug].total || a.adcode - b.adcode)
      .map((d) => d.slug);
    expect(m.districts).toEqual(byList);
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
    const tags = clusters.districts.reduce(
      (n, d) => n + Object.values(clusters.cells[d]).reduce((a, b) => a + b, 0),
      0,
    );
    const expected = model.records
      .filter((r) => r.layer === 'clusters')
      .reduce((n, r) => n + r.industries.length * r.districts.length, 0);
    expect(tags).toBe(expected);
  });
});

describe('the part of the matrix a view shows', () => {
  it('is the whole matrix without a row limit, and says it is no subset', () => {
    const m = buildIndustryMatrix(loadRealModel(), LAYER_IDS);
    expect(shownPart(m)).toEqual({
      districts: m.districts,
      industries: m.industries,
      subset: false,
      of: { districts: 16, industries: 16 },
    });
    expect(shownPart(m, 16).subset).toBe(false);
  });

  it('takes the districts with the most records, and says how many of how many', () => {
    const model = loadRealModel();
    const m = buildIndustryMatrix(model, LAYER_IDS);
    const part = shownPart(m, 8);
    expect(part.subset).toBe(true);
    expect(part.of).toEqual({ districts: model.districts.length, industries: model.industries.length });
    expect(part.districts).toEqual(m.districts.slice(0, 8));
    // No district left out has more records than one shown.
    const least = Math.min(...part.districts.map((d) => m.rowTotals[d]));
    for (const d of m.districts.slice(8)) expect(m.rowTotals[d], d).toBeLessThanOrEqual(least);
  });

  it('keeps exactly the industries with a record in the rows shown, so no column is empty', () => {
    const m = buildIndustryMatrix(loadRealModel(), LAYER_IDS);
    const part = shownPart(m, 8);
    for (const id of m.industries) {
      const inRows = part.districts.some((d) => (m.cells[d][id] ?? 0) > 0);
      expect(part.industries.includes(id), id).toBe(inRows);
    }
    expect(part.industries).toEqual(m.industries.filter((id) => part.industries.includes(id)));
  });

  it("keeps every joint top district in the deck's eight rows", () => {
    const model = loadRealModel();
    const m = buildIndustryMatrix(model, LAYER_IDS);
    const part = shownPart(m, 8);
    const top = Math.max(...model.districts.map((d) => m.rowTotals[d.slug]));
    for (const d of model.districts.filter((x) => m.rowTotals[x.slug] === top))
      expect(part.districts, d.slug).toContain(d.slug);
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
