/**
 * The records in the current filter as files people take away: CSV (UTF-8 with a BOM,
 * so Excel opens Chinese correctly) and GeoJSON (the drawn point of each district
 * record, with its precision). Pure: the UI only turns the text into a download.
 */
import type { AtlasModel, RecordFilter } from './join';
import { recordMatches } from './join';
import type { InitiativeRecord } from './schema';
import { formatFigure } from './format';

/** The records a filter shows, in data order: district records on visible layers, and the rest too. */
export function recordsInFilter(model: AtlasModel, filter: RecordFilter): InitiativeRecord[] {
  return model.records.filter((r) => recordMatches(r, filter));
}

const CSV_COLUMNS = [
  'id',
  'scope',
  'districts',
  'regions',
  'kind',
  'layer',
  'name_zh',
  'name_en',
  'summary_zh',
  'summary_en',
  'industries',
  'figures_zh',
  'figures_en',
  'precision',
  'lng',
  'lat',
  'quote',
] as const;

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark and CRLF line ends. */
export function recordsCsv(model: AtlasModel, records: readonly InitiativeRecord[]): string {
  const placed = new Map(model.placed.map((p) => [p.id, p]));
  const rows = records.map((r) => {
    const p = placed.get(r.id);
    const values: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      id: r.id,
      scope: r.scope,
      districts: r.districts.join(';'),
      regions: r.regions.join(';'),
      kind: r.kind,
      layer: r.layer,
      name_zh: r.name.zh,
      name_en: r.name.en,
      summary_zh: r.summary.zh,
      summary_en: r.summary.en,
      industries: r.industries.join(';'),
      figures_zh: r.figures.map((f) => `${f.measure.zh}：${formatFigure(f, 'zh')}`).join('；'),
      figures_en: r.figures.map((f) => `${f.measure.en}: ${formatFigure(f, 'en')}`).join('; '),
      precision: p?.precision ?? '',
      lng: p ? Number(p.lng.toFixed(5)) : '',
      lat: p ? Number(p.lat.toFixed(5)) : '',
      quote: r.quote,
    };
    return CSV_COLUMNS.map((c) => csvCell(values[c])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** A FeatureCollection of the records that have a place on the map, at the point the map draws them. */
export function recordsGeoJSON(model: AtlasModel, records: readonly InitiativeRecord[]): string {
  const placed = new Map(model.placed.map((p) => [p.id, p]));
  const features = records.flatMap((r) => {
    const p = placed.get(r.id);
    if (!p) return [];
    return [
      {
        type: 'Feature' as const,
        id: r.id,
        properties: {
          id: r.id,
          district: p.district,
          kind: r.kind,
          layer: r.layer,
          name_zh: r.name.zh,
          name_en: r.name.en,
          industries: r.industries,
          precision: p.precision,
          quote: r.quote,
        },
        geometry: { type: 'Point' as const, coordinates: [Number(p.lng.toFixed(5)), Number(p.lat.toFixed(5))] },
      },
    ];
  });
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 1)}\n`;
}
