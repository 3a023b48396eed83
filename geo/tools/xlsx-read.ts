/**
 * Reads the analysts' workbook back into the data files' contents, as plain values for
 * the data check to judge. Only what the spreadsheet itself can get wrong is reported
 * here (a missing sheet or column, an empty required cell, text where a number belongs,
 * a name that is no district, industry or region); every rule about the data is left to
 * src/domain/validate.ts, whose issues `place` maps back to sheet, row and column.
 */
import type ExcelJS from 'exceljs';
import { DATA_FILES } from '../../src/domain/atlas-data';
import { beginsLikeFormula } from '../../src/domain/formula-text';
import { DistrictsFile } from '../../src/domain/schema';
import type { DataIssue, RawAtlasData } from '../../src/domain/validate';
import { FIGURES, INDUSTRIES, PROFILES, RECORDS, REGIONS, type Column, type SheetLayout } from './xlsx-layout';
import { NameIndex, splitList, type NamedId } from './xlsx-names';
import type { Place, Problem } from './xlsx-problems';

/** The four data files the workbook carries. */
export type SheetFiles = Pick<RawAtlasData, 'records' | 'profiles' | 'industries' | 'regions'>;

export interface WorkbookRead {
  /** The files' contents as read; null when a sheet or a column is missing. */
  files: SheetFiles | null;
  problems: Problem[];
  /** Where in the workbook a data-check issue points; undefined for files that are no sheet. */
  place: (issue: DataIssue) => Place | undefined;
  /** The spreadsheet row of item `index` of a data file. */
  rowOf: (file: string, index: number) => number | undefined;
}

type ColumnPlace = { letter: string; header: string };

interface SheetRows {
  /** Each non-blank row: its number and its values by column path. */
  rows: { row: number; values: Map<string, unknown> }[];
  columns: Map<string, ColumnPlace>;
}

type Plain = string | number | boolean | Date | { error: string } | { formula: string } | null;

function plainValue(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return v.text;
  if ('error' in v) return { error: v.error };
  return null;
}

/**
 * What a cell holds, as a spreadsheet program shows it. A formula counts by the result
 * the program stored with it (LibreOffice writes every boolean as `=FALSE()` or `=TRUE()`);
 * one saved without a result (openpyxl, scripts) is reported, never read as empty.
 */
function plain(cell: ExcelJS.Cell): Plain {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) return plainValue(v);
  // `value` drops a falsy result (false, 0, ''); `result` keeps it. A merged cell has only `value`.
  const result = (cell.result as ExcelJS.CellValue | undefined) ?? v.result;
  if (result === undefined) return { formula: cell.formula || ('formula' in v ? (v.formula ?? '') : '') };
  return plainValue(result as ExcelJS.CellValue);
}

/** A cell as text (trimmed), or why it cannot be read as text. */
function textOf(v: Plain): { text: string } | { problem: string } {
  if (v === null) return { text: '' };
  if (typeof v === 'string') return { text: v.replace(/\r\n?/g, '\n').trim() };
  if (typeof v === 'number') return { text: String(v) };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date)
    return { problem: 'Excel turned this cell into a date; type it as text (start it with an apostrophe)' };
  if ('formula' in v)
    return {
      problem: `this cell holds a formula (=${v.formula}) but no value computed from it (the program that saved the file does not calculate); type the value itself`,
    };
  return { problem: `the cell shows an error (${v.error})` };
}

/** Why text that a CSV export would carry as a formula is refused (leading tabs and line breaks are trimmed anyway). */
const FORMULA_TEXT =
  'text may not begin with =, +, - or @: a spreadsheet opening an export would take it for a formula (CSV injection); reword it or drop that character';

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否']);

/** The names each kind of cell may use; null when its sheet is missing (that is reported once, not per cell). */
interface Vocab {
  districts: NameIndex;
  industries: NameIndex | null;
  regions: NameIndex | null;
}

