import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfData, removeCopies } from './fixtures/data-copy';
import { ROOT } from './fixtures/real-data';
import type { ChinaFile } from '../../src/domain/schema';

const TIMEOUT = 30_000;

function dataCheck(dir: string) {
  const r = spawnSync('npx', ['tsx', 'geo/tools/data-check.ts', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterEach(removeCopies);

describe('npm run data:check', () => {
  it(
    'passes on an unchanged copy of the data and says so',
    () => {
      const r = dataCheck(copyOfData('atlas-data-check-'));
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('data:check ok');
      expect(r.status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'fails with exit code 1 and names the file when records.json is not valid JSON',
    () => {
      const dir = copyOfData('atlas-data-check-');
      writeFileSync(join(dir, 'geo/data/records.json'), '[\n  { "id": "a",\n');
      const r = dataCheck(dir);
      expect(r.status).toBe(1);
      expect(r.stdout).not.toContain('data:check ok');
      expect(r.stderr).toContain('geo/data/records.json');
      expect(r.stderr).toContain('invalid JSON');
    },
    TIMEOUT,
  );

  it(
    'prints every problem as "file path: reason" when the data is wrong',
    () => {
      const dir = copyOfData('atlas-data-check-');
      const file = join(dir, 'geo/data/profiles.json');
      writeFileSync(file, '[]\n');
      const r = dataCheck(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('geo/data/profiles.json: district "pudong" has no profile');
      expect(r.stderr).toContain('geo/data/profiles.json: district "chongming" has no profile');
      expect(r.stderr).toMatch(/data:check failed: \d+ problem\(s\)/);
    },
    TIMEOUT,
  );

  it(
    'fails and names the file when a data file is missing',
    () => {
      const dir = copyOfData('atlas-data-check-');
      rmSync(join(dir, 'geo/data/regions.json'));
      const r = dataCheck(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^geo\/data\/regions\.json: cannot read/m);
    },
    TIMEOUT,
  );
});

describe('npm run data:check on the islands', () => {
  it(
    'fails and names the island when China’s file no longer draws Huangyan Dao',
    () => {
      const dir = copyOfData('atlas-data-check-');
      const file = join(dir, 'geo/china.geojson');
      const china = JSON.parse(readFileSync(file, 'utf8')) as ChinaFile;
      china.features = china.features.filter((f) => f.properties.name_zh !== '黄岩岛');
      writeFileSync(file, JSON.stringify(china));
      const r = dataCheck(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^geo\/china\.geojson: 黄岩岛 \(Huangyan Dao, .*\) is not drawn/m);
    },
    TIMEOUT,
  );
});
