import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUMMARIES_FORMAT, type SummarySource } from '../../src/data/prepared';
import { loadSummaries, summariesFrom, summaryColumns, type SummariesResult } from '../../src/data/summaries';
import { createAtlasStore } from '../../src/store/store';
import { connectSummaries } from '../../src/store/summaries-sync';
import { loadRealModel } from './fixtures/real-data';

const model = loadRealModel();
const ids = model.records.map((r) => r.id);
const columns = () => JSON.parse(JSON.stringify(summaryColumns(model.records))) as ReturnType<typeof summaryColumns>;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the records' summaries", () => {
  it("come back as every record's Chinese and English summary", () => {
    const result = summariesFrom(columns(), ids, 'summaries');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.summaries.size).toBe(model.records.length);
    for (const r of model.records) expect(result.summaries.get(r.id)).toEqual(r.summary);
  });

  it('refuse a file that leaves a record without its summary, naming the record', () => {
    const c = columns();
    const [gone] = c.id.splice(3, 1);
    c.zh.splice(3, 1);
    c.en.splice(3, 1);
    const result = summariesFrom(c, ids, 'summaryFile (s.json)');
    expect(result).toEqual({
      ok: false,
      problems: [expect.stringMatching(new RegExp(`summaryFile \\(s\\.json\\): has no summary for record "${gone}"`))],
    });
  });

  it('refuse a summary of no record, a repeated id, columns of different lengths and another format', () => {
    const unknown = columns();
    unknown.id[0] = 'no-such-record';
    const unknownResult = summariesFrom(unknown, ids, 'summaryFile (s.json)');
    expect(unknownResult.ok).toBe(false);
    if (!unknownResult.ok) expect(unknownResult.problems[0]).toMatch(/\.id\[0\]: "no-such-record" is not a record/);

    const repeated = columns();
    repeated.id[1] = repeated.id[0] as string;
    const repeatedResult = summariesFrom(repeated, ids, 'summaryFile (s.json)');
    expect(repeatedResult.ok).toBe(false);
    if (!repeatedResult.ok) expect(repeatedResult.problems[0]).toMatch(/\.id\[1\]: repeats/);

    const short = columns();
    short.en.pop();
    expect(summariesFrom(short, ids, 'x')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/has \d+ ids, \d+ Chinese and \d+ English texts/)],
    });
    expect(summariesFrom({ ...columns(), format: 'other' }, ids, 'x')).toEqual({
      ok: false,
      problems: [expect.stringContaining(`expected "${SUMMARIES_FORMAT}"`)],
    });
    expect(summariesFrom({ ...columns(), zh: [1, 2] }, ids, 'x')).toEqual({
      ok: false,
      problems: [expect.stringContaining('x.zh: is missing or not a list of texts')],
    });
  });

  it("of a large dataset come as several files, read in order, which together must hold every record's", async () => {
    const c = columns();
    const half = Math.ceil(c.id.length / 2);
    const part = (from: number, to?: number) => ({
      ...c,
      id: c.id.slice(from, to),
      zh: c.zh.slice(from, to),
      en: c.en.slice(from, to),
    });
    const files: Record<string, unknown> = { 's0.json': part(0, half), 's1.json': part(half) };
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response(JSON.stringify(files[url])));
    });
    const whole = await loadSummaries({ files: ['s0.json', 's1.json'] }, ids);
    if (!whole.ok) throw new Error(whole.problems.join('\n'));
    expect(asked).toEqual(['s0.json', 's1.json']);
    expect([...whole.summaries.keys()]).toEqual(ids);

    const first = await loadSummaries({ files: ['s0.json'] }, ids);
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.problems[0]).toMatch(/summaryFiles: has no summary for record/);
  });

  it('say which file could not be read, and why', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('not found', { status: 404 })));
    const result = await loadSummaries({ files: ['./assets/atlas-summaries-x.json'] }, ids);
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/summaryFiles\[0\] \(\.\/assets\/atlas-summaries-x\.json\): cannot be read: .*HTTP 404/),
      ],
    });
  });
});

describe('when the page loads the summaries', () => {
  /** A loader that records its calls and answers when told. */
  function loader() {
    const calls: SummarySource[] = [];
    let answer: (r: SummariesResult) => void = () => undefined;
    const load = (source: SummarySource) => {
      calls.push(source);
      return new Promise<SummariesResult>((resolve) => (answer = resolve));
    };
    return { calls, load, answer: (r: SummariesResult) => answer(r) };
  }
  const file = { files: ['summaries.json'] };

  it('not while the map starts, but at its first idle, once', async () => {
    const store = createAtlasStore({ startup: 'map' });
    const l = loader();
    connectSummaries(store, file, ids, l.load);
    store.getState().selectDistrict('pudong');
    expect(l.calls).toEqual([]);
    store.getState().advanceStartup('done');
    store.getState().setLang('en');
    expect(l.calls).toEqual([file]);
    l.answer(summariesFrom(columns(), ids, 'x'));
    await vi.waitFor(() => expect(store.getState().summaries.status).toBe('ready'));
  });

  it('at once when a view asks for them first (a record opened by a shared link)', () => {
    const store = createAtlasStore({ startup: 'map' });
    const l = loader();
    connectSummaries(store, file, ids, l.load);
    store.getState().wantSummaries();
    expect(l.calls).toEqual([file]);
    store.getState().advanceStartup('done');
    expect(l.calls).toHaveLength(1);
  });

  it('and keep what was wrong when they cannot be read', async () => {
    const store = createAtlasStore();
    const l = loader();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    connectSummaries(store, file, ids, l.load);
    l.answer({ ok: false, problems: ['summaryFile (s.json): cannot be read: HTTP 404'] });
    await vi.waitFor(() =>
      expect(store.getState().summaries).toEqual({
        status: 'failed',
        problems: ['summaryFile (s.json): cannot be read: HTTP 404'],
      }),
    );
  });
});
