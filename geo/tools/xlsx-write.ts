/**
 * Builds the analysts' workbook from the validated data: one sheet per layout in
 * xlsx-layout.ts, names instead of ids, a frozen bilingual header row with filters,
 * drop-downs where a column takes fixed values, and a guide sheet describing it all.
 */
import ExcelJS from 'exceljs';
import type { AtlasData } from '../../src/domain/atlas-data';
import {
  FIGURES,
  GUIDE_SHEET,
  INDUSTRIES,
  PROFILES,
  RECORDS,
  REGIONS,
  type Column,
  type FigureRow,
  type SheetLayout,
} from './xlsx-layout';
import { LIST_SEPARATOR, NameIndex } from './xlsx-names';

/** Rows below the data that still get drop-downs, for rows analysts add. */
const SPARE_ROWS = 500;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };

interface Names {
  districts: NameIndex;
  industries: NameIndex;
  regions: NameIndex;
}

type Cell = string | number | boolean | null;

/** A value in data terms, as the cell shows it. */
function cellOf<T>(column: Column<T>, item: T, names: Names): Cell {
  const v = column.get(item);
  if (v === undefined || v === null) return null;
  switch (column.kind) {
    case 'district':
      return names.districts.nameOf(String(v));
    case 'districts':
    case 'industries':
    case 'regions': {
      const ids = v as string[];
      return ids.length === 0
        ? null
        : ids.map((id) => names[column.kind as keyof Names].nameOf(id)).join(LIST_SEPARATOR);
    }
    default:
      return v as Cell;
  }
}

function addSheet<T>(wb: ExcelJS.Workbook, layout: SheetLayout<T>, items: readonly T[], names: Names): void {
  const ws = wb.addWorksheet(layout.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = layout.columns.map((c) => ({ header: c.header, width: c.width }));
  for (const item of items) ws.addRow(layout.columns.map((c) => cellOf(c, item, names)));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.columns.length } };
  layout.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    if (c.width >= 24) column.alignment = { vertical: 'top', wrapText: true };
    if (!c.choices) return;
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: !c.required,
      formulae: [`"${c.choices.join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: c.choices.join(', '),
    };
    for (let r = 2; r <= items.length + 1 + SPARE_ROWS; r++) ws.getCell(r, i + 1).dataValidation = validation;
  });
}

function addGuide(wb: ExcelJS.Workbook, layouts: readonly SheetLayout<unknown>[], names: Names): void {
  const ws = wb.addWorksheet(GUIDE_SHEET);
  ws.columns = [
    { header: '表 / Sheet', width: 12 },
    { header: '列 / Column', width: 34 },
    { header: '说明 / What it holds', width: 70 },
    { header: '可选值 / Allowed values', width: 50 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = HEADER_FILL;
  const allowed = (c: Column<unknown>): string =>
    c.choices?.join(', ') ??
    (c.kind === 'district' || c.kind === 'districts'
      ? names.districts.entries.map((e) => e.zh).join(LIST_SEPARATOR)
      : c.kind === 'boolean'
        ? 'TRUE, FALSE'
        : '');
  for (const layout of layouts)
    for (const c of layout.columns)
      ws.addRow([layout.name, c.header, `${c.required ? '必填 / required. ' : ''}${c.note}`, allowed(c)]);
  ws.addRow([]);
  for (const line of [
    '改好后运行 npm run data:import 文件.xlsx：与 npm run data:check 同样检查，全部通过才写入 geo/data/*.json，有任何问题则一个文件也不写。',
    'After editing, run npm run data:import FILE.xlsx: it runs the same checks as npm run data:check and writes geo/data/*.json only if all pass; on any problem nothing is written.',
    '表名和表头不要改；列可以调换顺序，可以加行、删行；空行会被忽略。',
    'Keep sheet names and headers; columns may be moved, rows added or deleted; empty rows are skipped.',
    '不要合并单元格；公式按保存的计算结果读取；文字不要以 = + - @ 开头。',
    'Do not merge cells; a formula counts by its saved result; text may not begin with = + - or @.',
  ])
    ws.addRow([line]);
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
}

/** The workbook for the given (validated) data. */
export function buildWorkbook(data: AtlasData): ExcelJS.Workbook {
  const names: Names = {
    districts: new NameIndex(
      'district',
      data.districts.features.map((f) => ({
        id: f.properties.slug,
        zh: f.properties.name_zh,
        en: f.properties.name_en,
      })),
    ),
    industries: new NameIndex(
      'industry',
      data.industries.map((x) => ({ id: x.id, zh: x.label.zh, en: x.label.en })),
    ),
    regions: new NameIndex(
      'region',
      data.regions.map((x) => ({ id: x.id, zh: x.name.zh, en: x.name.en })),
    ),
  };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Shanghai Innovation Atlas (npm run data:export-xlsx)';
  const figures: FigureRow[] = data.records.flatMap((r) => r.figures.map((figure) => ({ record: r.id, figure })));
  addSheet(wb, RECORDS, data.records, names);
  addSheet(wb, FIGURES, figures, names);
  addSheet(wb, PROFILES, data.profiles, names);
  addSheet(wb, INDUSTRIES, data.industries, names);
  addSheet(wb, REGIONS, data.regions, names);
  addGuide(wb, [RECORDS, FIGURES, PROFILES, INDUSTRIES, REGIONS], names);
  return wb;
}
