import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_START, withTargetsTable } from '../../bench/lib/readme-targets';
import { TARGETS } from '../../bench/lib/targets';

describe("bench/README.md's targets table", () => {
  const readme = readFileSync(new URL('../../bench/README.md', import.meta.url), 'utf8');

  it('is the one bench/lib/targets.ts gives (else: npm run bench:readme)', async () => {
    expect(readme).toBe(await withTargetsTable(readme));
  });

  it('lists every target the bench judges, and only those', () => {
    const block = readme.slice(readme.indexOf(TABLE_START));
    const ids = [...block.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(ids).toEqual(TARGETS.map((t) => t.id));
  });
});
