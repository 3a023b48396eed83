/**
 * Validates every data file against its schema and against each other: ids, district
 * references, points inside their districts, quotes in the source, figures in their
 * quotes, the industry vocabulary, and both languages. Pure: the data:check CLI, the
 * app's loader and the tests all call it, and it never drops a record silently — it
 * either returns the data whole or lists every problem it found.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { parseTree, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { DATA_FILES, type AtlasData, type DataFileKey } from './atlas-data';
import {
  BordersFile,
  ChinaFile,
  ContextFile,
  DISTRICT_SLUGS,
  DistrictsFile,
  IndustriesFile,
  ProfilesFile,
  RecordsFile,
  RegionsFile,
  type Bilingual,
  type DistrictFeature,
  type DistrictProfile,
} from './schema';
import { figureText, isQuoteOf, normaliseSource } from './source';

/** One problem: the file, the place inside it, and why. */
export interface DataIssue {
  file: string;
  /** JSON path inside the file, e.g. `[12].name.en`; empty for the file as a whole. */
  path: string;
  reason: string;
}

export type ValidationResult = { ok: true; data: AtlasData } | { ok: false; issues: DataIssue[] };

/** `geo/data/records.json [12].name.en: must not be empty` */
export function formatIssue(i: DataIssue): string {
  return `${i.file}${i.path ? ` ${i.path}` : ''}: ${i.reason}`;
}

/** Parses JSON text, reporting a syntax error with its line and column instead of throwing. */
export function parseJson(file: string, text: string): { ok: true; value: unknown } | { ok: false; issue: DataIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // JSON.parse does not always say where; a tolerant parser finds the first error's offset.
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    let where = '';
    if (first) {
      const before = text.slice(0, first.offset);
      const line = before.split('\n').length;
      const column = first.offset - before.lastIndexOf('\n');
      where = `line ${line}, column ${column}`;
    }
    return { ok: false, issue: { file, path: where, reason: `invalid JSON: ${message}` } };
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function parseWith<T>(schema: z.ZodType<T>, key: DataFileKey, value: unknown, issues: DataIssue[]): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const i of r.error.issues) issues.push({ file: DATA_FILES[key], path: pathOf(i.path), reason: i.message });
  return undefined;
}

const HAN = /\p{Script=Han}/u;

function checkLanguages(text: Bilingual, file: string, path: string, issues: DataIssue[]): void {
  if (!HAN.test(text.zh))
    issues.push({ file, path: `${path}.zh`, reason: 'the Chinese text has no Chinese characters' });
  if (HAN.test(text.en))
    issues.push({ file, path: `${path}.en`, reason: `the English text contains Chinese characters: "${text.en}"` });
}

