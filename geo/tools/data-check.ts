/**
 * `npm run data:check [dir]`: validates every data file of the atlas and prints each
 * problem as `file path: reason`. Exits 1 on any problem. `dir` (default: the
 * project) lets tests point it at broken copies.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, validateAtlasData } from '../../src/domain/validate';
import { isMain, runMain, type Io } from './cli';
import { readRawData } from './read-data';
import { ISLANDS_FILE, islandIssues, parseIslands } from './islands.ts';
import type { ChinaFile } from '../../src/domain/schema.ts';
import type { DataIssue } from '../../src/domain/validate.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** The islands national maps show are all drawn (geo/islands.json, checked against China's file). */
function readIslandIssues(root: string, china: ChinaFile): DataIssue[] {
  try {
    return islandIssues(parseIslands(JSON.parse(readFileSync(join(root, ISLANDS_FILE), 'utf8'))), china);
  } catch (e) {
    return [{ file: ISLANDS_FILE, path: '', reason: e instanceof Error ? e.message : String(e) }];
  }
}

/** The command: 0 when every check passes, 1 otherwise. */
export async function dataCheck(args: readonly string[], io: Io): Promise<number> {
  const [dir] = args;
  const root = dir ? resolve(io.cwd, dir) : PROJECT;
  const { raw, issues } = readRawData(root);
  if (issues.length === 0) {
    const result = validateAtlasData(raw);
    if (!result.ok) issues.push(...result.issues);
    else {
      issues.push(...readIslandIssues(root, result.data.china));
      const { records, profiles, industries, regions, districts } = result.data;
      if (issues.length === 0)
        io.out(
          `data:check ok: ${districts.features.length} districts, ${profiles.length} profiles, ${records.length} records, ` +
            `${industries.length} industries, ${regions.length} regions; every island of ${ISLANDS_FILE} drawn`,
        );
    }
  }
  if (issues.length === 0) return 0;
  for (const i of issues) io.err(formatIssue(i));
  io.err(`data:check failed: ${issues.length} problem(s)`);
  return 1;
}

if (isMain(import.meta.url)) await runMain(dataCheck);
