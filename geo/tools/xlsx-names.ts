/**
 * Names analysts read and type in the workbook, and the ids the data files keep: a
 * district is written 浦东新区 (not `pudong`), an industry 集成电路与传感器, a region 浙江省.
 * Reading accepts the Chinese name, the English name or the id; anything else is
 * reported with the nearest known name ("unknown district 浦东区 (did you mean 浦东新区?)").
 */

export interface NamedId {
  id: string;
  zh: string;
  en: string;
}

export type Resolved = { ok: true; id: string } | { ok: false; reason: string };

/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/** The candidate closest to `text`, if it is close enough to be a likely typo (at most half the length apart). */
export function closest(text: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of candidates) {
    const d = editDistance(text.toLowerCase(), name.toLowerCase());
    if (!best || d < best.d) best = { name, d };
  }
  if (!best) return undefined;
  return best.d <= Math.max(1, Math.floor(Math.max([...text].length, [...best.name].length) / 2))
    ? best.name
    : undefined;
}

/** Looks names up in one vocabulary (districts, industries or regions). */
export class NameIndex {
  private readonly byKey = new Map<string, string>();
  private readonly zhById = new Map<string, string>();

  constructor(
    /** What one entry is called in messages: "district", "industry", "region". */
    readonly noun: string,
    readonly entries: readonly NamedId[],
  ) {
    for (const e of entries) {
      this.zhById.set(e.id, e.zh);
      for (const key of [e.zh, e.en.toLowerCase(), e.id]) if (!this.byKey.has(key)) this.byKey.set(key, e.id);
    }
  }

  /** The name written in the workbook for an id (the id itself if the vocabulary lacks it). */
  nameOf(id: string): string {
    return this.zhById.get(id) ?? id;
  }

  resolve(text: string): Resolved {
    const id = this.byKey.get(text) ?? this.byKey.get(text.toLowerCase());
    if (id !== undefined) return { ok: true, id };
    const ascii = /^[\x20-\x7e]*$/.test(text);
    const guess = closest(
      text,
      this.entries.map((e) => (ascii ? e.en : e.zh)),
    );
    return { ok: false, reason: `unknown ${this.noun} ${text}${guess ? ` (did you mean ${guess}?)` : ''}` };
  }
}

/** How lists are written in one cell: names joined by the Chinese enumeration comma. */
export const LIST_SEPARATOR = '、';

/** Splits a list cell; commas, semicolons (either width) and line breaks are accepted too. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
