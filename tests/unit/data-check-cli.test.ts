/**
 * `npm run data:check` on copies of the data: its main function in-process, and once as
 * npm starts it, to prove the script's wiring and exit code.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from './fixtures/commands';
import { copyOfData, removeCopies } from './fixtures/data-copy';
import { ROOT } from './fixtures/real-data';
import type { ChinaFile } from '../../src/domain/schema';

afterEach(removeCopies);

describe('npm run data:check', () => {
  it('passes on an unchanged copy of the data and says so', async () => {
    const r = await run('data-check', [copyOfData('atlas-data-check-')]);
    expect(r.stderr).toEqual([]);
    expect(r.stdout.join('\n')).toContain('data:check ok');
    expect(r.status).toBe(0);
  });

  it('fails with exit code 1 and names the file when records.json is not valid JSON', async () => {
    const dir = copyOfData('atlas-data-check-');
    writeFileSync(join(dir, 'geo/data/records.json'), '[\n  { "id": "a",\n');
    const r = await run('data-check', [dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toEqual([]);
    expect(r.stderr.join('\n')).toContain('geo/data/records.json');
    expect(r.stderr.join('\n')).toContain('invalid JSON');
  });

  it('prints every problem as "file path: reason" when the data is wrong', async () => {
    const dir = copyOfData('atlas-data-check-');
    writeFileSync(join(dir, 'geo/data/profiles.json'), '[]\n');
    const r = await run('data-check', [dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('geo/data/profiles.json: district "pudong" has no profile');
    expect(r.stderr).toContain('geo/data/profiles.json: district "chongming" has no profile');
    expect(r.stderr.at(-1)).toMatch(/^data:check failed: \d+ problem\(s\)$/);
  });

  it('fails and names the file when a data file is missing', async () => {
    const dir = copyOfData('atlas-data-check-');
    rmSync(join(dir, 'geo/data/regions.json'));
    const r = await run('data-check', [dir]);
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toMatch(/^geo\/data\/regions\.json: cannot read/);
  });

  it(
    'runs as a script and exits 1 on a problem',
    () => {
      const dir = copyOfData('atlas-data-check-');
      rmSync(join(dir, 'geo/data/regions.json'));
      const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['geo/tools/data-check.ts', dir], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.stderr).toMatch(/^geo\/data\/regions\.json: cannot read/);
      expect(r.stderr).toMatch(/data:check failed: 1 problem\(s\)\n$/);
      expect(r.status).toBe(1);
    },
    // A new process loads tsx and zod before it reads anything: seconds on a busy machine.
    30_000,
  );
});

describe('npm run data:check on the islands', () => {
  it('fails and names the island when China’s file no longer draws Huangyan Dao', async () => {
    const dir = copyOfData('atlas-data-check-');
    const file = join(dir, 'geo/china.geojson');
    const china = JSON.parse(readFileSync(file, 'utf8')) as ChinaFile;
    china.features = china.features.filter((f) => f.properties.name_zh !== '黄岩岛');
    writeFileSync(file, JSON.stringify(china));
    const r = await run('data-check', [dir]);
    expect(r.status).toBe(1);
    expect(r.stderr.join('\n')).toMatch(/^geo\/china\.geojson: 黄岩岛 \(Huangyan Dao, .*\) is not drawn/m);
  });
});
