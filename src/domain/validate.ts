/**
 * Validates every data file against its schema and against each other: ids, district
 * references, points inside their districts, quotes in the source, figures in their
 * quotes, the industry vocabulary, and both languages. Pure: the data:check CLI, the
 * app's loader and the tests all call it, and it never drops a record silently — it
 * either returns the data whole or lists every problem it found.
 *
 * Two rounds: first every file against its schema (a file that does not parse cannot be
 * checked against the others), then `DATA_CHECKS`, the list of named checks across the
 * data (src/domain/checks/), in the order their problems are listed.
 */
import { parseTree, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { DATA_FILES, type AtlasData, type DataFileKey } from './atlas-data.ts';
import { checkContext, type DataCheck, type DataIssue } from './checks/check.ts';
import { eachDistrictFeature, everyDistrictDrawn, uniqueDistrictFeatureIds } from './checks/districts.ts';
import { eachProfile, everyDistrictCovered } from './checks/profiles.ts';
import { eachRecord, uniqueRecordIds } from './checks/records.ts';
import {
  everyIndustryUsed,
  industryLanguages,
  regionLanguages,
  uniqueIndustryIds,
  uniqueRegionIds,
} from './checks/vocabularies.ts';
import {
  BordersFile,
  ChinaFile,
  ContextFile,
  DistrictsFile,
  IndustriesFile,
  ProfilesFile,
  RecordsFile,
  RegionsFile,
} from './schema.ts';

export type { DataIssue } from './checks/check.ts';
export { CORE_ZONE, checkCoreZone } from './checks/profiles.ts';

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

/** Raw file contents (already JSON-parsed) plus the source text. */
export type RawAtlasData = { [K in Exclude<DataFileKey, 'source'>]: unknown } & { source: string };

/** The first round: every file against its schema, every problem of every file listed; the typed data if none. */
export function parseAtlasFiles(raw: RawAtlasData): ValidationResult {
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
  return {
    ok: true,
    data: { districts, context, china, borders, records, profiles, industries, regions, source: raw.source },
  };
}

/**
 * The second round: the checks across the data, in the order their problems are listed
 * (boundaries, vocabularies, records, profiles, then every district's coverage). The
 * `each…` checks run their own lists item by item: `DISTRICT_FEATURE_CHECKS`,
 * `RECORD_CHECKS`, `PROFILE_CHECKS`.
 */
export const DATA_CHECKS: readonly DataCheck[] = [
  eachDistrictFeature,
  uniqueDistrictFeatureIds,
  everyDistrictDrawn,
  uniqueIndustryIds,
  uniqueRegionIds,
  industryLanguages,
  regionLanguages,
  uniqueRecordIds,
  eachRecord,
  everyIndustryUsed,
  eachProfile,
  everyDistrictCovered,
];

/** Runs `checks` (by default all of them) on schema-parsed data, returning their problems in order. */
export function runChecks(data: AtlasData, checks: readonly DataCheck[] = DATA_CHECKS): DataIssue[] {
  const ctx = checkContext(data);
  return checks.flatMap((check) => check(ctx));
}

/** Validates everything; returns the typed data only when there is no issue at all. */
export function validateAtlasData(raw: RawAtlasData): ValidationResult {
  const parsed = parseAtlasFiles(raw);
  if (!parsed.ok) return parsed;
  const issues = runChecks(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : parsed;
}
