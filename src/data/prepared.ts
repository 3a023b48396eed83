/**
 * The model as the build prepares it: validated, joined and placed in Node (where
 * `npm run data:check` already runs the same checks), then shipped as plain JSON. The
 * browser only decodes the boundaries and rebuilds what is cheaper to derive than to ship
 * (the indexes, the region links). It carries no schema library and no source text, and
 * of geometry only topojson-client's decoder.
 *
 * Placed points travel as columns (one array per field), which is compact and quick to
 * read at any data size. The boundaries (districts, the land around, the borders) travel
 * as one topology (data/shapes.ts). The browser still refuses a prepared file that is not whole —
 * a wrong format or version, columns of different lengths, a record or district that
 * is not there — and says what is wrong, file and place, instead of drawing a broken map.
 */
import type { ModelBounds } from '../domain/model';
import type { CountClass } from '../domain/classes';
import { recordIdsOf, withIndexes } from '../domain/join.ts';
import { buildRegionLinks } from '../domain/links.ts';
import type { AtlasModel, DistrictView, PlacedRecord, RecordEntry } from '../domain/model.ts';
import { DISTRICT_SLUGS, LAYER_IDS } from '../vocabulary.ts';
import type { GeometryCollection } from 'topojson-specification';
import type {
  AreaGeometry,
  BordersFile,
  ContextFile,
  DistrictSlug,
  Industry,
  Precision,
  Region,
} from '../domain/schema';
import { featuresOf, topologyProblems, type Shapes } from './shapes.ts';

export const PREPARED_FORMAT = 'shanghai-innovation-atlas/prepared-model';
export const PREPARED_VERSION = 5;

/** Where the prepared model comes from, for error messages. */
export const PREPARED_FILE = 'virtual:atlas-model (prepared from geo/ at build time)';

export const SUMMARIES_FORMAT = 'shanghai-innovation-atlas/record-summaries';

/** The records' summaries (data/summaries.ts): one column per field, in the order of the model's records. */
export interface SummaryColumns {
  format: typeof SUMMARIES_FORMAT;
  id: string[];
  zh: string[];
  en: string[];
}

/** Where the summaries are: inside the model already, or files to fetch (one, or a large dataset's several). */
export type SummarySource = { inline: unknown } | { files: string[] };

export const PRECISIONS: readonly Precision[] = ['site', 'approximate', 'district'];

/** The placed records, one array per field; `record`, `district`, `layer` and `precision` are indexes into their lists. */
export interface PlacedColumns {
  record: number[];
  district: number[];
  layer: number[];
  precision: number[];
  lng: number[];
  lat: number[];
}

/** A district without its outline, which travels in the topology, nor its records' ids, which the records give. */
export type PreparedDistrict = Omit<DistrictView, 'geometry' | 'recordIds'>;

/** The topology's collections: the districts' outlines in the order of `districts`, the land around, the borders. */
export const SHAPES = { districts: 'districts', context: 'context', borders: 'borders' } as const;

export interface PreparedModel {
  format: typeof PREPARED_FORMAT;
  version: typeof PREPARED_VERSION;
  districts: PreparedDistrict[];
  /** The records without their summaries, which are `summaries` or a file of their own (data/summaries.ts). */
  records: RecordEntry[];
  /** Only where the model is embedded (the single file, `vite` dev); a build ships them as `summaryFiles`. */
  summaries?: SummaryColumns;
  placed: PlacedColumns;
  industries: Industry[];
  regions: Region[];
  shapes: Shapes;
  bounds: ModelBounds;
  classes: CountClass[];
}

export type ModelResult = { ok: true; model: AtlasModel; summaries: SummarySource } | { ok: false; problems: string[] };

const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

