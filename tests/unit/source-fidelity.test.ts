/**
 * What the atlas says is what the report says (issue 17). Rules over every record and
 * profile: a summary keeps the qualifiers of its quote in both languages (初步 stays
 * "beginning", 探索 stays "exploring", an open list stays open), a plan stays a plan, and
 * no abbreviation is expanded into words the report does not have. Then the audit's own
 * findings, so each case it named is known to fall under a rule, and the facts it found
 * missing or partial are carried.
 */
import { describe, expect, it } from 'vitest';
import type { DistrictProfile, InitiativeRecord } from '../../src/domain/schema';
import { formatIssue, parseAtlasFiles } from '../../src/domain/validate';
import { loadRealData } from './fixtures/real-data';

// The schemas only: these rules read the text, whatever the data checks say of the rest.
const parsed = parseAtlasFiles(loadRealData());
if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
const data = parsed.data;

/** A record or a profile, as the rules read it: its quote and what we wrote from it. */
interface Told {
  what: string;
  quote: string;
  zh: string;
  en: string;
  /** Names too: an expansion is no better in a title. */
  names: string[];
}

const told: Told[] = [
  ...data.records.map((r: InitiativeRecord): Told => ({
    what: r.id,
    quote: r.quote,
    zh: r.summary.zh,
    en: r.summary.en,
    names: [r.name.zh, r.name.en],
  })),
  ...data.profiles.map((p: DistrictProfile): Told => ({
    what: `profile ${p.district}`,
    quote: p.quote,
    zh: p.positioning.zh,
    en: p.positioning.en,
    names: p.cluster ? [p.cluster.zh, p.cluster.en] : [],
  })),
];

interface Qualifier {
  /** The qualifier as the source writes it. */
  zh: string;
  /** Where a quote has it (defaults to the word itself). */
  inQuote?: RegExp;
  /** What the Chinese summary must keep (defaults to the word itself). */
  keepZh?: RegExp;
  /** An English rendering of it. */
  en: RegExp;
  /** A rendering that says something else. */
  notEn?: RegExp;
}

const QUALIFIERS: Qualifier[] = [
  { zh: '初步', en: /\b(initial|beginning|first stage|early|preliminar)/i },
  { zh: '逐步', en: /\b(gradual|step by step)/i },
  { zh: '探索', en: /\bexplor/i },
  { zh: '尝试', en: /\b(try|tries|trying|tried|trial)/i },
  { zh: '部分', en: /\b(some|part of)\b/i },
  { zh: '最', en: /\b(most|foremost)\b/i },
  { zh: '以…为代表', inQuote: /以[^，。]+为代表/, keepZh: /以[^，。]+为代表/, en: /\b(represent|typified)/i },
  // An open list ("…等", and others); 等 before a number closes a list instead (等4个专项配套政策).
  {
    zh: '等',
    inQuote: /等(?![0-9一二三四五六七八九十])/,
    en: /\b(and others?|and other|among (them|others|other)|such as|including|and so on)\b/i,
  },
  { zh: '近', inQuote: /近[0-9]/, keepZh: /近[0-9]/, en: /\b(nearly|almost|close to)\b/i },
  { zh: '基本', en: /\b(basic|largely|broadly)/i },
  // 完善 improves; it does not complete.
  { zh: '完善', en: /\bimprov/i, notEn: /\bcomplet/i },
  // Aspirations stay aspirations.
  ...['力争', '力求', '努力', '争创', '致力', '计划', '筹划'].map((zh): Qualifier => ({
    zh,
    en: /\b(aim|striv|seek|bid|hope|plan|prepar|want|intend)/i,
  })),
  // 促进融合 promotes integration; it does not tie things closely.
  { zh: '促进…融合', inQuote: /促进[^。]*融合/, keepZh: /融合/, en: /\bintegrat/i, notEn: /\bties?\b/i },
  // 推进项目落实 pushes projects into practice; it does not see them through.
  { zh: '落实', en: /\b(implement|into (effect|practice)|carr(y|ied|ying) out)/i, notEn: /\bsaw them through\b/i },
];

const quoteHas = (q: Qualifier, quote: string) => (q.inQuote ? q.inQuote.test(quote) : quote.includes(q.zh));
const zhKeeps = (q: Qualifier, zh: string) => (q.keepZh ? q.keepZh.test(zh) : zh.includes(q.zh));

