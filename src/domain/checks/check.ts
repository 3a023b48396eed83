/**
 * What a data check is and what it may read. The validator is a list of small named
 * checks (src/domain/validate.ts runs them in order), so a new rule is a new function
 * in the list, not one more branch in a long function, and each can be tested alone.
 */
import type { AtlasData } from '../atlas-data';
import type { Bilingual, DistrictFeature } from '../schema';
import { normaliseSource } from '../source.ts';

/** One problem: the file, the place inside it, and why. */
export interface DataIssue {
  file: string;
  /** JSON path inside the file, e.g. `[12].name.en`; empty for the file as a whole. */
  path: string;
  reason: string;
}

/**
 * Everything a check reads: the files as their schemas parsed them, the source as quotes
 * are matched against it, and the lookups several checks share, built once.
 */
export interface CheckContext {
  readonly data: AtlasData;
  /** The source text with its line breaks removed (see `normaliseSource`). */
  readonly source: string;
  /** Each district feature by slug; with duplicates, the last one (the one a lookup by slug meets). */
  readonly districtsBySlug: ReadonlyMap<string, DistrictFeature>;
  readonly industryIds: ReadonlySet<string>;
  readonly regionIds: ReadonlySet<string>;
}

/** A check of the data as a whole: returns its problems, in the order a reader should see them. */
export type DataCheck = (ctx: CheckContext) => DataIssue[];

/**
 * A check of one item of a list (a record, a profile, a district feature). Item checks run
 * item by item (see `eachItem`), so every problem of one item is listed together.
 * `at` is the item's path in its file, e.g. `[12]` or `features[3]`; `index` its position.
 */
export type ItemCheck<T> = (item: T, at: string, index: number, ctx: CheckContext) => DataIssue[];

/**
 * Runs `checks` on every item in turn: item 0's problems first, in the order of `checks`.
 * `list` is the list's path in its file (`features`), empty for a file that is the list.
 */
export function eachItem<T>(
  items: readonly T[],
  checks: readonly ItemCheck<T>[],
  ctx: CheckContext,
  list = '',
): DataIssue[] {
  const issues: DataIssue[] = [];
  items.forEach((item, i) => {
    const at = `${list}[${i}]`;
    for (const check of checks) issues.push(...check(item, at, i, ctx));
  });
  return issues;
}

const HAN = /\p{Script=Han}/u;

/** Chinese text must hold Chinese characters, English text none (a common slip when pasting). */
export function languageIssues(text: Bilingual, file: string, path: string): DataIssue[] {
  const issues: DataIssue[] = [];
  if (!HAN.test(text.zh))
    issues.push({ file, path: `${path}.zh`, reason: 'the Chinese text has no Chinese characters' });
  if (HAN.test(text.en))
    issues.push({ file, path: `${path}.en`, reason: `the English text contains Chinese characters: "${text.en}"` });
  return issues;
}

/** The ids that occur more than once, each with every index it occurs at, in order of first occurrence. */
export function duplicates(ids: readonly string[]): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  ids.forEach((id, i) => seen.set(id, [...(seen.get(id) ?? []), i]));
  return new Map([...seen].filter(([, at]) => at.length > 1));
}

/** Builds what the checks read from data its schemas have parsed. */
export function checkContext(data: AtlasData): CheckContext {
  return {
    data,
    source: normaliseSource(data.source),
    districtsBySlug: new Map(data.districts.features.map((f) => [f.properties.slug, f])),
    industryIds: new Set(data.industries.map((x) => x.id)),
    regionIds: new Set(data.regions.map((x) => x.id)),
  };
}
