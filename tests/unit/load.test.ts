import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPrepared } from '../../src/data/load';
import { PREPARED_VERSION } from '../../src/data/prepared';
import { prepareModel } from '../../tools/prepare-model';
import { loadRealModel } from './fixtures/real-data';

const prepared = JSON.parse(JSON.stringify(prepareModel(loadRealModel()))) as ReturnType<typeof prepareModel>;

/** A server of these files (a URL → its JSON body); anything else is a 404. Records each request. */
function serve(files: Record<string, unknown>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    const body = files[url];
    return Promise.resolve(
      body === undefined ? new Response('not found', { status: 404 }) : new Response(JSON.stringify(body)),
    );
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loading the prepared model', () => {
  it('reads a model the code embeds (the single file, vite dev) without a request', async () => {
    const asked = serve({});
    const result = await loadPrepared(prepared);
    expect(result.ok).toBe(true);
    expect(asked).toEqual([]);
  });

  it('fetches the model file a build ships beside the code, and gives the same model as embedded', async () => {
    const { summaries, ...shipped } = prepared;
    const asked = serve({ './assets/atlas-model-x.json': shipped });
    const fetched = await loadPrepared({
      modelFile: './assets/atlas-model-x.json',
      recordFiles: [],
      summaryFiles: ['./assets/atlas-summaries-x.json'],
    });
    const embedded = await loadPrepared(prepared);
    if (!fetched.ok || !embedded.ok) throw new Error('a model did not load');
    // The summaries are not asked for here: they wait for the map (store/summaries-sync.ts).
    expect(asked).toEqual(['./assets/atlas-model-x.json']);
    expect(fetched.summaries).toEqual({ files: ['./assets/atlas-summaries-x.json'] });
    expect(embedded.summaries).toEqual({ inline: summaries });
    expect(fetched.model.records).toEqual(embedded.model.records);
    expect(fetched.model.placed).toEqual(embedded.model.placed);
    expect(fetched.model.districts).toEqual(embedded.model.districts);
  });

  it('puts a large dataset together from its record files, in their order, requesting all at once', async () => {
    const half = Math.ceil(prepared.records.length / 2);
    const asked = serve({
      'm.json': { ...prepared, records: [] },
      'r0.json': prepared.records.slice(0, half),
      'r1.json': prepared.records.slice(half),
    });
    const result = await loadPrepared({ modelFile: 'm.json', recordFiles: ['r0.json', 'r1.json'] });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.model.records.map((r) => r.id)).toEqual(prepared.records.map((r) => r.id));
    expect(asked).toEqual(['m.json', 'r0.json', 'r1.json']);
  });

  it('refuses a large dataset whose record files repeat a record, naming the place', async () => {
    const first = prepared.records[0];
    serve({
      'm.json': { ...prepared, records: [] },
      'r0.json': prepared.records,
      'r1.json': [first],
    });
    const result = await loadPrepared({ modelFile: 'm.json', recordFiles: ['r0.json', 'r1.json'] });
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          new RegExp(`records\\[${prepared.records.length}\\]: repeats the id "${first?.id ?? '?'}"`),
        ),
      ],
    });
  });

  it('says which file could not be read, and why, instead of drawing a broken map', async () => {
    serve({});
    const result = await loadPrepared({ modelFile: './assets/atlas-model-x.json', recordFiles: [] });
    expect(result).toEqual({
      ok: false,
      problems: [expect.stringMatching(/modelFile \(\.\/assets\/atlas-model-x\.json\): cannot be read: .*HTTP 404/)],
    });
  });

  it('refuses a record file that is not a list, naming it', async () => {
    serve({ 'm.json': { ...prepared, records: [] }, 'r0.json': { not: 'a list' } });
    const result = await loadPrepared({ modelFile: 'm.json', recordFiles: ['r0.json'] });
    expect(result).toEqual({
      ok: false,
      problems: [expect.stringMatching(/recordFiles\[0\] \(r0\.json\): is not a list of records/)],
    });
  });

  it('refuses a fetched model that is not whole, with the prepared model’s own problems', async () => {
    serve({ 'm.json': { ...prepared, version: 99 } });
    const result = await loadPrepared({ modelFile: 'm.json', recordFiles: [] });
    expect(result).toEqual({
      ok: false,
      problems: [expect.stringMatching(new RegExp(`version: is 99, this app reads version ${PREPARED_VERSION}`))],
    });
  });
});
