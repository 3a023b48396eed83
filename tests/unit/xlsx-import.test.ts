import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/domain/atlas-data';
import { importWorkbook, type ImportResult } from '../../geo/tools/xlsx-import';
import { loadValidData, readProjectFile, ROOT } from './fixtures/real-data';
import { cellText, column, exportedWorkbook, rowWhere, setCell, sheet } from './fixtures/workbook';

const ID = '编号 / ID';
const QUOTE = '原文 / Source quote';
const DISTRICTS = '所在区 / Districts';
const NAME_EN = '名称（英文） / Name (English)';

/** Problems of an import that must fail. */
function problemsOf(result: ImportResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

/** The id of the first record drawn in `district`. */
function recordIn(district: string): string {
  const r = loadValidData().records.find((x) => x.districts[0] === district);
  if (!r) throw new Error(`no record in ${district}`);
  return r.id;
}

/** Each test reads the whole workbook and checks all the data (the first also writes the workbook): seconds when both cores are busy. */
const WHOLE_DATA = { timeout: 20_000 };

describe('the spreadsheet round trip', WHOLE_DATA, () => {
  it('gives back every data file byte for byte when the exported workbook is imported unchanged', async () => {
    const result = await importWorkbook(await exportedWorkbook(), ROOT);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.files.map((f) => f.file)).toEqual([
      DATA_FILES.records,
      DATA_FILES.profiles,
      DATA_FILES.industries,
      DATA_FILES.regions,
    ]);
    for (const f of result.files) {
      expect(f.text, f.file).toBe(readProjectFile(f.file));
      expect(f.changed, f.file).toBe(false);
    }
  });

  it('does not mind columns in another order', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'records');
    const quote = column(ws, QUOTE);
    const values = ws.getColumn(quote.index).values.slice(1);
    ws.spliceColumns(quote.index, 1);
    const last = ws.columnCount + 1;
    values.forEach((v, i) => (ws.getCell(i + 1, last).value = v ?? null));
    const result = await importWorkbook(wb, ROOT);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.files.every((f) => !f.changed)).toBe(true);
  });

  it('skips blank rows, between the records and below them', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'records');
    ws.spliceRows(5, 0, [], []);
    ws.getCell(ws.rowCount + 3, 1).value = '  ';
    const figures = sheet(wb, 'figures');
    figures.spliceRows(2, 0, []);
    const result = await importWorkbook(wb, ROOT);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.files.every((f) => !f.changed)).toBe(true);
  });

  it('carries an edit into the data file, and only there', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'records');
    const id = recordIn('pudong');
    setCell(ws, rowWhere(ws, ID, id), NAME_EN, 'A renamed record');
    const result = await importWorkbook(wb, ROOT);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const changed = result.files.filter((f) => f.changed);
    expect(changed.map((f) => f.file)).toEqual([DATA_FILES.records]);
    const records = JSON.parse(changed[0]?.text ?? '[]') as { id: string; name: { en: string } }[];
    expect(records.find((r) => r.id === id)?.name.en).toBe('A renamed record');
  });
});

