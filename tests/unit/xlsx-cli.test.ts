/**
 * The two commands as analysts run them: data:export-xlsx writes a workbook; data:import
 * writes the JSON files only when every check passes, and otherwise lists the problems
 * and leaves every file exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { copyOfData, removeCopies } from './fixtures/data-copy';
import { ROOT } from './fixtures/real-data';
import { column, rowWhere, setCell, sheet } from './fixtures/workbook';

/** Each test starts the commands two or three times; a busy 2-core machine needs a while. */
const TIMEOUT = 120_000;
const DATA = ['records', 'profiles', 'industries', 'regions'].map((f) => `geo/data/${f}.json`);

function run(script: string, args: string[]) {
  const r = spawnSync('npx', ['tsx', `geo/tools/${script}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Each data file's bytes and modification time. */
function snapshot(dir: string): Record<string, [string, number]> {
  return Object.fromEntries(
    DATA.map((f) => [f, [readFileSync(join(dir, f), 'utf8'), statSync(join(dir, f)).mtimeMs] as [string, number]]),
  );
}

/** Exports the copy's data to a workbook in the copy, returning its path. */
function exportTo(dir: string): string {
  const file = join(dir, 'atlas.xlsx');
  const r = run('data-export-xlsx', [file, dir]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/atlas\.xlsx: \d+ records, \d+ figures, 16 profiles, \d+ industries, \d+ regions/);
  return file;
}

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

afterEach(removeCopies);

describe('npm run data:export-xlsx and npm run data:import', () => {
  it(
    'export then import leaves every data file byte-identical, and says so',
    () => {
      const dir = copyOfData('atlas-xlsx-');
      const before = snapshot(dir);
      const r = run('data-import', [exportTo(dir), dir]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      for (const f of DATA) expect(r.stdout).toContain(`${f}: unchanged`);
      expect(snapshot(dir)).toEqual(before);
    },
    TIMEOUT,
  );

  it(
    'writes an edit made in the workbook, and the result passes data:check',
    async () => {
      const dir = copyOfData('atlas-xlsx-');
      const file = exportTo(dir);
      await edit(file, (wb) => {
        const ws = sheet(wb, 'records');
        setCell(ws, 2, '摘要（英文） / Summary (English)', 'Edited in Excel.');
      });
      const r = run('data-import', [file, dir]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('geo/data/records.json: updated');
      expect(r.stdout).toContain('geo/data/regions.json: unchanged');
      const records = JSON.parse(readFileSync(join(dir, 'geo/data/records.json'), 'utf8')) as {
        summary: { en: string };
      }[];
      expect(records[0]?.summary.en).toBe('Edited in Excel.');
      const check = run('data-check', [dir]);
      expect(check.status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'on any problem lists each as "sheet, row, column: reason", exits 1 and writes nothing',
    async () => {
      const dir = copyOfData('atlas-xlsx-');
      const file = exportTo(dir);
      let districtsColumn = '';
      let row = 0;
      await edit(file, (wb) => {
        const ws = sheet(wb, 'records');
        row = rowWhere(ws, '所在区 / Districts', '浦东新区');
        districtsColumn = column(ws, '所在区 / Districts').letter;
        setCell(ws, row, '所在区 / Districts', '浦东区');
        // A valid edit elsewhere must not be written either.
        setCell(ws, 2, '摘要（英文） / Summary (English)', 'Edited in Excel.');
      });
      const before = snapshot(dir);
      const r = run('data-import', [file, dir]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        `records, row ${row}, column ${districtsColumn} (所在区 / Districts): unknown district 浦东区 (did you mean 浦东新区?)`,
      );
      expect(r.stderr).toMatch(/data:import failed: 1 problem\(s\); nothing was written/);
      expect(snapshot(dir)).toEqual(before);
      expect(readdirSync(join(dir, 'geo/data')).sort()).toEqual(DATA.map((f) => f.slice('geo/data/'.length)).sort());
    },
    TIMEOUT,
  );

  it(
    'refuses a file that is not a workbook, naming it',
    () => {
      const dir = copyOfData('atlas-xlsx-');
      const file = join(dir, 'notes.xlsx');
      writeFileSync(file, 'not a spreadsheet');
      const before = snapshot(dir);
      const r = run('data-import', [file, dir]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${file}: cannot read this file as an Excel workbook (.xlsx)`);
      expect(snapshot(dir)).toEqual(before);
    },
    TIMEOUT,
  );
});
