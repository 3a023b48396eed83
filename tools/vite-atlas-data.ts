/**
 * The data, prepared at build time: every file under geo/ is read, validated (the very
 * checks of `npm run data:check`), joined and placed here in Node, and the app imports
 * the result as `virtual:atlas-model`. A data problem fails the build with the same
 * `file path: reason` list the data check prints. China's outline beyond Jiangsu and
 * Zhejiang is `virtual:atlas-china`, which the app loads only when a view needs it. The
 * city is also drawn into index.html (tools/first-paint.ts), so it shows before any script.
 *
 * In a normal build the model is a JSON file beside the code, not part of it: index.html
 * preloads it, so it downloads alongside the scripts rather than inside the entry chunk; it
 * is parsed as JSON, and a data update changes that file alone (the code stays cached). The
 * records' summaries are a second file, which the page asks for only once the map is up
 * (src/data/summaries.ts). The single file (opened from disk, where nothing can be
 * fetched) and `vite` dev embed both.
 *
 * `recordsFile` replaces geo/data/records.json (the benchmark's synthetic datasets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/domain/atlas-data.ts';
import { joinAtlas } from '../src/domain/join.ts';
import { formatIssue, parseJson, validateAtlasData, type DataIssue } from '../src/domain/validate.ts';
import type { PreparedModel } from '../src/data/prepared.ts';
import { CHINA_SHAPES } from '../src/data/shapes.ts';
import { prepareModel } from './prepare-model.ts';
import { encodeShapes } from './shapes-encode.ts';
import { readRawData } from '../geo/tools/read-data.ts';
import { firstPaintHtml } from './first-paint.ts';

const MODEL = 'virtual:atlas-model';
/** The emitted model's name before hashing (`assets/atlas-model-<hash>.json`); index.html preloads it. */
export const MODEL_ASSET = 'atlas-model.json';
/** The records' summaries (`assets/atlas-summaries-<hash>.json`): fetched once the map is up, not preloaded. */
export const SUMMARIES_ASSET = 'atlas-summaries.json';
/** Past this many records, the records are files of this many each instead of part of the code. */
export const SPLIT_RECORDS = 5000;
const CHINA = 'virtual:atlas-china';

export interface AtlasDataOptions {
  /** The project folder that holds geo/. */
  root: string;
  /** Another records file to build with (absolute path). */
  recordsFile?: string;
}

/** JSON.parse of a string literal: parsed faster than the same data as a JS object literal. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

export function atlasData(opts: AtlasDataOptions): Plugin {
  let prepared: { model: Required<PreparedModel>; china: string; firstPaint: string } | null = null;
  let isBuild = false;

  const prepare = (fail: (message: string) => never) => {
    if (prepared) return prepared;
    const { raw, issues } = readRawData(opts.root);
    if (opts.recordsFile) {
      const text = readFileSync(opts.recordsFile, 'utf8');
      const parsed = parseJson(opts.recordsFile, text);
      if (parsed.ok) raw.records = parsed.value;
      else issues.push(parsed.issue);
    }
    const problems: DataIssue[] = [...issues];
    if (problems.length === 0) {
      const result = validateAtlasData(raw);
      if (result.ok) {
        const model = joinAtlas(result.data);
        prepared = {
          model: prepareModel(model),
          firstPaint: firstPaintHtml(model),
          china: jsonModule(
            encodeShapes({
              [CHINA_SHAPES.china]: result.data.china,
              [CHINA_SHAPES.borders]: {
                ...result.data.borders,
                features: result.data.borders.features.filter((f) => f.properties.level === 'country'),
              },
            }),
          ),
        };
        return prepared;
      }
      problems.push(...result.issues);
    }
    const shown = problems.slice(0, 50).map(formatIssue);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
    return fail(`the atlas data does not pass its checks (npm run data:check):\n${shown.join('\n')}`);
  };

  return {
    name: 'atlas-data',
    configResolved(config) {
      // The single file opens from disk, where nothing can be fetched: it always carries its records.
      isBuild = config.command === 'build' && config.mode !== 'single';
    },
    buildStart() {
      prepared = null;
      // Rebuild (and revalidate) when a data file changes under `vite` dev or `vite build --watch`.
      for (const file of Object.values(DATA_FILES)) this.addWatchFile(join(opts.root, file));
      if (opts.recordsFile) this.addWatchFile(opts.recordsFile);
    },
    watchChange(id) {
      if (Object.values(DATA_FILES).some((f) => id.endsWith(f)) || id === opts.recordsFile) prepared = null;
    },
    // The city, drawn into the page itself: on screen before any script runs (tools/first-paint.ts).
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const p = prepare((message) => {
          throw new Error(message);
        });
        return html.replace('<div id="root"></div>', `<div id="root">${p.firstPaint}</div>`);
      },
    },
    resolveId(id) {
      return id === MODEL || id === CHINA ? `\0${id}` : null;
    },
    load(id) {
      if (id !== `\0${MODEL}` && id !== `\0${CHINA}`) return null;
      const p = prepare((message) => this.error(message));
      if (id === `\0${CHINA}`) return p.china;
      if (!isBuild) return jsonModule(p.model);
      // A large dataset's records travel as files of their own, fetched together and read in slices at
      // start (data/load.ts), so no single task parses them all.
      const large = p.model.records.length > SPLIT_RECORDS;
      const refs: string[] = [];
      for (let i = 0; large && i < p.model.records.length; i += SPLIT_RECORDS)
        refs.push(
          this.emitFile({
            type: 'asset',
            name: `records-${i / SPLIT_RECORDS}.json`,
            source: JSON.stringify(p.model.records.slice(i, i + SPLIT_RECORDS)),
          }),
        );
      const { summaries, ...shipped } = p.model;
      const model = this.emitFile({
        type: 'asset',
        name: MODEL_ASSET,
        source: JSON.stringify(large ? { ...shipped, records: [] } : shipped),
      });
      // Summaries in files of the same size as the records', so no one task parses them all either.
      const summaryRefs: string[] = [];
      for (let i = 0; i < summaries.id.length; i += SPLIT_RECORDS) {
        const slice = (column: string[]) => column.slice(i, i + SPLIT_RECORDS);
        const part = { ...summaries, id: slice(summaries.id), zh: slice(summaries.zh), en: slice(summaries.en) };
        summaryRefs.push(
          this.emitFile({
            type: 'asset',
            name: large ? `summaries-${i / SPLIT_RECORDS}.json` : SUMMARIES_ASSET,
            source: JSON.stringify(part),
          }),
        );
      }
      const url = (ref: string) => `import.meta.ROLLUP_FILE_URL_${ref}`;
      const list = (refs: string[]) => `[${refs.map(url).join(', ')}]`;
      return `export default { modelFile: ${url(model)}, recordFiles: ${list(refs)}, summaryFiles: ${list(summaryRefs)} };\n`;
    },
  };
}
