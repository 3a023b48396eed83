/**
 * `npm run data:export-xlsx [FILE.xlsx] [dir]`: writes the data of geo/data as one
 * workbook for analysts (default atlas-data.xlsx, where the command is run). Sheets:
 * records, figures, profiles, industries, regions and a guide; `npm run data:import`
 * reads it back. The data must pass `npm run data:check` first, so that an export
 * imported unchanged gives back the very same files.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, validateAtlasData } from '../../src/domain/validate';
import { isMain, runMain, type Io } from './cli';
import { readRawData } from './read-data';
import { buildWorkbook } from './xlsx-write';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** The command: 0 once the workbook is written, 1 when the data does not pass the check. */
export async function dataExportXlsx(args: readonly string[], io: Io): Promise<number> {
  const [file = 'atlas-data.xlsx', dir] = args;
  const out = resolve(io.cwd, file);
  const { raw, issues } = readRawData(dir ? resolve(io.cwd, dir) : PROJECT);
  const result = issues.length === 0 ? validateAtlasData(raw) : { ok: false as const, issues };
  if (!result.ok) {
    for (const i of result.issues) io.err(formatIssue(i));
    io.err('data:export-xlsx failed: fix these first (npm run data:check lists the same); nothing was written');
    return 1;
  }
  const { records, profiles, industries, regions } = result.data;
  await buildWorkbook(result.data).xlsx.writeFile(out);
  const figures = records.reduce((n, r) => n + r.figures.length, 0);
  io.out(
    `${out}: ${records.length} records, ${figures} figures, ${profiles.length} profiles, ` +
      `${industries.length} industries, ${regions.length} regions`,
  );
  return 0;
}

if (isMain(import.meta.url)) await runMain(dataExportXlsx);
