/**
 * Problems in a workbook, told as an analyst finds them: `sheet, row, column: reason`.
 * Problems the data check finds (src/domain/validate.ts) come back with a file and a JSON
 * path (`geo/data/records.json [12].quote`); `place` turns that into the sheet, row and
 * column the value came from, and `inAnalystWords` rephrases the check's most common
 * reasons without the data file's vocabulary.
 */
import type { DataIssue } from '../../src/domain/validate';
import { formatIssue } from '../../src/domain/validate';

/** A cell, a row, a range of cells, a sheet's header or a whole sheet. */
export interface Place {
  sheet: string;
  /** A range such as `F25:F26`, instead of a row and column. */
  range?: string;
  /** The spreadsheet's row number (1 is the header). */
  row?: number;
  /** Column letter and header, e.g. `D`, `原文 / Source quote`. */
  column?: { letter: string; header: string };
}

export type Problem = { place: Place; reason: string } | { issue: DataIssue };

/**
 * `records, row 14, column D (原文 / Source quote): the quote is not in the source text`,
 * or for a range `records, F25:F26: merged cells …`
 */
export function formatProblem(p: Problem): string {
  if ('issue' in p) return formatIssue(p.issue);
  const { sheet, range, row, column } = p.place;
  const where = [
    sheet,
    range ?? '',
    row === undefined ? '' : `row ${row}`,
    column ? `column ${column.letter} (${column.header})` : '',
  ].filter(Boolean);
  return `${where.join(', ')}: ${p.reason}`;
}

/** The row a place starts at: its row, or the first row of its range. */
export function firstRow(place: Place): number | undefined {
  return place.row ?? (place.range ? Number(/\d+/.exec(place.range)?.[0]) : undefined);
}

/** A key telling problems about the same cell apart from those elsewhere. */
export function cellKey(place: Place): string {
  return `${place.sheet}|${place.row ?? ''}|${place.column?.letter ?? ''}`;
}

type Wording = [RegExp, (m: RegExpMatchArray, rowOfIndex: (i: number) => number | undefined) => string];

const WORDING: readonly Wording[] = [
  [
    /^quote of ".*" is not in the source text/s,
    () => "the quote is not in the source text (copy the report's exact words; only line breaks may differ)",
  ],
  [
    /^figure (\S+) of ".*" does not appear in its quote$/,
    (m) => `a figure's number does not appear in its quote: ${m[1]} is not in the record's quote`,
  ],
  [
    /^growth (\S+) of ".*" does not appear in its quote$/,
    (m) => `the growth rate ${m[1]} does not appear in the record's quote`,
  ],
  [
    /^point (\S+), (\S+) of ".*" lies outside its district (\S+)$/,
    (m) => `the point ${m[1]}, ${m[2]} lies outside the record's first district (${m[3]})`,
  ],
  [
    /^duplicate id "(.*)" \(also at \[(\d+)\]\)$/,
    (m, rowOf) => `the ID ${m[1]} is used twice (also in row ${rowOf(Number(m[2])) ?? '?'})`,
  ],
  [
    /^must be a kebab-case slug$/,
    () => 'an ID may use only lower-case letters, digits and single hyphens, e.g. pudong-zhangjiang-lab',
  ],
  [
    /^Invalid option: expected one of (.*)$/,
    (m) => `not an allowed value; use one of: ${(m[1] ?? '').replaceAll('"', '').split('|').join(', ')}`,
  ],
  [/^must be a #rrggbb colour in lower case$/, () => 'a colour is written #rrggbb in lower case, e.g. #4e79a7'],
];

/** The data check's reason, said for someone editing the workbook. */
export function inAnalystWords(reason: string, rowOfIndex: (i: number) => number | undefined): string {
  for (const [pattern, say] of WORDING) {
    const m = reason.match(pattern);
    if (m) return say(m, rowOfIndex);
  }
  return reason;
}
