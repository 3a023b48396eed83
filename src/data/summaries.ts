/**
 * The records' summaries travel apart from the model: they are its largest text (38 of the
 * model's 173 KB; 9 KB less to preload, gzip) and the first view shows none, so a normal
 * build ships them as a file of their own that the page asks for once the map is up, or
 * as soon as a view needs one (store/summaries-sync.ts). The single file and `vite` dev
 * carry them inside the model. Either way they are checked against the model's records:
 * a record left without its summary, or a summary of no record, is an error naming the
 * file and the place, never a panel quietly missing its text.
 */
import type { Bilingual } from '../domain/schema.ts';
import { readInOrder } from './load.ts';
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

/** Adds one file's summaries to `into`; what is wrong with it, each problem naming `place`. */
function addSummaries(raw: unknown, known: ReadonlySet<string>, place: string, into: Map<string, Bilingual>): string[] {
  const at = (path: string, reason: string) => `${PREPARED_FILE} ${place}${path}: ${reason}`;
  if (typeof raw !== 'object' || raw === null) return [at('', 'is not an object')];
  const c = raw as Partial<SummaryColumns>;
  if (c.format !== SUMMARIES_FORMAT) return [at('.format', `is "${String(c.format)}", expected "${SUMMARIES_FORMAT}"`)];
  for (const k of ['id', 'zh', 'en'] as const)
    if (!Array.isArray(c[k]) || !c[k].every((v) => typeof v === 'string'))
      return [at(`.${k}`, 'is missing or not a list of texts')];
  const { id, zh, en } = c as SummaryColumns;
  if (zh.length !== id.length || en.length !== id.length)
    return [at('', `has ${id.length} ids, ${zh.length} Chinese and ${en.length} English texts`)];
  const problems: string[] = [];
  id.forEach((rid, i) => {
    if (!known.has(rid)) problems.push(at(`.id[${i}]`, `"${rid}" is not a record of the model`));
    else if (into.has(rid)) problems.push(at(`.id[${i}]`, `repeats "${rid}"`));
    else into.set(rid, { zh: zh[i] as string, en: en[i] as string });
  });
  return problems;
}

/** The result once every file is in: each record must have its summary. At most 20 problems, then "and more". */
function complete(
  recordIds: readonly string[],
  into: Map<string, Bilingual>,
  problems: string[],
  place: string,
): SummariesResult {
  // A file that is itself wrong would leave every record it should have held "without"; say that first.
  if (problems.length === 0)
    for (const rid of recordIds)
      if (!into.has(rid)) problems.push(`${PREPARED_FILE} ${place}: has no summary for record "${rid}"`);
  if (problems.length > 20)
    return { ok: false, problems: [...problems.slice(0, 20), `${PREPARED_FILE} ${place}: and more`] };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, summaries: into };
}

/** The summaries of `recordIds` from one set of columns, or every problem found, each naming `place`. */
export function summariesFrom(raw: unknown, recordIds: readonly string[], place: string): SummariesResult {
  const into = new Map<string, Bilingual>();
  return complete(recordIds, into, addSummaries(raw, new Set(recordIds), place, into), place);
}

/**
 * Reads the summaries from where the model says they are. A large dataset's come as
 * several files, all requested at once and read one after another with a pause for the
 * page between, as its records are (data/load.ts).
 */
export async function loadSummaries(source: SummarySource, recordIds: readonly string[]): Promise<SummariesResult> {
  if ('inline' in source) return summariesFrom(source.inline, recordIds, 'summaries');
  const requests = source.files.map((url) => fetch(url));
  const known = new Set(recordIds);
  const into = new Map<string, Bilingual>();
  const problems = await readInOrder(source.files, requests, 'summaryFiles', (value, place) =>
    addSummaries(value, known, place, into),
  );
  return complete(recordIds, into, problems, 'summaryFiles');
}