/** Converts one cell to its value in data terms; a problem comes with the value the check will still see. */
function readCell<T>(cell: ExcelJS.Cell, column: Column<T>, vocab: Vocab): { value: unknown; problem?: string } {
  const raw = plain(cell);
  if (column.kind === 'number' && typeof raw === 'number') return { value: raw };
  if (column.kind === 'boolean' && typeof raw === 'boolean') return { value: raw };
  const t = textOf(raw);
  if ('problem' in t) return { value: undefined, problem: t.problem };
  const text = t.text;
  if (text === '') {
    const empty = column.kind === 'text' ? (column.required ? '' : undefined) : undefined;
    return column.required ? { value: empty, problem: 'this cell is empty; it needs a value' } : { value: empty };
  }
  switch (column.kind) {
    case 'text':
      return beginsLikeFormula(text) ? { value: text, problem: FORMULA_TEXT } : { value: text };
    case 'number': {
      const n = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : NaN;
      return Number.isFinite(n) ? { value: n } : { value: text, problem: `"${text}" is not a number` };
    }
    case 'boolean': {
      const w = text.toLowerCase();
      if (TRUE_WORDS.has(w)) return { value: true };
      if (FALSE_WORDS.has(w)) return { value: false };
      return { value: text, problem: `"${text}" is neither TRUE nor FALSE` };
    }
    case 'district': {
      const r = vocab.districts.resolve(text);
      return r.ok ? { value: r.id } : { value: text, problem: r.reason };
    }
    case 'districts':
    case 'industries':
    case 'regions': {
      const index = vocab[column.kind];
      const ids: string[] = [];
      const unknown: string[] = [];
      for (const name of splitList(text)) {
        const r = index ? index.resolve(name) : ({ ok: true, id: name } as const);
        ids.push(r.ok ? r.id : name);
        if (!r.ok) unknown.push(r.reason);
      }
      return unknown.length > 0 ? { value: ids, problem: unknown.join('; ') } : { value: ids };
    }
  }
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads one sheet through its layout; null (with problems) when the sheet or a column is missing. */
function readSheet<T>(
  wb: ExcelJS.Workbook,
  layout: SheetLayout<T>,
  vocab: Vocab,
  problems: Problem[],
): SheetRows | null {
  const ws = wb.getWorksheet(layout.name);
  if (!ws) {
    const found = wb.worksheets.map((w) => w.name).join(', ');
    problems.push({
      place: { sheet: layout.name },
      reason: `the sheet is missing (the workbook has: ${found || 'no sheets'}); sheets must keep their names`,
    });
    return null;
  }
  // A merged cell keeps one value and shows it across rows: reading it would move data between records.
  if (ws.hasMerges)
    for (const range of ws.model.merges)
      problems.push({
        place: { sheet: layout.name, range },
        reason:
          'merged cells: only the first cell of a merge keeps its value, so the others would silently copy it; unmerge them and give each cell its own value',
      });
  const headerRow = ws.getRow(1);
  const byHeader = new Map<string, number>();
  headerRow.eachCell((cell, c) => {
    const t = textOf(plain(cell));
    if ('text' in t && t.text) byHeader.set(normalise(t.text), c);
  });
  const columns = new Map<string, ColumnPlace>();
  const indexOf = new Map<string, number>();
  let complete = true;
  for (const column of layout.columns) {
    const names = [column.header, ...column.header.split(' / ')].map(normalise);
    const c = names.map((n) => byHeader.get(n)).find((x) => x !== undefined);
    if (c === undefined) {
      complete = false;
      problems.push({
        place: { sheet: layout.name, row: 1 },
        reason: `column "${column.header}" is missing (the header row has: ${[...byHeader.keys()].join(', ')})`,
      });
      continue;
    }
    columns.set(column.path, { letter: ws.getColumn(c).letter, header: column.header });
    indexOf.set(column.path, c);
  }
  if (!complete) return null;

  const rows: SheetRows['rows'] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells = layout.columns.map((column) => ({ column, cell: row.getCell(indexOf.get(column.path) ?? 0) }));
    if (
      cells.every(({ cell }) => {
        const v = plain(cell);
        return v === null || (typeof v === 'string' && v.trim() === '');
      })
    )
      continue;
    const values = new Map<string, unknown>();
    for (const { column, cell } of cells) {
      const { value, problem } = readCell(cell, column, vocab);
      if (value !== undefined) values.set(column.path, value);
      const place = columns.get(column.path);
      if (problem && place) problems.push({ place: { sheet: layout.name, row: r, column: place }, reason: problem });
    }
    rows.push({ row: r, values });
  }
  return { rows, columns };
}

/** The district names, from the boundaries file the data check reads too. */
function districtNames(districts: unknown): NamedId[] {
  const parsed = DistrictsFile.safeParse(districts);
  if (!parsed.success) return [];
  return parsed.data.features.map((f) => ({
    id: f.properties.slug,
    zh: f.properties.name_zh,
    en: f.properties.name_en,
  }));
}

/** Names of a vocabulary sheet's rows (industries, regions), for the other sheets to refer to. */
function sheetNames(sheet: SheetRows, zhPath: string, enPath: string): NamedId[] {
  return sheet.rows.flatMap(({ values }) => {
    const id = values.get('id');
    const zh = values.get(zhPath);
    const en = values.get(enPath);
    return typeof id === 'string'
      ? [{ id, zh: typeof zh === 'string' ? zh : id, en: typeof en === 'string' ? en : id }]
      : [];
  });
}

