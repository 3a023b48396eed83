import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/domain/atlas-data';
import { DISTRICT_SLUGS, type DistrictProfile, type Industry, type InitiativeRecord } from '../../src/domain/schema';
import { normaliseSource } from '../../src/domain/source';
import { formatIssue, parseJson, validateAtlasData, type RawAtlasData } from '../../src/domain/validate';
import { loadRealData } from './fixtures/real-data';

/** The typed views of a raw copy, for editing it. */
interface Editable {
  raw: RawAtlasData;
  records: InitiativeRecord[];
  profiles: DistrictProfile[];
  industries: Industry[];
}

/** A fresh, private copy of the real data with one edit applied. */
function brokenCopy(edit: (d: Editable) => void): RawAtlasData {
  const raw = structuredClone(loadRealData());
  edit({
    raw,
    records: raw.records as InitiativeRecord[],
    profiles: raw.profiles as DistrictProfile[],
    industries: raw.industries as Industry[],
  });
  return raw;
}

/** Validates data that must fail, returning the messages a data editor would read. */
function messagesOf(raw: RawAtlasData): string[] {
  const result = validateAtlasData(raw);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(formatIssue);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A message naming `file`, then `path` (if any), then a reason matching `problem`. */
function issue(file: string, path: string, problem: string | RegExp): unknown {
  const reason = typeof problem === 'string' ? escape(problem) : problem.source;
  return expect.stringMatching(new RegExp(`^${escape(file)}${path ? ` ${escape(path)}` : ''}: .*${reason}`));
}

function indexWhere(records: InitiativeRecord[], test: (r: InitiativeRecord) => boolean): number {
  const i = records.findIndex(test);
  if (i < 0) throw new Error('the real data has no record of the kind this test needs');
  return i;
}

function at<T>(items: T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item at index ${i}`);
  return item;
}

const isDistrictRecord = (r: InitiativeRecord) => r.scope === 'district';

describe('the committed data', () => {
  it('validates without a single issue', () => {
    const result = validateAtlasData(loadRealData());
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has all 16 districts, each drawn with at least 2 records', () => {
    const result = validateAtlasData(loadRealData());
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const slugs = result.data.districts.features.map((f) => f.properties.slug);
    expect(slugs).toHaveLength(16);
    expect(new Set(slugs)).toEqual(new Set(DISTRICT_SLUGS));
    for (const slug of DISTRICT_SLUGS) {
      const drawnHere = result.data.records.filter((r) => r.districts[0] === slug);
      expect(drawnHere.length, `records drawn in ${slug}`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('a broken copy of the data', () => {
  it('rejects a record in a district that does not exist', () => {
    let i = -1;
    const raw = brokenCopy(({ records }) => {
      i = indexWhere(records, isDistrictRecord);
      (at(records, i).districts as string[])[0] = 'atlantis';
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(DATA_FILES.records, `[${i}].districts[0]`, /expected one of .*"pudong"/),
    );
  });

  it('rejects a point that lies in the sea, outside its district', () => {
    let i = -1;
    let home = '';
    const raw = brokenCopy(({ records }) => {
      i = indexWhere(records, (r) => r.location?.precision === 'approximate');
      const r = at(records, i);
      home = r.districts[0] ?? '';
      r.location = { precision: 'approximate', lng: 122.3, lat: 31.0 };
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(
        DATA_FILES.records,
        `[${i}].location`,
        new RegExp(`point 122\\.3, 31 of ".+" lies outside its district ${home}$`),
      ),
    );
  });

  it.each(['', '   '])('rejects an English name that is empty (%j)', (blank) => {
    const raw = brokenCopy(({ records }) => {
      at(records, 0).name.en = blank;
    });
    expect(messagesOf(raw)).toContainEqual(issue(DATA_FILES.records, '[0].name.en', 'must not be empty'));
  });

  it('rejects a record with no English name at all', () => {
    const raw = brokenCopy(({ records }) => {
      delete (at(records, 3).name as Partial<InitiativeRecord['name']>).en;
    });
    expect(messagesOf(raw)).toContainEqual(issue(DATA_FILES.records, '[3].name.en', /expected string/));
  });

  it('rejects English text that contains Chinese characters', () => {
    const raw = brokenCopy(({ records }) => {
      at(records, 5).name.en = 'Zhangjiang 张江 Science City';
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(
        DATA_FILES.records,
        '[5].name.en',
        'the English text contains Chinese characters: "Zhangjiang 张江 Science City"',
      ),
    );
  });

  it('rejects a quote that is not in the source', () => {
    let i = -1;
    const raw = brokenCopy(({ records }) => {
      i = indexWhere(records, (r) => r.figures.length === 0);
      at(records, i).quote = '全市科技创新中心建设取得了决定性的全面胜利';
    });
    expect(messagesOf(raw)).toContainEqual(issue(DATA_FILES.records, `[${i}].quote`, 'is not in the source text'));
  });

  it('rejects a figure whose value is not in its quote', () => {
    let i = -1;
    const raw = brokenCopy(({ records }) => {
      i = indexWhere(records, (r) => r.figures.length > 0);
      at(at(records, i).figures, 0).value = 987654;
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(DATA_FILES.records, `[${i}].figures[0]`, /figure 987654.* does not appear in its quote/),
    );
  });

  it('rejects a growth rate that is not in the quote', () => {
    let i = -1;
    let j = -1;
    const raw = brokenCopy(({ records }) => {
      i = indexWhere(records, (r) => r.figures.some((f) => f.yoy !== undefined));
      const figures = at(records, i).figures;
      j = figures.findIndex((f) => f.yoy !== undefined);
      at(figures, j).yoy = 99.99;
    });
    expect(messagesOf(raw)).toContainEqual(issue(DATA_FILES.records, `[${i}].figures[${j}].yoy`, 'growth 99.99%'));
  });

  it('rejects two records with the same id, naming both places', () => {
    const raw = brokenCopy(({ records }) => {
      at(records, 7).id = at(records, 2).id;
    });
    const messages = messagesOf(raw);
    expect(messages).toContainEqual(issue(DATA_FILES.records, '[7].id', /duplicate id ".+" \(also at \[2\]\)/));
  });

  it('rejects an industry tag that is not in the vocabulary', () => {
    let i = -1;
    let j = -1;
    const raw = brokenCopy(({ records }) => {
      i = indexWhere(records, isDistrictRecord);
      j = at(records, i).industries.push('teleportation') - 1;
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(
        DATA_FILES.records,
        `[${i}].industries[${j}]`,
        `unknown industry "teleportation" (not in ${DATA_FILES.industries})`,
      ),
    );
  });

  it('rejects a vocabulary industry that no record uses', () => {
    let k = -1;
    let id = '';
    const raw = brokenCopy(({ records, industries }) => {
      k = industries.length - 1;
      id = at(industries, k).id;
      for (const r of records) r.industries = r.industries.filter((x) => x !== id);
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(DATA_FILES.industries, `[${k}]`, `industry "${id}" is used by no record`),
    );
  });

  it('rejects a district left with fewer than 2 records', () => {
    const raw = brokenCopy(({ raw, records }) => {
      const first = records.findIndex((r) => r.districts[0] === 'huangpu');
      raw.records = records.filter((r, i) => r.districts[0] !== 'huangpu' || i === first);
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(DATA_FILES.records, '', 'district "huangpu" has 1 record(s); each district needs at least 2'),
    );
  });

  it('rejects a core flag where the quote does not call the place 核心区, even if it says 核心区 elsewhere', () => {
    let i = -1;
    const raw = brokenCopy(({ profiles }) => {
      // Jiading's quote speaks of its own "科技创新核心区空间发展格局": that is no core-zone title.
      i = profiles.findIndex((p) => p.district === 'jiading');
      expect(at(profiles, i).quote).toContain('核心区');
      at(profiles, i).core = true;
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(DATA_FILES.profiles, `[${i}].core`, '"jiading" is marked core, but its quote does not call a place 核心区'),
    );
  });

  it('rejects a core flag on a profile that names no cluster', () => {
    let i = -1;
    const raw = brokenCopy(({ profiles }) => {
      i = profiles.findIndex((p) => p.district === 'pudong');
      delete at(profiles, i).cluster;
    });
    expect(messagesOf(raw)).toContainEqual(issue(DATA_FILES.profiles, `[${i}].core`, 'is marked core'));
  });

  it('accepts the core flag where the quote puts 核心区 right before the cluster it names', () => {
    const pudong = (loadRealData().profiles as DistrictProfile[]).find((p) => p.district === 'pudong');
    expect(pudong?.core).toBe(true);
    expect(pudong?.quote).toContain(`核心区${pudong?.cluster?.zh ?? '?'}`);
  });

  it('rejects a cluster its quote does not name', () => {
    let i = -1;
    const raw = brokenCopy(({ profiles }) => {
      i = profiles.findIndex((p) => p.district === 'minhang');
      at(profiles, i).cluster = { zh: '漕河泾开发区', en: 'Caohejing Development Zone' };
    });
    expect(messagesOf(raw)).toContainEqual(
      issue(DATA_FILES.profiles, `[${i}].cluster.zh`, 'cluster "漕河泾开发区" of "minhang" is not named in its quote'),
    );
  });

  it('rejects data in which a district has no profile', () => {
    const raw = brokenCopy(({ raw, profiles }) => {
      raw.profiles = profiles.filter((p) => p.district !== 'chongming');
    });
    expect(messagesOf(raw)).toContainEqual(issue(DATA_FILES.profiles, '', 'district "chongming" has no profile'));
  });

  it('accepts a quote that spans a line break of the source text', () => {
    const { source } = loadRealData();
    // A line break that falls inside a phrase, between two Chinese characters.
    const m = /\p{Script=Han}{8}\s*\n\s*\p{Script=Han}{8}/u.exec(source);
    if (!m) throw new Error('the source has no line break inside a phrase');
    const quote = m[0].replace(/\s+/g, '');
    expect(source).not.toContain(quote);
    let i = -1;
    const raw = brokenCopy(({ records }) => {
      i = indexWhere(records, (r) => r.figures.length === 0);
      at(records, i).quote = quote;
    });
    const result = validateAtlasData(raw);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.data.records[i]?.quote).toBe(quote);
  });

  it('still rejects that quote when a character is left out at the break', () => {
    const { source } = loadRealData();
    const m = /(\p{Script=Han}{8})\s*\n\s*\p{Script=Han}(\p{Script=Han}{7})/u.exec(source);
    if (!m?.[1] || !m[2]) throw new Error('the source has no line break inside a phrase');
    const quote = m[1] + m[2];
    expect(normaliseSource(source)).not.toContain(quote);
    let i = -1;
    const raw = brokenCopy(({ records }) => {
      i = indexWhere(records, (r) => r.figures.length === 0);
      at(records, i).quote = quote;
    });
    expect(messagesOf(raw)).toContainEqual(issue(DATA_FILES.records, `[${i}].quote`, 'is not in the source text'));
  });
});

describe('parseJson', () => {
  it('reports invalid JSON with the file, line and column instead of throwing', () => {
    // The stray "}" after the trailing comma is on line 2, column 14.
    const text = '[\n  {"id": "a",}\n]';
    const r = parseJson(DATA_FILES.records, text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue.file).toBe(DATA_FILES.records);
    const message = formatIssue(r.issue);
    expect(message).toMatch(/^geo\/data\/records\.json line 2, column 14: invalid JSON/);
  });

  it('counts columns from 1 on the first line', () => {
    // The missing comma: "2" is the fourth character of the only line.
    const r = parseJson(DATA_FILES.regions, '[1 2]');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssue(r.issue)).toMatch(/^geo\/data\/regions\.json line 1, column 4: invalid JSON/);
  });

  it('gives the line of a trailing comma left after deleting the last record', () => {
    // What an editor gets by deleting the last entry of a list and keeping its comma.
    const text = '[\n  { "id": "a" },\n  { "id": "b" },\n]\n';
    const r = parseJson(DATA_FILES.records, text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssue(r.issue)).toMatch(/^geo\/data\/records\.json line 4, column 1: invalid JSON/);
  });

  it('returns the parsed value of valid JSON', () => {
    expect(parseJson(DATA_FILES.records, '[{"id": "a"}]')).toEqual({ ok: true, value: [{ id: 'a' }] });
  });
});
