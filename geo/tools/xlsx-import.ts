/**
 * The spreadsheet import as a function: reads the workbook, runs the data check
 * (src/domain/validate.ts, exactly as `npm run data:check` does, against the boundaries
 * and the source in `root`) and returns either the files' new texts or every problem,
 * each told as `sheet, row, column: reason`. It writes nothing; the CLI writes the texts
 * only when there is no problem at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { DATA_FILES } from '../../src/domain/atlas-data';
import { validateAtlasData } from '../../src/domain/validate';
import { readRawData } from './read-data';
import { FIGURES, INDUSTRIES, PROFILES, RECORDS, REGIONS } from './xlsx-layout';
import { readWorkbook } from './xlsx-read';
import { cellKey, firstRow, formatProblem, inAnalystWords, type Problem } from './xlsx-problems';
import { formatDataFile, SHEET_FILE_KEYS, type SheetFileKey } from './write-data';

export interface ImportedFile {
  key: SheetFileKey;
  file: string;
  text: string;
  /** Differs from the file now in `root`. */
  changed: boolean;
}

export type ImportResult = { ok: true; files: ImportedFile[] } | { ok: false; problems: string[] };

const SHEET_ORDER = [RECORDS, FIGURES, PROFILES, INDUSTRIES, REGIONS].map((l) => l.name);

/** Sheet order, then row, then column (A < B < … < Z < AA); problems outside the sheets last. */
function byPlace(a: Problem, b: Problem): number {
  const key = (p: Problem): [number, number, number, string] =>
    'issue' in p
      ? [SHEET_ORDER.length, 0, 0, '']
      : [
          SHEET_ORDER.indexOf(p.place.sheet),
          firstRow(p.place) ?? 0,
          p.place.column?.letter.length ?? 0,
          p.place.column?.letter ?? '',
        ];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0;
}

export async function importWorkbook(wb: ExcelJS.Workbook, root: string): Promise<ImportResult> {
  const carried = new Set<string>(SHEET_FILE_KEYS.map((k) => DATA_FILES[k]));
  const { raw: base, issues: baseIssues } = readRawData(root);
  const read = readWorkbook(wb, base);
  const problems: Problem[] = [...read.problems];
  // The files the workbook replaces may be broken on disk; only the others matter here.
  const otherIssues = baseIssues.filter((i) => !carried.has(i.file));
  problems.push(...otherIssues.map((issue) => ({ issue })));

  if (read.files && otherIssues.length === 0) {
    const result = validateAtlasData({ ...base, ...read.files });
    if (!result.ok) {
      // A cell already reported while reading (an unknown district…) is not reported again.
      const told = new Set(read.problems.flatMap((p) => ('place' in p && p.place.row ? [cellKey(p.place)] : [])));
      for (const issue of result.issues) {
        const place = read.place(issue);
        if (!place) problems.push({ issue });
        else if (!(place.row && told.has(cellKey(place))))
          problems.push({ place, reason: inAnalystWords(issue.reason, (i) => read.rowOf(issue.file, i)) });
      }
    }
  }
  if (problems.length > 0 || !read.files) return { ok: false, problems: problems.sort(byPlace).map(formatProblem) };

  const files = read.files;
  const out = await Promise.all(
    SHEET_FILE_KEYS.map(async (key): Promise<ImportedFile> => {
      const file = DATA_FILES[key];
      const text = await formatDataFile(key, files[key]);
      let current: string | undefined;
      try {
        current = readFileSync(join(root, file), 'utf8');
      } catch {
        current = undefined;
      }
      return { key, file, text, changed: text !== current };
    }),
  );
  return { ok: true, files: out };
}
