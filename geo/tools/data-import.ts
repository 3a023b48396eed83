/**
 * `npm run data:import FILE.xlsx [dir]`: reads a workbook written by data:export-xlsx
 * (and edited in Excel), checks it exactly as `npm run data:check` checks the files, and
 * only if there is no problem at all writes geo/data/records.json, profiles.json,
 * industries.json and regions.json. Otherwise it lists every problem as
 * `sheet, row, column: reason`, writes nothing and exits 1. `dir` (default: the project)
 * lets tests point it at a copy.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { importWorkbook } from './xlsx-import';
import { writeDataFiles } from './write-data';

const [file, dir] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run data:import FILE.xlsx');
  process.exit(2);
}
// npm runs scripts from the project folder; a relative FILE is where the user typed it.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
const root = dir ?? fileURLToPath(new URL('../..', import.meta.url));

const wb = new ExcelJS.Workbook();
try {
  await wb.xlsx.readFile(path);
} catch (e) {
  console.error(
    `${file}: cannot read this file as an Excel workbook (.xlsx): ${e instanceof Error ? e.message : String(e)}`,
  );
  console.error('data:import failed; nothing was written');
  process.exit(1);
}

const result = await importWorkbook(wb, root);
if (!result.ok) {
  for (const p of result.problems) console.error(p);
  console.error(`data:import failed: ${result.problems.length} problem(s); nothing was written`);
  process.exit(1);
}
writeDataFiles(root, new Map(result.files.filter((f) => f.changed).map((f) => [f.key, f.text])));
for (const f of result.files) console.log(`${f.file}: ${f.changed ? 'updated' : 'unchanged'}`);
console.log('data:import ok: every check of npm run data:check passed. Next: npm run build (or npm start).');
