/**
 * The targets table of bench/README.md, written from TARGETS (targets.ts) so that the
 * README cannot state a goal the bench does not judge. `npm run bench:readme` rewrites
 * it; a unit test fails when it is out of date.
 */
import * as prettier from 'prettier';
import { goalOf, TARGETS } from './targets';

export const TABLE_START = '<!-- targets: generated from bench/lib/targets.ts by `npm run bench:readme` -->';
export const TABLE_END = '<!-- /targets -->';

function targetsTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| Target (id) | What it asks | Reads | Goal |',
    '| --- | --- | --- | --- |',
    ...TARGETS.map((t) => `| \`${t.id}\` | ${cell(t.description)} | \`${t.measure.id}\` | ${cell(goalOf(t))} |`),
  ].join('\n');
}

/** The README with its targets table rewritten; throws when the README has no markers for it. */
export async function withTargetsTable(readme: string): Promise<string> {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`bench/README.md: no "${TABLE_START}" … "${TABLE_END}" block`);
  const next = `${readme.slice(0, start + TABLE_START.length)}\n\n${targetsTable()}\n\n${readme.slice(end)}`;
  return prettier.format(next, { parser: 'markdown', ...(await prettier.resolveConfig('bench/README.md')) });
}