/** What is wrong with a prepared model's shape, in words; empty when it is whole. */
export function preparedProblems(raw: unknown): string[] {
  const at = (path: string, reason: string) => `${PREPARED_FILE} ${path}: ${reason}`;
  if (typeof raw !== 'object' || raw === null) return [at('', 'is not an object')];
  const p = raw as Partial<PreparedModel>;
  if (p.format !== PREPARED_FORMAT) return [at('format', `is "${String(p.format)}", expected "${PREPARED_FORMAT}"`)];
  if (p.version !== PREPARED_VERSION)
    return [at('version', `is ${String(p.version)}, this app reads version ${PREPARED_VERSION}`)];
  const problems: string[] = [];
  for (const key of ['districts', 'records', 'industries', 'regions', 'classes'] as const)
    if (!isArray(p[key])) problems.push(at(key, 'is missing or not a list'));
  for (const problem of topologyProblems(p.shapes, Object.values(SHAPES))) problems.push(at('shapes', problem));
  if (!p.bounds?.city || !p.bounds.district) problems.push(at('bounds', 'is missing'));
  const cols = p.placed;
  const fields = ['record', 'district', 'layer', 'precision', 'lng', 'lat'] as const;
  if (!cols || fields.some((f) => !isArray(cols[f])))
    problems.push(at('placed', 'needs the columns ' + fields.join(', ')));
  if (problems.length > 0) return problems;

  const districts = p.districts as PreparedDistrict[];
  const slugs = districts.map((d) => d.slug);
  const missing = DISTRICT_SLUGS.filter((s) => !slugs.includes(s));
  if (districts.length !== DISTRICT_SLUGS.length || missing.length > 0)
    problems.push(at('districts', `has ${districts.length} districts; missing ${missing.join(', ') || 'none'}`));
  const outlines = (p.shapes as Shapes).objects[SHAPES.districts] as GeometryCollection;
  if (outlines.geometries.length !== districts.length)
    problems.push(
      at(
        `shapes.objects.${SHAPES.districts}`,
        `has ${outlines.geometries.length} outlines for ${districts.length} districts`,
      ),
    );
  const records = p.records as RecordEntry[];
  const ids = new Set<string>();
  records.forEach((r, i) => {
    if (typeof r?.id !== 'string') problems.push(at(`records[${i}]`, 'has no id'));
    else if (ids.has(r.id)) problems.push(at(`records[${i}]`, `repeats the id "${r.id}"`));
    else ids.add(r.id);
  });
  const c = cols as PlacedColumns;
  const n = c.record.length;
  for (const f of fields)
    if (c[f].length !== n) problems.push(at(`placed.${f}`, `has ${c[f].length} values for ${n} placed records`));
  if (problems.length > 0) return problems;
  for (let i = 0; i < n; i++) {
    const where = `placed[${i}]`;
    if (records[c.record[i] as number] === undefined)
      problems.push(at(`${where}.record`, `${c.record[i]} is no record (${records.length} records)`));
    if (!(DISTRICT_SLUGS[c.district[i] as number] !== undefined))
      problems.push(at(`${where}.district`, `${c.district[i]} is no district`));
    if (LAYER_IDS[c.layer[i] as number] === undefined) problems.push(at(`${where}.layer`, `${c.layer[i]} is no layer`));
    if (PRECISIONS[c.precision[i] as number] === undefined)
      problems.push(at(`${where}.precision`, `${c.precision[i]} is no precision`));
    if (!Number.isFinite(c.lng[i]) || !Number.isFinite(c.lat[i]))
      problems.push(at(where, `has no coordinates (${c.lng[i]}, ${c.lat[i]})`));
    // A broken file gives one message per field, not one per record.
    if (problems.length > 20) return [...problems, at('placed', 'and more')];
  }
  return problems;
}

/**
 * The browser's model from a prepared one, and where its summaries are (inside it, or
 * `summaryFiles`); every problem listed when it is not whole.
 */
export function modelFromPrepared(raw: unknown, summaryFiles?: string[]): ModelResult {
  const problems = preparedProblems(raw);
  if (problems.length > 0) return { ok: false, problems };
  const stages = modelStages(raw as PreparedModel, summaryFiles);
  let step = stages.next();
  while (!step.done) step = stages.next();
  return step.value;
}

/**
 * The model of a prepared one that preparedProblems has found whole, in stages, each a yield:
 * a caller may let the page breathe between them (data/load.ts does for a large dataset,
 * whose stages each take tens of ms per 100,000 records); modelFromPrepared runs them at once.
 */
export function* modelStages(p: PreparedModel, summaryFiles?: string[]): Generator<void, ModelResult> {
  const summaries: SummarySource | null =
    summaryFiles !== undefined ? { files: summaryFiles } : p.summaries ? { inline: p.summaries } : null;
  if (!summaries)
    return { ok: false, problems: [`${PREPARED_FILE} summaries: is missing, and no summaryFiles are given`] };
  let outlines: AreaGeometry[];
  let contextGeo: ContextFile;
  let bordersGeo: BordersFile;
  try {
    outlines = featuresOf(p.shapes, SHAPES.districts).map((f) => f.geometry as AreaGeometry);
    contextGeo = { type: 'FeatureCollection', features: featuresOf(p.shapes, SHAPES.context) } as ContextFile;
    bordersGeo = { type: 'FeatureCollection', features: featuresOf(p.shapes, SHAPES.borders) } as BordersFile;
  } catch (e) {
    return { ok: false, problems: [`${PREPARED_FILE} shapes: cannot be read: ${String(e)}`] };
  }
  const districts: DistrictView[] = p.districts.map((d, i) => ({
    ...d,
    geometry: outlines[i] as AreaGeometry,
    recordIds: recordIdsOf(p.records, d.slug),
  }));
  const c = p.placed;
  const placed: PlacedRecord[] = c.record.map((r, i) => ({
    id: (p.records[r] as RecordEntry).id,
    district: DISTRICT_SLUGS[c.district[i] as number] as DistrictSlug,
    layer: LAYER_IDS[c.layer[i] as number] as PlacedRecord['layer'],
    precision: PRECISIONS[c.precision[i] as number] as Precision,
    lng: c.lng[i] as number,
    lat: c.lat[i] as number,
  }));
  yield;
  const indexed = withIndexes({
    districts,
    records: p.records,
    placed,
    industries: p.industries,
    regions: p.regions,
    contextGeo,
    bordersGeo,
    bounds: p.bounds,
    classes: p.classes,
  });
  yield;
  // The links are the records' regions drawn from Shanghai: cheaper to draw again than to ship.
  return { ok: true, model: { ...indexed, regionLinks: buildRegionLinks(indexed) }, summaries };
}
