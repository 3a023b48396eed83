/**
 * Checks of the district profiles (geo/data/profiles.json), what the report says of each
 * district as a whole: one per district, quoting the source, its cluster and core-zone
 * title as the quote gives them, its key industries shown by its records. Last, the
 * coverage every district needs for the map and the tour: a profile and two records.
 */
import { DATA_FILES } from '../atlas-data.ts';
import { DISTRICT_SLUGS, type DistrictProfile } from '../schema.ts';
import { isQuoteOf } from '../source.ts';
import { eachItem, languageIssues, type DataCheck, type DataIssue, type ItemCheck } from './check.ts';
import { profileClusterOwn } from './places.ts';

const file = DATA_FILES.profiles;

/** How the source titles the core zone: 核心区 right before the place's name (核心区张江科学城). */
export const CORE_ZONE = '核心区';

/** The panel shows one profile per district: a second one would be hidden. */
export const uniqueProfile: ItemCheck<DistrictProfile> = (p, at, i, { data }) =>
  data.profiles.findIndex((q) => q.district === p.district) < i
    ? [{ file, path: `${at}.district`, reason: `duplicate profile for "${p.district}"` }]
    : [];

/** The positioning and the cluster's name read right in both interface languages. */
export const profileLanguages: ItemCheck<DistrictProfile> = (p, at) => [
  ...languageIssues(p.positioning, file, `${at}.positioning`),
  ...(p.cluster ? languageIssues(p.cluster, file, `${at}.cluster`) : []),
];

/**
 * A profile names its cluster as its quote does, and is a core zone only where the quote
 * calls that place the 核心区 (core zones lead the tour, so the title must be the source's).
 * "科技创新核心区空间发展格局" (a district's own core area) is not the title: the place's
 * name must follow 核心区 directly.
 */
export function checkCoreZone(p: DistrictProfile, at: string): DataIssue[] {
  const issues: DataIssue[] = [];
  if (p.cluster && !p.quote.includes(p.cluster.zh))
    issues.push({
      file,
      path: `${at}.cluster.zh`,
      reason: `cluster "${p.cluster.zh}" of "${p.district}" is not named in its quote`,
    });
  if (p.core && !(p.cluster && p.quote.includes(`${CORE_ZONE}${p.cluster.zh}`)))
    issues.push({
      file,
      path: `${at}.core`,
      reason: `"${p.district}" is marked core, but its quote does not call a place ${CORE_ZONE} (core zone): it needs "${CORE_ZONE}" right before its cluster's name`,
    });
  return issues;
}

/** The positioning rests on the report's exact words (line breaks aside). */
export const profileQuoteInSource: ItemCheck<DistrictProfile> = (p, at, _i, { source }) =>
  isQuoteOf(p.quote, source)
    ? []
    : [{ file, path: `${at}.quote`, reason: `quote of "${p.district}" is not in the source text: "${p.quote}"` }];

/**
 * Key industries come from the vocabulary, and the district's records show each one, so
 * the profile claims nothing the map cannot show when that industry is filtered.
 */
export const profileIndustries: ItemCheck<DistrictProfile> = (p, at, _i, { data, industryIds }) => {
  const shown = new Set(data.records.filter((r) => r.districts.includes(p.district)).flatMap((r) => r.industries));
  return p.industries.flatMap((id, j): DataIssue[] => {
    if (!industryIds.has(id)) return [{ file, path: `${at}.industries[${j}]`, reason: `unknown industry "${id}"` }];
    if (!shown.has(id))
      return [
        {
          file,
          path: `${at}.industries[${j}]`,
          reason: `key industry "${id}" of "${p.district}" has no record in that district`,
        },
      ];
    return [];
  });
};

/** The checks of one profile, in the order they run. */
export const PROFILE_CHECKS: readonly ItemCheck<DistrictProfile>[] = [
  uniqueProfile,
  profileLanguages,
  checkCoreZone,
  profileClusterOwn,
  profileQuoteInSource,
  profileIndustries,
];

/** Runs the profile checks on every profile, profile by profile. */
export const eachProfile: DataCheck = (ctx) => eachItem(ctx.data.profiles, PROFILE_CHECKS, ctx);

/**
 * Every district has a profile (its panel and tour step) and at least two records drawn in
 * it (listed first among its districts), so no district of the map or the tour is empty.
 * District by district, both problems of one district together.
 */
export const everyDistrictCovered: DataCheck = ({ data }) => {
  const profiled = new Set(data.profiles.map((p) => p.district));
  const drawnIn = new Map<string, number>();
  for (const r of data.records) {
    const home = r.districts[0];
    if (home !== undefined) drawnIn.set(home, (drawnIn.get(home) ?? 0) + 1);
  }
  return DISTRICT_SLUGS.flatMap((slug) => {
    const issues: DataIssue[] = [];
    if (!profiled.has(slug)) issues.push({ file, path: '', reason: `district "${slug}" has no profile` });
    const n = drawnIn.get(slug) ?? 0;
    if (n < 2)
      issues.push({
        file: DATA_FILES.records,
        path: '',
        reason: `district "${slug}" has ${n} record(s); each district needs at least 2`,
      });
    return issues;
  });
};
