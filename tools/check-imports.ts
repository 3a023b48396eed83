/**
 * `npm run lint:imports`: checks the import rules (tools/import-rules.ts) over the code
 * base — no import circle in src/, bench/, tools/, geo/tools/ or tests/, and no import
 * under src/ that runs up a floor. Prints one `file: reason` line per breach and exits 1,
 * or one line saying what it checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importProblems } from './import-rules.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FOLDERS = ['src', 'bench', 'tools', 'geo/tools', 'tests'];

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : codeFiles(path);
    return /\.(ts|tsx|mts)$/.test(e.name) ? [path] : [];
  });
}

const sources = new Map<string, string>();
for (const folder of FOLDERS)
  for (const file of codeFiles(join(ROOT, folder)))
    sources.set(relative(ROOT, file).split('\\').join('/'), readFileSync(file, 'utf8'));

const problems = importProblems(sources);
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`import rules: ${problems.length} problem(s); see docs/architecture.md`);
  process.exit(1);
}
console.log(`import rules: ${sources.size} files, no import circle, no import up a floor`);
