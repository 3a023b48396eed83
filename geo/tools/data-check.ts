/**
 * `npm run data:check [dir]`: validates every data file of the atlas and prints each
 * problem as `file path: reason`. Exits 1 on any problem. `dir` (default: the
 * project) lets tests point it at broken copies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES } from '../../src/domain/atlas-data';
import {
  formatIssue,
  parseJson,
  validateAtlasData,
  type DataIssue,
  type RawAtlasData,
} from '../../src/domain/validate';

const root = process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url));
const issues: DataIssue[] = [];

function read(file: string): string | undefined {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch (e) {
    issues.push({ file, path: '', reason: `cannot read: ${e instanceof Error ? e.message : String(e)}` });
    return undefined;
  }
}

function readJson(file: string): unknown {
  const text = read(file);
  if (text === undefined) return undefined;
  const r = parseJson(file, text);
  if (r.ok) return r.value;
  issues.push(r.issue);
  return undefined;
}

const raw: RawAtlasData = {
  districts: readJson(DATA_FILES.districts),
  context: readJson(DATA_FILES.context),
  china: readJson(DATA_FILES.china),
  records: readJson(DATA_FILES.records),
  profiles: readJson(DATA_FILES.profiles),
  industries: readJson(DATA_FILES.industries),
  regions: readJson(DATA_FILES.regions),
  source: read(DATA_FILES.source) ?? '',
};

if (issues.length === 0) {
  const result = validateAtlasData(raw);
  if (result.ok) {
    const { records, profiles, industries, regions, districts } = result.data;
    console.log(
      `data:check ok: ${districts.features.length} districts, ${profiles.length} profiles, ${records.length} records, ` +
        `${industries.length} industries, ${regions.length} regions`,
    );
  } else issues.push(...result.issues);
}
if (issues.length > 0) {
  for (const i of issues) console.error(formatIssue(i));
  console.error(`data:check failed: ${issues.length} problem(s)`);
  process.exit(1);
}
