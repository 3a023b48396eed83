/**
 * The validator is a list of named checks (src/domain/checks/). Each check gets a broken
 * copy of the real data that it, alone, must catch: run by itself it returns exactly that
 * problem and nothing on the real data, and `validateAtlasData` reports it too, so a check
 * dropped from its list fails here. A new check needs a case: the table must cover them all.
 */
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/domain/atlas-data';
import { checkContext, eachItem, type DataCheck, type DataIssue } from '../../src/domain/checks/check';
import { DISTRICT_FEATURE_CHECKS } from '../../src/domain/checks/districts';
import { PROFILE_CHECKS } from '../../src/domain/checks/profiles';
import { RECORD_CHECKS } from '../../src/domain/checks/records';
import type { DistrictProfile, DistrictsFile, Industry, InitiativeRecord, Region } from '../../src/domain/schema';
import {
  DATA_CHECKS,
  formatIssue,
  parseAtlasFiles,
  validateAtlasData,
  type RawAtlasData,
} from '../../src/domain/validate';
import { loadRealData } from './fixtures/real-data';

/** The typed views of a raw copy, for editing it. */
interface Editable {
  raw: RawAtlasData;
  districts: DistrictsFile;
  records: InitiativeRecord[];
  profiles: DistrictProfile[];
  industries: Industry[];
  regions: Region[];
}

/** What a check should report: the file, the path, and the reason (exactly, or a pattern). */
interface Expected {
  file: string;
  path: string;
  reason: string | RegExp;
}