describe('every summary keeps the qualifiers of its quote', () => {
  it.each(QUALIFIERS.map((q) => [q.zh, q] as const))('%s', (_, q) => {
    const cases = told.filter((t) => quoteHas(q, t.quote));
    expect(cases.length, `some quote has ${q.zh}`).toBeGreaterThan(0);
    const problems = cases.flatMap((t) => [
      ...(zhKeeps(q, t.zh) ? [] : [`${t.what}: the Chinese drops ${q.zh}: ${t.zh}`]),
      ...(q.en.test(t.en) ? [] : [`${t.what}: the English has no ${String(q.en)} for ${q.zh}: ${t.en}`]),
      ...(q.notEn?.test(t.en) && !/完成|建成/.test(t.quote)
        ? [`${t.what}: the English says ${String(q.notEn)} for ${q.zh}: ${t.en}`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('states a plan as a plan, never as what already is or is becoming', () => {
    const plans = told.filter((t) => /将把|到\d{4}年|规划提出/.test(t.quote));
    expect(plans.map((t) => t.what)).toEqual(
      expect.arrayContaining(['chongming-eco-island-2020-2040-goals', 'profile chongming']),
    );
    expect(plans.filter((t) => /\b(is|are) becoming\b|\bhas become\b/i.test(t.en)).map((t) => t.en)).toEqual([]);
  });
});

describe('no abbreviation is expanded into words the report does not have', () => {
  const EXPANSIONS: { short: string; expanded: RegExp[] }[] = [
    {
      short: '四新',
      expanded: [/新技术|新产业|新业态|新模式/, /new (technolog|industr|business|model)/i],
    },
    { short: '工博会', expanded: [/中国国际工业博览会/, /China International/i, /\bCIIF\b/] },
  ];
  it.each(EXPANSIONS)('$short', ({ short, expanded }) => {
    const cases = told.filter((t) => t.quote.includes(short));
    expect(cases.length, `some quote has ${short}`).toBeGreaterThan(0);
    const texts = cases.flatMap((t) => [t.zh, t.en, ...t.names].map((text) => `${t.what}: ${text}`));
    expect(texts.filter((text) => expanded.some((x) => x.test(text)))).toEqual([]);
  });
});

describe("the audit's findings (issue 17)", () => {
  const byId = new Map(data.records.map((r) => [r.id, r]));
  const record = (id: string): InitiativeRecord => {
    const r = byId.get(id);
    if (!r) throw new Error(`no record ${id}`);
    return r;
  };

  it.each([
    ['yangpu-national-innovative-pilot-district', '初步'],
    ['jiading-management-system-reform', '逐步'],
    ['changning-market-access-supervision-reform', '探索'],
    ['qingpu-st-service-sub-centres', '探索'],
    ['intl-high-level-talks', '等'],
    ['yrd-jiashan-matchmaking', '部分'],
    ['qingpu-civil-drone-base', '最'],
    ['songjiang-iot-cluster', '以…为代表'],
    ['fengxian-oriental-beauty-valley', '完善'],
    ['city-district-innovation-services', '完善'],
    ['intl-cooperation-projects', '落实'],
    ['pudong-science-economy-commission', '促进…融合'],
  ])('%s keeps %s: the rule above covers it', (id, zh) => {
    const q = QUALIFIERS.find((x) => x.zh === zh);
    if (!q) throw new Error(`no rule for ${zh}`);
    const r = record(id);
    expect(quoteHas(q, r.quote), `${id}'s quote has ${zh}`).toBe(true);
    expect(zhKeeps(q, r.summary.zh), r.summary.zh).toBe(true);
    expect(r.summary.en).toMatch(q.en);
  });

  it('names no actor the Yangtze River Delta quote does not name', () => {
    const r = record('yrd-collaborative-innovation');
    expect(r.quote).not.toMatch(/上海|周边/);
    expect(r.summary.en).not.toMatch(/\bShanghai\b|neighbou?r/i);
    expect(r.summary.zh).not.toMatch(/上海|周边/);
  });

  it('carries the facts it found missing, each with its own city-wide record', () => {
    for (const passage of [
      '运用专业化、市场化机制，支持产业园区、街道（镇）、高校院所、大企业、服务机构、投资机构等各类主体，为它们提供低成本、高便利、全要素、全过程服务',
      '产城融合、二三产业融合、工业化和信息化融合、信息化与城市化融合',
      '各区进一步完善科技创新的体制机制建设，积极探索科技创新和产业发展一体化的服务体系',
    ]) {
      const found = data.records.filter((r) => r.quote.includes(passage));
      expect(
        found.map((r) => r.scope),
        passage,
      ).toEqual(['city']);
    }
  });

  it("gives Jinshan's 3个 platforms their figure, in the source's unit", () => {
    const found = data.records.filter((r) => r.quote.includes('3个科技创新管理和服务平台'));
    const figures = found.flatMap((r) =>
      r.figures.map((f) => ({ district: r.districts[0], value: f.value, unit: f.unit })),
    );
    expect(figures).toEqual([{ district: 'jinshan', value: 3, unit: '个' }]);
  });

  it('names the sub-commission in full, as its quote does', () => {
    const full = '中俄总理定期会晤委员会科技合作分委会';
    const r = record('intl-china-russia-st-subcommission');
    expect(r.name.zh).toContain(full);
    expect(r.quote).toContain(full);
    expect(r.name.en).toMatch(/Committee for Regular Prime Ministers' Meetings/);
  });
});