describe('a broken workbook names the sheet, row and column of each problem', WHOLE_DATA, () => {
  it('a missing column', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'records');
    ws.spliceColumns(column(ws, QUOTE).index, 1);
    const problems = problemsOf(await importWorkbook(wb, ROOT));
    expect(problems).toEqual([expect.stringMatching(/^records, row 1: column "原文 \/ Source quote" is missing \(/)]);
  });

  it('an unknown district, with the name it probably meant', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'records');
    const row = rowWhere(ws, ID, recordIn('pudong'));
    setCell(ws, row, DISTRICTS, '浦东区');
    const { letter } = column(ws, DISTRICTS);
    // Said once: the data check's own complaint about the same cell is not repeated.
    expect(problemsOf(await importWorkbook(wb, ROOT))).toEqual([
      `records, row ${row}, column ${letter} (${DISTRICTS}): unknown district 浦东区 (did you mean 浦东新区?)`,
    ]);
  });

  it('a quote that is not in the source text', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'records');
    const row = rowWhere(ws, ID, recordIn('jiading'));
    setCell(ws, row, QUOTE, `${cellText(ws, row, QUOTE)}，并且远超预期`);
    expect(problemsOf(await importWorkbook(wb, ROOT))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^records, row ${row}, column ${column(ws, QUOTE).letter} \\(原文 / Source quote\\): the quote is not in the source text`,
        ),
      ),
    ]);
  });

  it('an empty required cell', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'records');
    const row = rowWhere(ws, ID, recordIn('yangpu'));
    setCell(ws, row, NAME_EN, null);
    expect(problemsOf(await importWorkbook(wb, ROOT))).toEqual([
      `records, row ${row}, column ${column(ws, NAME_EN).letter} (${NAME_EN}): this cell is empty; it needs a value`,
    ]);
  });

  it('a renamed sheet', async () => {
    const wb = await exportedWorkbook();
    sheet(wb, 'profiles').name = '各区';
    expect(problemsOf(await importWorkbook(wb, ROOT))).toEqual([
      'profiles: the sheet is missing (the workbook has: records, figures, 各区, industries, regions, 说明 guide); sheets must keep their names',
    ]);
  });

  it('a missing sheet', async () => {
    const wb = await exportedWorkbook();
    wb.removeWorksheet(sheet(wb, 'regions').id);
    expect(problemsOf(await importWorkbook(wb, ROOT))).toEqual([
      expect.stringMatching(
        /^regions: the sheet is missing \(the workbook has: records, figures, profiles, industries, 说明 guide\)/,
      ),
    ]);
  });

  it("a figure's number that does not appear in its quote", async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'figures');
    const VALUE = '数值 / Value';
    setCell(ws, 2, VALUE, Number(cellText(ws, 2, VALUE)) + 1);
    const unit = cellText(ws, 2, '单位 / Unit');
    expect(problemsOf(await importWorkbook(wb, ROOT))).toEqual([
      `figures, row 2, column ${column(ws, VALUE).letter} (${VALUE}): a figure's number does not appear in its quote: ` +
        `${Number(cellText(ws, 2, VALUE))}${unit} is not in the record's quote`,
    ]);
  });

  it('text where a number belongs, and a figure of a record that does not exist', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'figures');
    setCell(ws, 2, '同比增长（%） / Growth on previous year (%)', '两成');
    setCell(ws, 3, '条目编号 / Record ID', 'no-such-record');
    const problems = problemsOf(await importWorkbook(wb, ROOT));
    expect(problems).toContain(
      `figures, row 2, column ${column(ws, '同比增长（%） / Growth on previous year (%)').letter} ` +
        '(同比增长（%） / Growth on previous year (%)): "两成" is not a number',
    );
    expect(problems).toContain(
      `figures, row 3, column ${column(ws, '条目编号 / Record ID').letter} (条目编号 / Record ID): ` +
        'no record with ID no-such-record in the records sheet',
    );
  });

  it('an unknown industry, and an ID used twice (both rows named)', async () => {
    const wb = await exportedWorkbook();
    const ws = sheet(wb, 'profiles');
    const INDUSTRIES = '重点产业 / Key industries';
    setCell(ws, 2, INDUSTRIES, '生物医药');
    const records = sheet(wb, 'records');
    setCell(records, 3, ID, cellText(records, 2, ID));
    const problems = problemsOf(await importWorkbook(wb, ROOT));
    expect(problems).toContain(
      `records, row 3, column ${column(records, ID).letter} (${ID}): the ID ${cellText(records, 2, ID)} is used twice (also in row 2)`,
    );
    expect(problems).toContain(
      `profiles, row 2, column ${column(ws, INDUSTRIES).letter} (${INDUSTRIES}): unknown industry 生物医药 (did you mean 生物医药与医疗?)`,
    );
  });

  it('lists every problem at once, in sheet and row order', async () => {
    const wb = await exportedWorkbook();
    const records = sheet(wb, 'records');
    setCell(records, rowWhere(records, ID, recordIn('minhang')), DISTRICTS, '闵行');
    setCell(records, rowWhere(records, ID, recordIn('pudong')), NAME_EN, '');
    sheet(wb, 'industries').getCell(2, 4).value = 'red';
    const problems = problemsOf(await importWorkbook(wb, ROOT));
    expect(problems.map((p) => p.split(',')[0])).toEqual(['records', 'records', 'industries']);
    expect(problems[2]).toBe(
      'industries, row 2, column D (颜色 / Colour): a colour is written #rrggbb in lower case, e.g. #4e79a7',
    );
  });
});
