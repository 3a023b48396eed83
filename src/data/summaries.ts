/**
 * The records' summaries travel apart from the model: they are its largest text (about a
 * quarter of the prepared model, gzip) and the first view shows none of them, so a normal
 * build ships them as a file of their own that the page asks for once the map is up, or
 * as soon as a view needs one (store/summaries-sync.ts). The single file and `vite` dev
 * carry them inside the model. Either way they are checked against the model's records:
 * a record left without its summary, or a summary of no record, is an error naming the
 * file and the place, never a panel quietly missing its text.
 */
import type { Bilingual } from '../domain/schema.ts';
import { PREPARED_FILE, SUMMARIES_FORMAT, type SummaryColumns, type SummarySource } from './prepared.ts';

export type Summaries = ReadonlyMap<string, Bilingual>;

export type SummariesResult = { ok: true; summaries: Summaries } | { ok: false; problems: string[] };

/** The columns for the given records (build time, and the single file's model). */
export function summaryColumns(records: readonly { id: string; summary: Bilingual }[]): SummaryColumns {
  return {
    format: SUMMARIES_FORMAT,
    id: records.map((r) => r.id),
    zh: records.map((r) => r.summary.zh),
    en: records.map((r) => r.summary.en),
  };
}

/** The summaries of `recordIds`, or every problem found, each naming `place`. */
export function summariesFrom(raw: unknown, recordIds: readonly string[], place: string): SummariesResult {
  const at = (path: string, reason: string) => `${PREPARED_FILE} ${place}${path}: ${reason}`;
  if (typeof raw !== 'object' || raw === null) return { ok: false, problems: [at('', 'is not an object')] };
  const c = raw as Partial<SummaryColumns>;
  if (c.format !== SUMMARIES_FORMAT)
    return { ok: false, problems: [at('.format', `is "${String(c.format)}", expected "${SUMMARIES_FORMAT}"`)] };
  const columns = ['id', 'zh', 'en'] as const;
  for (const k of columns)
    if (!Array.isArray(c[k]) || !c[k].every((v) => typeof v === 'string'))
      return { ok: false, problems: [at(`.${k}`, 'is missing or not a list of texts')] };
  const { id, zh, en } = c as SummaryColumns;
  if (zh.length !== id.length || en.length !== id.length)
    return {
      ok: false,
      problems: [at('', `has ${id.length} ids, ${zh.length} Chinese and ${en.length} English texts`)],
    };

  const summaries = new Map<string, Bilingual>();
  const problems: string[] = [];
  const known = new Set(recordIds);
  id.forEach((rid, i) => {
    if (!known.has(rid)) problems.push(at(`.id[${i}]`, `"${rid}" is not a record of the model`));
    else if (summaries.has(rid)) problems.push(at(`.id[${i}]`, `repeats "${rid}"`));
    else summaries.set(rid, { zh: zh[i] as string, en: en[i] as string });
  });
  for (const rid of recordIds) if (!summaries.has(rid)) problems.push(at('', `has no summary for record "${rid}"`));
  if (problems.length > 20) return { ok: false, problems: [...problems.slice(0, 20), at('', 'and more')] };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, summaries };
}

/** Reads the summaries from where the model says they are. */
export async function loadSummaries(source: SummarySource, recordIds: readonly string[]): Promise<SummariesResult> {
  if ('inline' in source) return summariesFrom(source.inline, recordIds, 'summaries');
  const place = `summaryFile (${source.file})`;
  let raw: unknown;
  try {
    const response = await fetch(source.file);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    raw = await response.json();
  } catch (e) {
    return { ok: false, problems: [`${PREPARED_FILE} ${place}: cannot be read: ${String(e)}`] };
  }
  return summariesFrom(raw, recordIds, place);
}
