/**
 * Checks of the two vocabularies records are tagged with, industries and regions: unique
 * ids, names in both languages, and no industry that nothing uses (the filter would offer
 * a choice that always empties the map).
 */
import { DATA_FILES } from '../atlas-data.ts';
import { duplicates, languageIssues, type DataCheck } from './check.ts';

/** Records refer to industries by id; a duplicate would make that reference ambiguous. */
export const uniqueIndustryIds: DataCheck = ({ data }) =>
  [...duplicates(data.industries.map((x) => x.id))].map(([id, at]) => ({
    file: DATA_FILES.industries,
    path: `[${at[1]}].id`,
    reason: `duplicate industry id "${id}"`,
  }));

/** Records refer to regions by id; a duplicate would make that reference ambiguous. */
export const uniqueRegionIds: DataCheck = ({ data }) =>
  [...duplicates(data.regions.map((x) => x.id))].map(([id, at]) => ({
    file: DATA_FILES.regions,
    path: `[${at[1]}].id`,
    reason: `duplicate region id "${id}"`,
  }));

/** Each industry's label reads right in both interface languages. */
export const industryLanguages: DataCheck = ({ data }) =>
  data.industries.flatMap((x, i) => languageIssues(x.label, DATA_FILES.industries, `[${i}].label`));

/** Each region's name reads right in both interface languages. */
export const regionLanguages: DataCheck = ({ data }) =>
  data.regions.flatMap((x, i) => languageIssues(x.name, DATA_FILES.regions, `[${i}].name`));

/** An industry no record carries would be a filter choice that always shows nothing. */
export const everyIndustryUsed: DataCheck = ({ data }) => {
  const used = new Set<string>();
  for (const r of data.records) for (const id of r.industries) used.add(id);
  return data.industries.flatMap((x, i) =>
    used.has(x.id)
      ? []
      : [{ file: DATA_FILES.industries, path: `[${i}]`, reason: `industry "${x.id}" is used by no record` }],
  );
};
