/**
 * `npm run data:import FILE.xlsx [dir]`: reads a workbook written by data:export-xlsx
 * (and edited in Excel), checks it exactly as `npm run data:check` checks the files, and
 * only if there is no problem at all writes geo/data/records.json, profiles.json,
 * industries.json and regions.json. Otherwise it says how many problems there are, lists
 * the first of them as `sheet, row, column: reason`, writes nothing and exits 1. `dir`
 * (default: the project) lets tests point it at a copy.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { isMain, runMain, type Io } from './cli';
import { importWorkbook } from './xlsx-import';
import { writeDataFiles } from './write-data';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** Problems listed at most: a sheet of junk rows gives a screenful, not thousands of lines. */
export const LISTED_PROBLEMS = 50;

/** The failure report: the count first (it must not scroll away), then the first problems, then how many more. */
export function failureReport(problems: readonly string[], limit = LISTED_PROBLEMS): string[] {
  const more = problems.length - limit;
  return [
    `data:import failed: ${problems.length} problem(s); nothing was written`,
    ...problems.slice(0, limit),
    ...(more > 0 ? [`and ${more} more (fix the ones above and import again to see them)`] : []),
  ];
}

/** The command: 0 once the files are written (or found unchanged), 1 on any problem, 2 on wrong usage. */
export async function dataImport(args: readonly string[], io: Io): Promise<number> {
  const [file, dir] = args;
  if (!file) {
    io.err('usage: npm run data:import FILE.xlsx');
    return 2;
  }
  const path = resolve(io.cwd, file);
  const root = dir ? resolve(io.cwd, dir) : PROJECT;

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    io.err('data:import failed; nothing was written');
    io.err(
      `${file}: cannot read this file as an Excel workbook (.xlsx): ${e instanceof Error ? e.message : String(e)}`,
    );
    return 1;
  }

  const result = await importWorkbook(wb, root);
  if (!result.ok) {
    for (const line of failureReport(result.problems)) io.err(line);
    return 1;
  }
  writeDataFiles(root, new Map(result.files.filter((f) => f.changed).map((f) => [f.key, f.text])));
  for (const f of result.files) io.out(`${f.file}: ${f.changed ? 'updated' : 'unchanged'}`);
  io.out('data:import ok: every check of npm run data:check passed. Next: npm run build (or npm start).');
  return 0;
}

if (isMain(import.meta.url)) await runMain(dataImport);
