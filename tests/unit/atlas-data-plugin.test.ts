import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { atlasData, MODEL_ASSET, SUMMARIES_ASSET } from '../../tools/vite-atlas-data';
import { copyOfData, removeCopies } from './fixtures/data-copy';
import { ROOT } from './fixtures/real-data';

afterEach(removeCopies);

/** Runs the plugin's load hook as Vite would, with `this.error` throwing like Rollup's. */
function load(root: string, id: string): string {
  const plugin = atlasData({ root });
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const hook = plugin.load as (this: typeof context, id: string) => string | null;
  const out = hook.call(context, `\0${id}`);
  if (out === null) throw new Error(`${id} was not loaded`);
  return out;
}

/** Runs the plugin's load hook as a normal build does (not the single file): files are emitted, not embedded. */
function loadInBuild(root: string, id: string): { code: string; emitted: { name: string; source: string }[] } {
  const plugin = atlasData({ root });
  (plugin.configResolved as (c: { command: string; mode: string }) => void)({ command: 'build', mode: 'production' });
  const emitted: { name: string; source: string }[] = [];
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
    emitFile(file: { type: 'asset'; name: string; source: string }): string {
      emitted.push({ name: file.name, source: file.source });
      return `ref${emitted.length - 1}`;
    },
  };
  const hook = plugin.load as (this: typeof context, id: string) => string | null;
  const code = hook.call(context, `\0${id}`);
  if (code === null) throw new Error(`${id} was not loaded`);
  return { code, emitted };
}

describe('the build-time data plugin', () => {
  it('in a normal build, ships the model as a JSON file beside the code, which the module points to', () => {
    const { code, emitted } = loadInBuild(ROOT, 'virtual:atlas-model');
    expect(emitted.map((f) => f.name)).toEqual([MODEL_ASSET, SUMMARIES_ASSET]);
    const model = JSON.parse(emitted[0]?.source ?? 'null') as {
      format: string;
      records: object[];
      summaries?: unknown;
    };
    expect(model.format).toBe('shanghai-innovation-atlas/prepared-model');
    expect(model.records.length).toBeGreaterThan(100);
    // The summaries are a file of their own, which the page asks for once the map is up.
    expect(model.records.some((r) => 'summary' in r)).toBe(false);
    expect(model.summaries).toBeUndefined();
    const summaries = JSON.parse(emitted[1]?.source ?? 'null') as { id: string[]; zh: string[] };
    expect(summaries.id).toEqual(model.records.map((r) => (r as { id: string }).id));
    expect(summaries.zh.every((text) => text.length > 0)).toBe(true);
    expect(code).toContain('modelFile: import.meta.ROLLUP_FILE_URL_ref0');
    expect(code).toContain('summaryFiles: [import.meta.ROLLUP_FILE_URL_ref1]');
    expect(code).not.toContain('prepared-model');
  });

  it('prepares the committed data into the model module and China into its own', () => {
    const model = load(ROOT, 'virtual:atlas-model');
    expect(model.startsWith('export default JSON.parse(')).toBe(true);
    expect(model).toContain('shanghai-innovation-atlas/prepared-model');
    const china = load(ROOT, 'virtual:atlas-china');
    expect(china).toContain('country');
  });

  it('fails the build with the data check’s own "file path: reason" when the data is wrong', () => {
    const dir = copyOfData('atlas-plugin-');
    const file = join(dir, 'geo/data/records.json');
    const records = JSON.parse(readFileSync(file, 'utf8')) as { quote: string }[];
    const first = records[0];
    if (!first) throw new Error('no record');
    first.quote = '这句话不在原文里';
    writeFileSync(file, JSON.stringify(records, null, 2));
    expect(() => load(dir, 'virtual:atlas-model')).toThrow(
      /does not pass its checks[\s\S]*geo\/data\/records\.json \[0\]\.quote: /,
    );
  });
});
