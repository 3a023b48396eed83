/**
 * The records people take away, as files: CSV (UTF-8 with a BOM, so Excel opens Chinese
 * correctly; headers and words in the interface language, ids in columns of their own)
 * and GeoJSON (every record: district records at the point the map draws them, regional
 * and international ones at the centres of the places they name, city-wide ones with no
 * geometry, and the file says so). Pure: the UI only turns the text into a download.
 * It lives with the interface, not the domain, because it speaks the interface's words.
 */
import { EXPORT_MENU } from '../../i18n/export-strings';
import { STRINGS } from '../../i18n/strings';
import { LANGUAGES, type Lang } from '../../vocabulary';
import { formatFigure } from '../../domain/format';
import { beginsLikeFormula } from '../../domain/formula-text';
import type { AtlasModel, RecordEntry, RecordFilter } from '../../domain/model';
import { recordMatches } from '../../domain/join';
import type { DistrictSlug } from '../../domain/schema';
import type { Summaries } from '../../data/summaries';

/** The records a filter shows, in data order: district records on visible layers, and the rest too. */
export function recordsInFilter(model: AtlasModel, filter: RecordFilter): RecordEntry[] {
  return model.records.filter((r) => recordMatches(r, filter));
}

/**
 * What an export holds: with a district selected, that district's records in the filter
 * (as its panel lists them); otherwise every record in the filter.
 */
export function exportRecords(model: AtlasModel, filter: RecordFilter, district: DistrictSlug | null): RecordEntry[] {
  const records = recordsInFilter(model, filter);
  return district ? records.filter((r) => r.districts.includes(district)) : records;
}

/** The CSV's columns, in order; their headers are EXPORT_MENU[lang].csvColumns. */
export const CSV_COLUMNS = [
  'id',
  'scope',
  'scope_id',
  'districts',
  'district_ids',
  'regions',
  'region_ids',
  'kind',
  'kind_id',
  'layer',
  'layer_id',
  'name_zh',
  'name_en',
  'summary_zh',
  'summary_en',
  'industries',
  'industry_ids',
  'figures_zh',
  'figures_en',
  'precision',
  'precision_id',
  'lng',
  'lat',
  'quote',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * One CSV cell. Text that a spreadsheet would run as a formula gets a leading apostrophe
 * and is quoted (OWASP's advice against CSV injection). The workbook import refuses
 * such text; this keeps an export safe whatever the data holds. Numbers stay numbers:
 * a negative coordinate is not a formula.
 */
export function csvCell(v: string | number): string {
  const s = typeof v === 'string' && beginsLikeFormula(v) ? `'${v}` : String(v);
  return s !== String(v) || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark and CRLF line ends, safe to open in a
 * spreadsheet (see csvCell); headers and words in `lang`.
 */
export function recordsCsv(
  model: AtlasModel,
  summaries: Summaries,
  records: readonly RecordEntry[],
  lang: Lang,
): string {
  const t = STRINGS[lang];
  const sep = LANGUAGES[lang].itemSeparator;
  const placed = new Map(model.placed.map((p) => [p.id, p]));
  const rows = records.map((r) => {
    const p = placed.get(r.id);
    const values: Record<CsvColumn, string | number> = {
      id: r.id,
      scope: t.scope[r.scope],
      scope_id: r.scope,
      districts: r.districts.map((d) => model.districtBySlug[d].name[lang]).join(sep),
      district_ids: r.districts.join(';'),
      regions: r.regions.map((id) => model.regionById[id]?.name[lang] ?? id).join(sep),
      region_ids: r.regions.join(';'),
      kind: t.kindNames[r.kind],
      kind_id: r.kind,
      layer: t.layerNames[r.layer],
      layer_id: r.layer,
      name_zh: r.name.zh,
      name_en: r.name.en,
      summary_zh: summaries.get(r.id)?.zh ?? '',
      summary_en: summaries.get(r.id)?.en ?? '',
      industries: r.industries.map((i) => model.industryById[i]?.label[lang] ?? i).join(sep),
      industry_ids: r.industries.join(';'),
      figures_zh: r.figures.map((f) => `${f.measure.zh}：${formatFigure(f, 'zh')}`).join('；'),
      figures_en: r.figures.map((f) => `${f.measure.en}: ${formatFigure(f, 'en')}`).join('; '),
      precision: p ? t.precision[p.precision] : '',
      precision_id: p?.precision ?? '',
      lng: p ? Number(p.lng.toFixed(5)) : '',
      lat: p ? Number(p.lat.toFixed(5)) : '',
      quote: r.quote,
    };
    return CSV_COLUMNS.map((c) => csvCell(values[c])).join(',');
  });
  const header = CSV_COLUMNS.map((c) => csvCell(EXPORT_MENU[lang].csvColumns[c])).join(',');
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

type Position = [number, number];
type Geometry = { type: 'Point'; coordinates: Position } | { type: 'MultiPoint'; coordinates: Position[] } | null;

const round5 = (n: number) => Number(n.toFixed(5));

/** Where a record is in the GeoJSON, and how precisely; null geometry when it has no place. */
function geometryOf(
  model: AtlasModel,
  r: RecordEntry,
  placed: ReadonlyMap<string, AtlasModel['placed'][number]>,
): { geometry: Geometry; precision: string | null } {
  const p = placed.get(r.id);
  if (p) return { geometry: { type: 'Point', coordinates: [round5(p.lng), round5(p.lat)] }, precision: p.precision };
  const points = r.regions.flatMap((id): Position[] => {
    const g = model.regionById[id];
    return g && g.lng !== null && g.lat !== null ? [[round5(g.lng), round5(g.lat)]] : [];
  });
  const [only] = points;
  if (points.length === 0 || !only) return { geometry: null, precision: null };
  // Places are drawn at approximate centres, as the regional view draws them.
  const geometry: Geometry =
    points.length === 1 ? { type: 'Point', coordinates: only } : { type: 'MultiPoint', coordinates: points };
  return { geometry, precision: 'approximate' };
}

/**
 * A FeatureCollection with a feature for every record given, in order. A foreign member
 * `atlas` says what the geometries mean and how many records have none.
 */
export function recordsGeoJSON(model: AtlasModel, records: readonly RecordEntry[]): string {
  const placed = new Map(model.placed.map((p) => [p.id, p]));
  const features = records.map((r) => {
    const { geometry, precision } = geometryOf(model, r, placed);
    return {
      type: 'Feature' as const,
      id: r.id,
      properties: {
        id: r.id,
        scope: r.scope,
        districts: r.districts,
        regions: r.regions,
        kind: r.kind,
        layer: r.layer,
        name_zh: r.name.zh,
        name_en: r.name.en,
        industries: r.industries,
        precision,
        quote: r.quote,
      },
      geometry,
    };
  });
  const atlas = {
    records: features.length,
    withoutGeometry: features.filter((f) => f.geometry === null).map((f) => f.id),
    notes: { zh: EXPORT_MENU.zh.geojsonNote, en: EXPORT_MENU.en.geojsonNote },
  };
  return `${JSON.stringify({ type: 'FeatureCollection', atlas, features }, null, 1)}\n`;
}
