/**
 * `npm run data:check [dir]`: validates every data file of the atlas and prints each
 * problem as `file path: reason`. Exits 1 on any problem. `dir` (default: the
 * project) lets tests point it at broken copies.
 */
import { fileURLToPath } from 'node:url';
import { formatIssue, validateAtlasData } from '../../src/domain/validate';
import { readRawData } from './read-data';

const root = process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url));
const { raw, issues } = readRawData(root);

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
