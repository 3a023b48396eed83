/**
 * Checks of the records (geo/data/records.json), the facts the map draws: unique ids, both
 * languages, every quote a passage of the source and every figure in its quote, tags from
 * the vocabularies, and each point inside the district it is drawn in. The record checks
 * run record by record, so a data editor reads each record's problems together.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { DATA_FILES } from '../atlas-data.ts';
import type { InitiativeRecord } from '../schema';
import { figureText, isQuoteOf } from '../source.ts';
import { duplicates, eachItem, languageIssues, type DataCheck, type DataIssue, type ItemCheck } from './check.ts';
import { recordPointNamed } from './places.ts';

const file = DATA_FILES.records;

/** Links and selections name a record by id: one id, one record. Names both places. */
export const uniqueRecordIds: DataCheck = ({ data }) =>
  [...duplicates(data.records.map((r) => r.id))].map(([id, at]) => ({
    file,
    path: `[${at[1]}].id`,
    reason: `duplicate id "${id}" (also at [${at[0]}])`,
  }));

/** The name and summary read right in both interface languages. */
export const recordLanguages: ItemCheck<InitiativeRecord> = (r, at) => [
  ...languageIssues(r.name, file, `${at}.name`),
  ...languageIssues(r.summary, file, `${at}.summary`),
];

/** Every fact rests on the report's exact words (line breaks aside). */
export const recordQuoteInSource: ItemCheck<InitiativeRecord> = (r, at, _i, { source }) =>
  isQuoteOf(r.quote, source)
    ? []
    : [{ file, path: `${at}.quote`, reason: `quote of "${r.id}" is not in the source text: "${r.quote}"` }];

/**
 * Every figure, and its growth rate, is written in the quote as the source writes it, so
 * no number is shown that the report does not give; its measure reads right in both languages.
 */
export const recordFigures: ItemCheck<InitiativeRecord> = (r, at) =>
  r.figures.flatMap((fig, j) => {
    const issues: DataIssue[] = [];
    const text = figureText(fig.value, fig.unit);
    if (!r.quote.includes(text))
      issues.push({
        file,
        path: `${at}.figures[${j}]`,
        reason: `figure ${text} of "${r.id}" does not appear in its quote`,
      });
    if (fig.yoy !== undefined && !r.quote.includes(figureText(fig.yoy, '%')))
      issues.push({
        file,
        path: `${at}.figures[${j}].yoy`,
        reason: `growth ${fig.yoy}% of "${r.id}" does not appear in its quote`,
      });
    return [...issues, ...languageIssues(fig.measure, file, `${at}.figures[${j}].measure`)];
  });

/** Industry tags come from the vocabulary, or the filter could never find the record. */
export const recordIndustriesKnown: ItemCheck<InitiativeRecord> = (r, at, _i, { industryIds }) =>
  r.industries.flatMap((id, j) =>
    industryIds.has(id)
      ? []
      : [
          {
            file,
            path: `${at}.industries[${j}]`,
            reason: `unknown industry "${id}" (not in ${DATA_FILES.industries})`,
          },
        ],
  );

/** Regions come from the vocabulary, or the regional view could not place the record. */
export const recordRegionsKnown: ItemCheck<InitiativeRecord> = (r, at, _i, { regionIds }) =>
  r.regions.flatMap((id, j) =>
    regionIds.has(id)
      ? []
      : [{ file, path: `${at}.regions[${j}]`, reason: `unknown region "${id}" (not in ${DATA_FILES.regions})` }],
  );

/** Each district a record names has a boundary, or the record would belong nowhere on the map. */
export const recordDistrictsDrawn: ItemCheck<InitiativeRecord> = (r, at, _i, { districtsBySlug }) =>
  r.districts.flatMap((slug, j) =>
    districtsBySlug.has(slug)
      ? []
      : [{ file, path: `${at}.districts[${j}]`, reason: `district "${slug}" is not in ${DATA_FILES.districts}` }],
  );

/**
 * A placed record (exact or approximate) lies inside the district it is drawn in, its
 * first; a record placed only by district is drawn by the app, so it has nothing to check.
 */
export const recordPointInDistrict: ItemCheck<InitiativeRecord> = (r, at, _i, { districtsBySlug }) => {
  const home = districtsBySlug.get(r.districts[0] ?? '');
  if (!home || !r.location || r.location.precision === 'district') return [];
  const { lng, lat } = r.location;
  return booleanPointInPolygon([lng, lat], home.geometry)
    ? []
    : [
        {
          file,
          path: `${at}.location`,
          reason: `point ${lng}, ${lat} of "${r.id}" lies outside its district ${home.properties.slug}`,
        },
      ];
};

/** The checks of one record, in the order they run. */
export const RECORD_CHECKS: readonly ItemCheck<InitiativeRecord>[] = [
  recordLanguages,
  recordQuoteInSource,
  recordFigures,
  recordIndustriesKnown,
  recordRegionsKnown,
  recordDistrictsDrawn,
  recordPointInDistrict,
  recordPointNamed,
];

/** Runs the record checks on every record, record by record. */
export const eachRecord: DataCheck = (ctx) => eachItem(ctx.data.records, RECORD_CHECKS, ctx);
