/**
 * `npm run data:check [dir]`: validates every data file of the atlas and prints each
 * problem as `file path: reason`. Exits 1 on any problem. `dir` (default: the
 * project) lets tests point it at broken copies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, validateAtlasData } from '../../src/domain/validate';
import { readRawData } from './read-data';
import { ISLANDS_FILE, islandIssues, parseIslands } from './islands';
import type { ChinaFile } from '../../src/domain/schema';
import type { DataIssue } from '../../src/domain/validate';

const root = process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url));
const { raw, issues } = readRawData(root);

/** The islands national maps show are all drawn (geo/islands.json, checked against China's file). */
function readIslandIssues(china: ChinaFile): DataIssue[] {
  try {
    return islandIssues(parseIslands(JSON.parse(readFileSync(join(root, ISLANDS_FILE), 'utf8'))), china);
  } catch (e) {
    return [{ file: ISLANDS_FILE, path: '', reason: e instanceof Error ? e.message : String(e) }];
  }
}

if (issues.length === 0) {
  const result = validateAtlasData(raw);
  if (!result.ok) issues.push(...result.issues);
  else {
    issues.push(...readIslandIssues(result.data.china));
    const { records, profiles, industries, regions, districts } = result.data;
    if (issues.length === 0)
      console.log(
        `data:check ok: ${districts.features.length} districts, ${profiles.length} profiles, ${records.length} records, ` +
          `${industries.length} industries, ${regions.length} regions; every island of ${ISLANDS_FILE} drawn`,
      );
  }
}
if (issues.length > 0) {
  for (const i of issues) console.error(formatIssue(i));
  console.error(`data:check failed: ${issues.length} problem(s)`);
  process.exit(1);
}
