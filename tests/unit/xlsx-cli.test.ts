/**
 * The two commands as analysts run them: data:export-xlsx writes a workbook; data:import
 * writes the JSON files only when every check passes, and otherwise lists the problems
 * and leaves every file exactly as it was. The commands run in-process (their main
 * functions); one test starts them as npm would, to prove the wiring.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { dataSnapshot, run, SHEET_FILES } from './fixtures/commands';
import { copyOfData, removeCopies } from './fixtures/data-copy';
import { ROOT } from './fixtures/real-data';
import { column, rowWhere, setCell, sheet } from './fixtures/workbook';

/** Exports the copy's data to a workbook in the copy, returning its path. */
async function exportTo(dir: string): Promise<string> {
  const file = join(dir, 'atlas.xlsx');
  const r = await run('data-export-xlsx', [file, dir]);
  expect(r.stderr).toEqual([]);
  expect(r.status).toBe(0);
  expect(r.stdout.join('\n')).toMatch(
    /atlas\.xlsx: \d+ records, \d+ figures, 16 profiles, \d+ industries, \d+ regions/,
  );
  return file;
}

async function edit(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

afterEach(removeCopies);

/** Export, edit, import and check each read, validate and format the whole data: seconds on a busy 2-core machine. */
const ROUND_TRIP = 30_000;

describe('npm run data:export-xlsx and npm run data:import', () => {
  it(
    'export then import leaves every data file byte-identical, and says so',
    async () => {
      const dir = copyOfData('atlas-xlsx-');
      const before = dataSnapshot(dir);
      const r = await run('data-import', [await exportTo(dir), dir]);
      expect(r.stderr).toEqual([]);
      expect(r.status).toBe(0);
      for (const f of SHEET_FILES) expect(r.stdout).toContain(`${f}: unchanged`);
      expect(dataSnapshot(dir)).toEqual(before);
    },
    ROUND_TRIP,
  );

  it(
    'writes an edit made in the workbook, and the result passes data:check',
    async () => {
      const dir = copyOfData('atlas-xlsx-');
      const file = await exportTo(dir);
      await edit(file, (wb) => {
        const ws = sheet(wb, 'records');
        setCell(ws, 2, '摘要（英文） / Summary (English)', 'Edited in Excel.');
      });
      const r = await run('data-import', [file, dir]);
      expect(r.stderr).toEqual([]);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('geo/data/records.json: updated');
      expect(r.stdout).toContain('geo/data/regions.json: unchanged');
      const records = JSON.parse(readFileSync(join(dir, 'geo/data/records.json'), 'utf8')) as {
        summary: { en: string };
      }[];
      expect(records[0]?.summary.en).toBe('Edited in Excel.');
      const check = await run('data-check', [dir]);
      expect(check.status).toBe(0);
    },
    ROUND_TRIP,
  );

  it(
    'on any problem says how many first, lists each as "sheet, row, column: reason", exits 1 and writes nothing',
    async () => {
      const dir = copyOfData('atlas-xlsx-');
      const file = await exportTo(dir);
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
      const before = dataSnapshot(dir);
      const r = await run('data-import', [file, dir]);
      expect(r.status).toBe(1);
      expect(r.stdout).toEqual([]);
      expect(r.stderr).toEqual([
        'data:import failed: 1 problem(s); nothing was written',
        `records, row ${row}, column ${districtsColumn} (所在区 / Districts): unknown district 浦东区 (did you mean 浦东新区?)`,
      ]);
      expect(dataSnapshot(dir)).toEqual(before);
      expect(readdirSync(join(dir, 'geo/data')).sort()).toEqual(
        SHEET_FILES.map((f) => f.slice('geo/data/'.length)).sort(),
      );
    },
    ROUND_TRIP,
  );

  it('refuses a file that is not a workbook, naming it', async () => {
    const dir = copyOfData('atlas-xlsx-');
    const file = join(dir, 'notes.xlsx');
    writeFileSync(file, 'not a spreadsheet');
    const before = dataSnapshot(dir);
    const r = await run('data-import', [file, dir]);
    expect(r.status).toBe(1);
    expect(r.stderr[0]).toBe('data:import failed; nothing was written');
    expect(r.stderr[1]).toContain(`${file}: cannot read this file as an Excel workbook (.xlsx)`);
    expect(dataSnapshot(dir)).toEqual(before);
  });
});

describe('the command as npm starts it', () => {
  it(
    'data:import runs as a script: a failed import prints its report and exits 1',
    async () => {
      const dir = copyOfData('atlas-xlsx-');
      const file = await exportTo(dir);
      await edit(file, (wb) => setCell(sheet(wb, 'records'), 2, '名称（英文） / Name (English)', null));
      const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['geo/tools/data-import.ts', file, dir], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.stderr).toBe(
        'data:import failed: 1 problem(s); nothing was written\n' +
          'records, row 2, column C (名称（英文） / Name (English)): this cell is empty; it needs a value\n',
      );
      expect(r.status).toBe(1);
    },
    // A new process loads tsx, exceljs, zod and Prettier before it reads anything: seconds on a busy machine.
    60_000,
  );
});