/** Reads the workbook; `base` supplies the boundaries (for district names). */
export function readWorkbook(wb: ExcelJS.Workbook, base: Pick<RawAtlasData, 'districts'>): WorkbookRead {
  const problems: Problem[] = [];
  const districts = new NameIndex('district', districtNames(base.districts));
  const industriesSheet = readSheet(wb, INDUSTRIES, { districts, industries: null, regions: null }, problems);
  const regionsSheet = readSheet(wb, REGIONS, { districts, industries: null, regions: null }, problems);
  const vocab: Vocab = {
    districts,
    industries: industriesSheet && new NameIndex('industry', sheetNames(industriesSheet, 'label.zh', 'label.en')),
    regions: regionsSheet && new NameIndex('region', sheetNames(regionsSheet, 'name.zh', 'name.en')),
  };
  const recordsSheet = readSheet(wb, RECORDS, vocab, problems);
  const figuresSheet = readSheet(wb, FIGURES, vocab, problems);
  const profilesSheet = readSheet(wb, PROFILES, vocab, problems);

  const records = (recordsSheet?.rows ?? []).map(({ values }) => RECORDS.assemble(values) as { figures: unknown[] });
  // Figures join their record by ID, in row order; figureRows[i][j] is the row of figure j of record i.
  const figureRows: number[][] = records.map(() => []);
  const recordIndex = new Map<unknown, number>();
  (recordsSheet?.rows ?? []).forEach(({ values }, i) => {
    if (!recordIndex.has(values.get('id'))) recordIndex.set(values.get('id'), i);
  });
  // Without the records sheet there is nothing to join (its absence is reported already).
  for (const { row, values } of recordsSheet ? (figuresSheet?.rows ?? []) : []) {
    const i = recordIndex.get(values.get('record'));
    const place = figuresSheet?.columns.get('record');
    if (i === undefined) {
      if (values.get('record') !== undefined && place)
        problems.push({
          place: { sheet: FIGURES.name, row, column: place },
          reason: `no record with ID ${String(values.get('record'))} in the records sheet`,
        });
      continue;
    }
    records[i]?.figures.push(FIGURES.assemble(values));
    figureRows[i]?.push(row);
  }

  const sheets = {
    records: recordsSheet,
    figures: figuresSheet,
    profiles: profilesSheet,
    industries: industriesSheet,
    regions: regionsSheet,
  };
  const files: SheetFiles | null = Object.values(sheets).every((s) => s !== null)
    ? {
        records,
        profiles: (profilesSheet?.rows ?? []).map(({ values }) => PROFILES.assemble(values)),
        industries: (industriesSheet?.rows ?? []).map(({ values }) => INDUSTRIES.assemble(values)),
        regions: (regionsSheet?.rows ?? []).map(({ values }) => REGIONS.assemble(values)),
      }
    : null;

  const byFile = new Map<string, { layout: SheetLayout<unknown>; sheet: SheetRows | null }>([
    [DATA_FILES.records, { layout: RECORDS, sheet: recordsSheet }],
    [DATA_FILES.profiles, { layout: PROFILES, sheet: profilesSheet }],
    [DATA_FILES.industries, { layout: INDUSTRIES, sheet: industriesSheet }],
    [DATA_FILES.regions, { layout: REGIONS, sheet: regionsSheet }],
  ]);

  const rowOf = (file: string, index: number) => byFile.get(file)?.sheet?.rows[index]?.row;

  /** The column a path inside an item points at: exact, else the first under it, else the row's key column. */
  const columnFor = (layout: SheetLayout<unknown>, sheet: SheetRows, sub: string): ColumnPlace | undefined => {
    const path = sub.replace(/\[\d+\]/g, '');
    const column =
      layout.columns.find((c) => c.path === path) ??
      (path ? layout.columns.find((c) => c.path.startsWith(`${path}.`)) : undefined) ??
      layout.columns.find((c) => c.path === layout.keyPath);
    return column && sheet.columns.get(column.path);
  };

  const place = (issue: DataIssue): Place | undefined => {
    const entry = byFile.get(issue.file);
    if (!entry?.sheet) return undefined;
    const m = /^\[(\d+)\]\.?(.*)$/.exec(issue.path);
    if (!m) return { sheet: entry.layout.name };
    const i = Number(m[1]);
    const sub = m[2] ?? '';
    const fig = issue.file === DATA_FILES.records ? /^figures\[(\d+)\]\.?(.*)$/.exec(sub) : null;
    if (fig && figuresSheet) {
      const row = figureRows[i]?.[Number(fig[1])];
      return { sheet: FIGURES.name, row, column: columnFor(FIGURES, figuresSheet, fig[2] ?? '') };
    }
    return { sheet: entry.layout.name, row: rowOf(issue.file, i), column: columnFor(entry.layout, entry.sheet, sub) };
  };

  return { files, problems, place, rowOf };
}