function duplicates(ids: string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, i) => seen.set(id, [...(seen.get(id) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

/** How the source titles the core zone: 核心区 right before the place's name (核心区张江科学城). */
export const CORE_ZONE = '核心区';

/**
 * A profile names its cluster as its quote does, and is a core zone only where the quote
 * calls that place the 核心区. "科技创新核心区空间发展格局" (a district's own core area)
 * is not the title: the place's name must follow 核心区 directly.
 */
export function checkCoreZone(p: DistrictProfile, at: string): DataIssue[] {
  const file = DATA_FILES.profiles;
  const issues: DataIssue[] = [];
  if (p.cluster && !p.quote.includes(p.cluster.zh))
    issues.push({
      file,
      path: `${at}.cluster.zh`,
      reason: `cluster "${p.cluster.zh}" of "${p.district}" is not named in its quote`,
    });
  if (p.core && !(p.cluster && p.quote.includes(`${CORE_ZONE}${p.cluster.zh}`)))
    issues.push({
      file,
      path: `${at}.core`,
      reason: `"${p.district}" is marked core, but its quote does not call a place ${CORE_ZONE} (core zone): it needs "${CORE_ZONE}" right before its cluster's name`,
    });
  return issues;
}

/** Raw file contents (already JSON-parsed) plus the source text. */
export type RawAtlasData = { [K in Exclude<DataFileKey, 'source'>]: unknown } & { source: string };

/** Validates everything; returns the typed data only when there is no issue at all. */
export function validateAtlasData(raw: RawAtlasData): ValidationResult {
  const issues: DataIssue[] = [];
  const districts = parseWith(DistrictsFile, 'districts', raw.districts, issues);
  const context = parseWith(ContextFile, 'context', raw.context, issues);
  const china = parseWith(ChinaFile, 'china', raw.china, issues);
  const borders = parseWith(BordersFile, 'borders', raw.borders, issues);
  const records = parseWith(RecordsFile, 'records', raw.records, issues);
  const profiles = parseWith(ProfilesFile, 'profiles', raw.profiles, issues);
  const industries = parseWith(IndustriesFile, 'industries', raw.industries, issues);
  const regions = parseWith(RegionsFile, 'regions', raw.regions, issues);
  if (!districts || !context || !china || !borders || !records || !profiles || !industries || !regions)
    return { ok: false, issues };

  const F = DATA_FILES;
  const source = normaliseSource(raw.source);

  // Boundaries: each of the 16 districts exactly once, with a unique feature id.
  const bySlug = new Map<string, DistrictFeature>();
  districts.features.forEach((f, i) => {
    if (bySlug.has(f.properties.slug))
      issues.push({
        file: F.districts,
        path: `features[${i}].properties.slug`,
        reason: `duplicate district "${f.properties.slug}"`,
      });
    bySlug.set(f.properties.slug, f);
    if (!booleanPointInPolygon([f.properties.label_lng, f.properties.label_lat], f.geometry))
      issues.push({
        file: F.districts,
        path: `features[${i}].properties.label_lng`,
        reason: 'label point lies outside the district',
      });
  });
  for (const [id, at] of duplicates(districts.features.map((f) => String(f.id))))
    issues.push({ file: F.districts, path: `features[${at[1]}].id`, reason: `duplicate feature id ${id}` });
  for (const slug of DISTRICT_SLUGS)
    if (!bySlug.has(slug))
      issues.push({ file: F.districts, path: 'features', reason: `district "${slug}" is missing` });

  // Vocabularies.
  const industryIds = new Set(industries.map((x) => x.id));
  const regionIds = new Set(regions.map((x) => x.id));
  for (const [id, at] of duplicates(industries.map((x) => x.id)))
    issues.push({ file: F.industries, path: `[${at[1]}].id`, reason: `duplicate industry id "${id}"` });
  for (const [id, at] of duplicates(regions.map((x) => x.id)))
    issues.push({ file: F.regions, path: `[${at[1]}].id`, reason: `duplicate region id "${id}"` });
  industries.forEach((x, i) => checkLanguages(x.label, F.industries, `[${i}].label`, issues));
  regions.forEach((x, i) => checkLanguages(x.name, F.regions, `[${i}].name`, issues));

  // Records.
  for (const [id, at] of duplicates(records.map((r) => r.id)))
    issues.push({ file: F.records, path: `[${at[1]}].id`, reason: `duplicate id "${id}" (also at [${at[0]}])` });
  const usedIndustries = new Set<string>();
  const recordsPerDistrict = new Map<string, number>();
  records.forEach((r, i) => {
    const at = `[${i}]`;
    checkLanguages(r.name, F.records, `${at}.name`, issues);
    checkLanguages(r.summary, F.records, `${at}.summary`, issues);
    if (!isQuoteOf(r.quote, source))
      issues.push({
        file: F.records,
        path: `${at}.quote`,
        reason: `quote of "${r.id}" is not in the source text: "${r.quote}"`,
      });
    r.figures.forEach((fig, j) => {
      const text = figureText(fig.value, fig.unit);
      if (!r.quote.includes(text))
        issues.push({
          file: F.records,
          path: `${at}.figures[${j}]`,
          reason: `figure ${text} of "${r.id}" does not appear in its quote`,
        });
      if (fig.yoy !== undefined && !r.quote.includes(figureText(fig.yoy, '%')))
        issues.push({
          file: F.records,
          path: `${at}.figures[${j}].yoy`,
          reason: `growth ${fig.yoy}% of "${r.id}" does not appear in its quote`,
        });
      checkLanguages(fig.measure, F.records, `${at}.figures[${j}].measure`, issues);
    });
    r.industries.forEach((id, j) => {
      usedIndustries.add(id);
      if (!industryIds.has(id))
        issues.push({
          file: F.records,
          path: `${at}.industries[${j}]`,
          reason: `unknown industry "${id}" (not in ${F.industries})`,
        });
    });
    r.regions.forEach((id, j) => {
      if (!regionIds.has(id))
        issues.push({
          file: F.records,
          path: `${at}.regions[${j}]`,
          reason: `unknown region "${id}" (not in ${F.regions})`,
        });
    });
    r.districts.forEach((slug, j) => {
      if (!bySlug.has(slug))
        issues.push({
          file: F.records,
          path: `${at}.districts[${j}]`,
          reason: `district "${slug}" is not in ${F.districts}`,
        });
      recordsPerDistrict.set(slug, (recordsPerDistrict.get(slug) ?? 0) + (j === 0 ? 1 : 0));
    });
    const home = bySlug.get(r.districts[0] ?? '');
    if (home && r.location && r.location.precision !== 'district') {
      const { lng, lat } = r.location;
      if (!booleanPointInPolygon([lng, lat], home.geometry))
        issues.push({
          file: F.records,
          path: `${at}.location`,
          reason: `point ${lng}, ${lat} of "${r.id}" lies outside its district ${home.properties.slug}`,
        });
    }
  });
  for (const x of industries)
    if (!usedIndustries.has(x.id))
      issues.push({
        file: F.industries,
        path: `[${industries.indexOf(x)}]`,
        reason: `industry "${x.id}" is used by no record`,
      });

  // Profiles: one per district, quoting the source, with key industries its records show.
  const profiled = new Set<string>();
  profiles.forEach((p, i) => {
    const at = `[${i}]`;
    if (profiled.has(p.district))
      issues.push({ file: F.profiles, path: `${at}.district`, reason: `duplicate profile for "${p.district}"` });
    profiled.add(p.district);
    checkLanguages(p.positioning, F.profiles, `${at}.positioning`, issues);
    if (p.cluster) checkLanguages(p.cluster, F.profiles, `${at}.cluster`, issues);
    issues.push(...checkCoreZone(p, at));
    if (!isQuoteOf(p.quote, source))
      issues.push({
        file: F.profiles,
        path: `${at}.quote`,
        reason: `quote of "${p.district}" is not in the source text: "${p.quote}"`,
      });
    const shown = new Set(records.filter((r) => r.districts.includes(p.district)).flatMap((r) => r.industries));
    p.industries.forEach((id, j) => {
      if (!industryIds.has(id))
        issues.push({ file: F.profiles, path: `${at}.industries[${j}]`, reason: `unknown industry "${id}"` });
      else if (!shown.has(id))
        issues.push({
          file: F.profiles,
          path: `${at}.industries[${j}]`,
          reason: `key industry "${id}" of "${p.district}" has no record in that district`,
        });
    });
  });
  for (const slug of DISTRICT_SLUGS) {
    if (!profiled.has(slug)) issues.push({ file: F.profiles, path: '', reason: `district "${slug}" has no profile` });
    const n = recordsPerDistrict.get(slug) ?? 0;
    if (n < 2)
      issues.push({
        file: F.records,
        path: '',
        reason: `district "${slug}" has ${n} record(s); each district needs at least 2`,
      });
  }

  return issues.length > 0
    ? { ok: false, issues }
    : {
        ok: true,
        data: { districts, context, china, borders, records, profiles, industries, regions, source: raw.source },
      };
}
