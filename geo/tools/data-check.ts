/**
 * `npm run data:check [dir]`: validates every data file of the atlas and prints each
 * problem as `file path: reason`. Exits 1 on any problem. `dir` (default: the
 * project) lets tests point it at broken copies.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, validateAtlasData } from '../../src/domain/validate';
import { isMain, runMain, type Io } from './cli';
import { readRawData } from './read-data';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** The command: 0 when every check passes, 1 otherwise. */
export async function dataCheck(args: readonly string[], io: Io): Promise<number> {
  const [dir] = args;
  const { raw, issues } = readRawData(dir ? resolve(io.cwd, dir) : PROJECT);
  if (issues.length === 0) {
    const result = validateAtlasData(raw);
    if (result.ok) {
      const { records, profiles, industries, regions, districts } = result.data;
      io.out(
        `data:check ok: ${districts.features.length} districts, ${profiles.length} profiles, ${records.length} records, ` +
          `${industries.length} industries, ${regions.length} regions`,
      );
    } else issues.push(...result.issues);
  }
  if (issues.length === 0) return 0;
  for (const i of issues) io.err(formatIssue(i));
  io.err(`data:check failed: ${issues.length} problem(s)`);
  return 1;
}

if (isMain(import.meta.url)) await runMain(dataCheck);
