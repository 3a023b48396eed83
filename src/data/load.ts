/**
 * The embedded data: every file is bundled at build time (no request at run time) and
 * validated when the app starts, through the same checks as `npm run data:check`.
 */
import borders from '../../geo/borders.geojson?raw';
import china from '../../geo/china.geojson?raw';
import context from '../../geo/context.geojson?raw';
import districts from '../../geo/districts.geojson?raw';
import industries from '../../geo/data/industries.json?raw';
import profiles from '../../geo/data/profiles.json?raw';
import records from '../../geo/data/records.json?raw';
import regions from '../../geo/data/regions.json?raw';
import source from '../../geo/source/shanghai-st-progress-report-2016-section-2.2.zh.txt?raw';
import { DATA_FILES } from '../domain/atlas-data';
import { joinAtlas, type AtlasModel } from '../domain/join';
import { formatIssue, parseJson, validateAtlasData, type DataIssue } from '../domain/validate';

export type LoadResult = { ok: true; model: AtlasModel } | { ok: false; problems: string[] };

/** Parses, validates and joins the embedded files; lists every problem instead of failing silently. */
export function loadEmbeddedData(): LoadResult {
  const issues: DataIssue[] = [];
  const json = (file: string, text: string): unknown => {
    const r = parseJson(file, text);
    if (r.ok) return r.value;
    issues.push(r.issue);
    return undefined;
  };
  const raw = {
    districts: json(DATA_FILES.districts, districts),
    context: json(DATA_FILES.context, context),
    china: json(DATA_FILES.china, china),
    borders: json(DATA_FILES.borders, borders),
    records: json(DATA_FILES.records, records),
    profiles: json(DATA_FILES.profiles, profiles),
    industries: json(DATA_FILES.industries, industries),
    regions: json(DATA_FILES.regions, regions),
    source,
  };
  if (issues.length > 0) return { ok: false, problems: issues.map(formatIssue) };
  const result = validateAtlasData(raw);
  if (!result.ok) return { ok: false, problems: result.issues.map(formatIssue) };
  return { ok: true, model: joinAtlas(result.data) };
}