interface Case {
  check: string;
  breaks: string;
  /** Breaks a fresh copy of the real data; returns what the check must report, in order. */
  edit: (d: Editable) => Expected[];
}

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item at index ${i}`);
  return item;
}

function indexWhere<T>(items: readonly T[], test: (x: T) => boolean): number {
  const i = items.findIndex(test);
  if (i < 0) throw new Error('the real data has no item of the kind this test needs');
  return i;
}

function brokenCopy(edit: Case['edit']): { raw: RawAtlasData; expected: Expected[] } {
  const raw = structuredClone(loadRealData());
  const expected = edit({
    raw,
    districts: raw.districts as DistrictsFile,
    records: raw.records as InitiativeRecord[],
    profiles: raw.profiles as DistrictProfile[],
    industries: raw.industries as Industry[],
    regions: raw.regions as Region[],
  });
  return { raw, expected };
}

function matcher(e: Expected): unknown {
  return {
    file: e.file,
    path: e.path,
    reason: typeof e.reason === 'string' ? e.reason : expect.stringMatching(e.reason),
  };
}

function matches(i: DataIssue, e: Expected): boolean {
  const reason = typeof e.reason === 'string' ? i.reason === e.reason : e.reason.test(i.reason);
  return i.file === e.file && i.path === e.path && reason;
}

/** Every check by name, each runnable alone: the item checks over their own list only. */
const RUNNERS = new Map<string, DataCheck>([
  ...DATA_CHECKS.map((c): [string, DataCheck] => [c.name, c]),
  ...DISTRICT_FEATURE_CHECKS.map((c): [string, DataCheck] => [
    c.name,
    (ctx) => eachItem(ctx.data.districts.features, [c], ctx, 'features'),
  ]),
  ...RECORD_CHECKS.map((c): [string, DataCheck] => [c.name, (ctx) => eachItem(ctx.data.records, [c], ctx)]),
  ...PROFILE_CHECKS.map((c): [string, DataCheck] => [c.name, (ctx) => eachItem(ctx.data.profiles, [c], ctx)]),
]);

/** Runs one check alone on data that passes its schemas. */
function runAlone(name: string, raw: RawAtlasData): DataIssue[] {
  const check = RUNNERS.get(name);
  if (!check) throw new Error(`no check named ${name}`);
  const parsed = parseAtlasFiles(raw);
  if (!parsed.ok) throw new Error(`the broken copy fails its schemas:\n${parsed.issues.map(formatIssue).join('\n')}`);
  return check(checkContext(parsed.data));
}

const R = DATA_FILES.records;
const P = DATA_FILES.profiles;
const D = DATA_FILES.districts;
const I = DATA_FILES.industries;
const G = DATA_FILES.regions;
const isApproximate = (r: InitiativeRecord) => r.location?.precision === 'approximate';

const CASES: Case[] = [
  {
    check: 'eachDistrictFeature',
    breaks: 'a second Huangpu and a label in the sea, listed feature by feature',
    edit: ({ districts }) => {
      const copy = structuredClone(at(districts.features, 0));
      copy.id = 9999;
      copy.properties.label_lng = 122.6;
      copy.properties.label_lat = 31.0;
      districts.features.push(copy);
      const n = districts.features.length - 1;
      return [
        { file: D, path: `features[${n}].properties.slug`, reason: 'duplicate district "huangpu"' },
        { file: D, path: `features[${n}].properties.label_lng`, reason: 'label point lies outside the district' },
      ];
    },
  },
  {
    check: 'uniqueDistrictSlug',
    breaks: 'a district drawn twice',
    edit: ({ districts }) => {
      const copy = structuredClone(at(districts.features, 3));
      copy.id = 9999;
      districts.features.push(copy);
      const slug = copy.properties.slug;
      return [
        {
          file: D,
          path: `features[${districts.features.length - 1}].properties.slug`,
          reason: `duplicate district "${slug}"`,
        },
      ];
    },
  },
  {
    check: 'labelInsideDistrict',
    breaks: 'a label point in the sea',
    edit: ({ districts }) => {
      const f = at(districts.features, 2);
      f.properties.label_lng = 122.6;
      f.properties.label_lat = 31.0;
      return [{ file: D, path: 'features[2].properties.label_lng', reason: 'label point lies outside the district' }];
    },
  },
  {
    check: 'uniqueDistrictFeatureIds',
    breaks: 'two features with one id',
    edit: ({ districts }) => {
      const id = at(districts.features, 1).id;
      at(districts.features, 4).id = id;
      return [{ file: D, path: 'features[4].id', reason: `duplicate feature id ${id}` }];
    },
  },
  {
    check: 'everyDistrictDrawn',
    breaks: 'a district with no boundary',
    edit: ({ districts }) => {
      districts.features = districts.features.filter((f) => f.properties.slug !== 'chongming');
      return [{ file: D, path: 'features', reason: 'district "chongming" is missing' }];
    },
  },
  {
    check: 'uniqueIndustryIds',
    breaks: 'two industries with one id',
    edit: ({ industries }) => {
      const id = at(industries, 1).id;
      at(industries, 3).id = id;
      return [{ file: I, path: '[3].id', reason: `duplicate industry id "${id}"` }];
    },
  },
  {
    check: 'uniqueRegionIds',
    breaks: 'two regions with one id',
    edit: ({ regions }) => {
      const id = at(regions, 0).id;
      at(regions, 2).id = id;
      return [{ file: G, path: '[2].id', reason: `duplicate region id "${id}"` }];
    },
  },
  {
    check: 'industryLanguages',
    breaks: 'an industry label in English with Chinese in it',
    edit: ({ industries }) => {
      at(industries, 0).label.en = '生物 industry';
      return [
        { file: I, path: '[0].label.en', reason: 'the English text contains Chinese characters: "生物 industry"' },
      ];
    },
  },
  {
    check: 'regionLanguages',
    breaks: 'a region whose Chinese name has no Chinese',
    edit: ({ regions }) => {
      at(regions, 0).name.zh = 'Zhejiang';
      return [{ file: G, path: '[0].name.zh', reason: 'the Chinese text has no Chinese characters' }];
    },
  },
  {
    check: 'uniqueRecordIds',
    breaks: 'two records with one id',
    edit: ({ records }) => {
      const id = at(records, 2).id;
      at(records, 7).id = id;
      return [{ file: R, path: '[7].id', reason: `duplicate id "${id}" (also at [2])` }];
    },
  },
  {
    check: 'eachRecord',
    breaks: 'problems in two records, listed record by record',
    edit: ({ records }) => {
      at(records, 5).name.en = 'Zhangjiang 张江';
      at(records, 3).quote = '全市科技创新中心建设取得了决定性的全面胜利';
      const j = at(records, 3).industries.push('teleportation') - 1;
      return [
        { file: R, path: '[3].quote', reason: /is not in the source text/ },
        { file: R, path: `[3].industries[${j}]`, reason: `unknown industry "teleportation" (not in ${I})` },
        { file: R, path: '[5].name.en', reason: 'the English text contains Chinese characters: "Zhangjiang 张江"' },
      ];
    },
  },
  {
    check: 'recordLanguages',
    breaks: 'a Chinese summary with no Chinese',
    edit: ({ records }) => {
      at(records, 0).summary.zh = 'English only';
      return [{ file: R, path: '[0].summary.zh', reason: 'the Chinese text has no Chinese characters' }];
    },
  },
  {
    check: 'recordQuoteInSource',
    breaks: 'a quote the report does not contain',
    edit: ({ records }) => {
      const r = at(records, 1);
      r.quote = '全市科技创新中心建设取得了决定性的全面胜利';
      return [{ file: R, path: '[1].quote', reason: `quote of "${r.id}" is not in the source text: "${r.quote}"` }];
    },
  },
  {
    check: 'recordFigures',
    breaks: 'a figure not in its quote',
    edit: ({ records }) => {
      const i = indexWhere(records, (r) => r.figures.length > 0);
      const r = at(records, i);
      const fig = at(r.figures, 0);
      fig.value = 987654;
      return [
        {
          file: R,
          path: `[${i}].figures[0]`,
          reason: `figure 987654${fig.unit} of "${r.id}" does not appear in its quote`,
        },
      ];
    },
  },
  {
    check: 'recordIndustriesKnown',
    breaks: 'an industry tag not in the vocabulary',
    edit: ({ records }) => {
      const j = at(records, 0).industries.push('teleportation') - 1;
      return [{ file: R, path: `[0].industries[${j}]`, reason: `unknown industry "teleportation" (not in ${I})` }];
    },
  },
  {
    check: 'recordRegionsKnown',
    breaks: 'a region not in the vocabulary',
    edit: ({ records }) => {
      const j = at(records, 0).regions.push('atlantis') - 1;
      return [{ file: R, path: `[0].regions[${j}]`, reason: `unknown region "atlantis" (not in ${G})` }];
    },
  },
  {
    check: 'recordDistrictsDrawn',
    breaks: 'records in a district that has no boundary',
    edit: ({ districts, records }) => {
      districts.features = districts.features.filter((f) => f.properties.slug !== 'chongming');
      return records.flatMap((r, i) =>
        r.districts.flatMap((slug, j) =>
          slug === 'chongming'
            ? [{ file: R, path: `[${i}].districts[${j}]`, reason: `district "chongming" is not in ${D}` }]
            : [],
        ),
      );
    },
  },
  {
    check: 'recordPointInDistrict',
    breaks: 'a point in the sea',
    edit: ({ records }) => {
      const i = indexWhere(records, isApproximate);
      const r = at(records, i);
      r.location = { precision: 'approximate', lng: 122.6, lat: 31.0 };
      return [
        {
          file: R,
          path: `[${i}].location`,
          reason: `point 122.6, 31 of "${r.id}" lies outside its district ${r.districts[0] ?? '?'}`,
        },
      ];
    },
  },
  {
    check: 'recordPointNamed',
    breaks:
      'a point for a record whose quote names no place (the Lingang transfer centre: Lingang only supports it), and a place in two districts listed in one',
    edit: ({ records }) => {
      const i = indexWhere(records, (r) => r.id === 'pudong-lingang-smart-manufacturing-transfer-centre');
      const centre = at(records, i);
      centre.location = { precision: 'approximate', lng: 121.9, lat: 30.91 };
      const j = indexWhere(records, (r) => isApproximate(r) && r.quote.includes('漕河泾开发区'));
      const zone = at(records, j);
      zone.districts = ['xuhui'];
      return [
        {
          file: R,
          path: `[${i}].location`,
          reason:
            /^"pudong-lingang-smart-manufacturing-transfer-centre" has an approximate point, but its quote names no place/,
        },
        {
          file: R,
          path: `[${j}].districts`,
          reason: `"${zone.id}" stands for 漕河泾开发区, which lies in xuhui, minhang: list exactly those districts (it lists xuhui)`,
        },
      ];
    },
  },
  {
    check: 'everyIndustryUsed',
    breaks: 'an industry no record carries',
    edit: ({ records, industries }) => {
      const k = industries.length - 1;
      const id = at(industries, k).id;
      for (const r of records) r.industries = r.industries.filter((x) => x !== id);
      return [{ file: I, path: `[${k}]`, reason: `industry "${id}" is used by no record` }];
    },
  },
  {
    check: 'eachProfile',
    breaks: 'problems in two profiles, listed profile by profile',
    edit: ({ profiles }) => {
      at(profiles, 4).positioning.en = '普陀 Putuo';
      at(profiles, 2).quote = '全市科技创新中心建设取得了决定性的全面胜利';
      const j = at(profiles, 2).industries.push('teleportation') - 1;
      return [
        { file: P, path: '[2].quote', reason: /is not in the source text/ },
        { file: P, path: `[2].industries[${j}]`, reason: 'unknown industry "teleportation"' },
        { file: P, path: '[4].positioning.en', reason: /contains Chinese characters/ },
      ];
    },
  },
  {
    check: 'uniqueProfile',
    breaks: 'a second profile of one district',
    edit: ({ profiles }) => {
      profiles.push(structuredClone(at(profiles, 0)));
      return [
        {
          file: P,
          path: `[${profiles.length - 1}].district`,
          reason: `duplicate profile for "${at(profiles, 0).district}"`,
        },
      ];
    },
  },
  {
    check: 'profileLanguages',
    breaks: "a cluster's English name with Chinese in it",
    edit: ({ profiles }) => {
      const i = indexWhere(profiles, (p) => p.cluster !== undefined);
      const p = at(profiles, i);
      if (!p.cluster) throw new Error('no cluster');
      p.cluster.en = `${p.cluster.zh} Park`;
      return [{ file: P, path: `[${i}].cluster.en`, reason: /^the English text contains Chinese characters/ }];
    },
  },
  {
    check: 'checkCoreZone',
    breaks: 'a core flag where the quote gives no core-zone title',
    edit: ({ profiles }) => {
      const i = indexWhere(profiles, (p) => p.district === 'jiading');
      at(profiles, i).core = true;
      return [{ file: P, path: `[${i}].core`, reason: /^"jiading" is marked core, but its quote does not call/ }];
    },
  },
  {
    check: 'profileClusterOwn',
    breaks: 'a place that lies in two districts claimed as one district’s cluster',
    edit: ({ profiles }) => {
      const i = indexWhere(profiles, (p) => p.district === 'xuhui');
      at(profiles, i).cluster = { zh: '漕河泾开发区', en: 'Caohejing Development Zone' };
      return [
        {
          file: P,
          path: `[${i}].cluster.zh`,
          reason: 'cluster "漕河泾开发区" of "xuhui" lies in xuhui, minhang, not in "xuhui" alone',
        },
      ];
    },
  },
  {
    check: 'profileQuoteInSource',
    breaks: 'a profile quote the report does not contain',
    edit: ({ profiles }) => {
      const p = at(profiles, 0);
      p.quote = '全市科技创新中心建设取得了决定性的全面胜利';
      return [
        { file: P, path: '[0].quote', reason: `quote of "${p.district}" is not in the source text: "${p.quote}"` },
      ];
    },
  },
  {
    check: 'profileIndustries',
    breaks: 'a key industry no record of the district shows',
    edit: ({ profiles, records, industries }) => {
      const p = at(profiles, 0);
      const shown = new Set(records.filter((r) => r.districts.includes(p.district)).flatMap((r) => r.industries));
      const missing = industries.find((x) => !shown.has(x.id));
      if (!missing) throw new Error(`every industry has a record in ${p.district}`);
      const j = p.industries.push(missing.id) - 1;
      return [
        {
          file: P,
          path: `[0].industries[${j}]`,
          reason: `key industry "${missing.id}" of "${p.district}" has no record in that district`,
        },
      ];
    },
  },
  {
    check: 'everyDistrictCovered',
    breaks: 'a district with no profile and one record, both listed under the district',
    edit: ({ raw, profiles, records }) => {
      raw.profiles = profiles.filter((p) => p.district !== 'huangpu');
      const first = records.findIndex((r) => r.districts[0] === 'huangpu');
      raw.records = records.filter((r, i) => r.districts[0] !== 'huangpu' || i === first);
      return [
        { file: P, path: '', reason: 'district "huangpu" has no profile' },
        { file: R, path: '', reason: 'district "huangpu" has 1 record(s); each district needs at least 2' },
      ];
    },
  },
];

describe('the list of checks', () => {
  it('runs the data checks in this order', () => {
    expect(DATA_CHECKS.map((c) => c.name)).toEqual([
      'eachDistrictFeature',
      'uniqueDistrictFeatureIds',
      'everyDistrictDrawn',
      'uniqueIndustryIds',
      'uniqueRegionIds',
      'industryLanguages',
      'regionLanguages',
      'uniqueRecordIds',
      'eachRecord',
      'everyIndustryUsed',
      'eachProfile',
      'everyDistrictCovered',
    ]);
  });

  it('gives every check its own name', () => {
    const names = [...DATA_CHECKS, ...DISTRICT_FEATURE_CHECKS, ...RECORD_CHECKS, ...PROFILE_CHECKS].map((c) => c.name);
    expect(names.every((n) => /^[a-z][A-Za-z]+$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a broken-data case for every check, and no case for a check that does not exist', () => {
    expect(CASES.map((c) => c.check).sort()).toEqual([...RUNNERS.keys()].sort());
  });
});

describe.each(CASES)('check $check', ({ check, breaks, edit }) => {
  it('finds nothing in the committed data', () => {
    expect(runAlone(check, loadRealData())).toEqual([]);
  });

  it(`alone finds exactly its problem: ${breaks}`, () => {
    const { raw, expected } = brokenCopy(edit);
    expect(expected.length).toBeGreaterThan(0);
    expect(runAlone(check, raw)).toEqual(expected.map(matcher));
  });

  it('is run by validateAtlasData, in its order', () => {
    const { raw, expected } = brokenCopy(edit);
    const result = validateAtlasData(raw);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual(expect.arrayContaining(expected.map(matcher)));
    const positions = expected.map((e) => issues.findIndex((i) => matches(i, e)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
