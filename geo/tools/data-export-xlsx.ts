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
import { readRawData } from './read-data';
import { buildWorkbook } from './xlsx-write';

const [file = 'atlas-data.xlsx', dir] = process.argv.slice(2);
const out = resolve(process.env.INIT_CWD ?? process.cwd(), file);
const root = dir ?? fileURLToPath(new URL('../..', import.meta.url));

const { raw, issues } = readRawData(root);
const result = issues.length === 0 ? validateAtlasData(raw) : { ok: false as const, issues };
if (!result.ok) {
  for (const i of result.issues) console.error(formatIssue(i));
  console.error('data:export-xlsx failed: fix these first (npm run data:check lists the same); nothing was written');
  process.exit(1);
}
const { records, profiles, industries, regions } = result.data;
await buildWorkbook(result.data).xlsx.writeFile(out);
const figures = records.reduce((n, r) => n + r.figures.length, 0);
console.log(
  `${out}: ${records.length} records, ${figures} figures, ${profiles.length} profiles, ` +
    `${industries.length} industries, ${regions.length} regions`,
);
