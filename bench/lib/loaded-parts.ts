/**
 * Where the bytes that index.html loads go, so that the report can say what a bytes target
 * is up against. Each script is taken apart through its source map (the bench builds the app
 * and the floor with hidden maps: the same code, the maps beside it) by where its code came
 * from: React, MapLibre, another package, a folder of the app's src/. A preloaded JSON file
 * is taken apart by its top-level fields.
 *
 * Each part is gzipped alone. Parts compress a little worse apart than together in their
 * file, so they add up to slightly more than the files do; the report gives both sums.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';
import { bytesOf, entryFiles } from './sizes';

export interface LoadedPart {
  part: string;
  raw: number;
  gzip: number;
}

export interface LoadedParts {
  /** Largest first (gzip). */
  parts: LoadedPart[];
  /** The loaded files, each gzipped whole, summed. */
  filesGzip: number;
  /** The parts, each gzipped alone, summed. */
  partsGzip: number;
  /** Loaded scripts without a source map beside them: counted whole, as "unmapped". */
  unmapped: string[];
}

/** The scripts whose code the stack is built on, named as the report names them. */
const PACKAGE_PARTS: Readonly<Record<string, string>> = {
  react: 'React (react, react-dom, scheduler)',
  'react-dom': 'React (react, react-dom, scheduler)',
  scheduler: 'React (react, react-dom, scheduler)',
  'maplibre-gl': 'MapLibre',
};

/**
 * Code no source map line points at: the bundler's own, and a module without a map, such as
 * data imported as text (`?raw`: the floor's districts).
 */
export const NO_SOURCE = 'no source (bundler glue, data imported as text)';

/** The part a source file of a map belongs to. */
export function partOfSource(source: string | null): string {
  if (!source) return NO_SOURCE;
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [first = '', second = ''] = source.slice(at + 'node_modules/'.length).split('/');
    const name = first.startsWith('@') ? `${first}/${second}` : first;
    return PACKAGE_PARTS[name] ?? `package ${name}`;
  }
  if (source.startsWith('\0') || source.includes('vite/') || source.includes('virtual:')) return 'bundler glue (Vite)';
  const src = /(?:^|\/)src\/(.+)$/.exec(source);
  if (src?.[1]) {
    const dir = src[1].split('/');
    return dir.length > 1 ? `app: src/${dir[0]}/` : 'app: src/ (top level)';
  }
  const page = /(?:^|\/)bench\/(floor|probe)\//.exec(source);
  if (page) return 'floor: its page code';
  return `other: ${source.replace(/^(\.\.\/)+/, '')}`;
}

/** The generated code of `code` grouped by part, through its source map. */
export function splitByMap(code: string, mapJson: string): Map<string, string> {
  const map = new TraceMap(mapJson);
  const lines = code.split('\n');
  const spans: { line: number; column: number; part: string }[] = [];
  eachMapping(map, (m) =>
    spans.push({ line: m.generatedLine, column: m.generatedColumn, part: partOfSource(m.source) }),
  );
  spans.sort((a, b) => a.line - b.line || a.column - b.column);
  const parts = new Map<string, string[]>();
  const add = (part: string, text: string) => append(parts, part, text);
  // A mapping's code runs to the next mapping, across lines; code before the first is the bundler's own.
  const start = spans[0] ?? { line: lines.length, column: (lines.at(-1) ?? '').length };
  add(NO_SOURCE, textBetween(lines, { line: 1, column: 0 }, start));
  for (const [i, span] of spans.entries()) {
    const end = spans[i + 1] ?? { line: lines.length, column: (lines.at(-1) ?? '').length };
    add(span.part, textBetween(lines, span, end));
  }
  return new Map([...parts].map(([k, v]) => [k, v.join('')]));
}

type Point = { line: number; column: number };

function textBetween(lines: readonly string[], from: Point, to: Point): string {
  if (from.line === to.line) return (lines[from.line - 1] ?? '').slice(from.column, to.column);
  const middle = lines.slice(from.line, to.line - 1);
  return [
    (lines[from.line - 1] ?? '').slice(from.column),
    ...middle,
    (lines[to.line - 1] ?? '').slice(0, to.column),
  ].join('\n');
}

/** A JSON file by its top-level fields (the model: its boundaries, records, districts…). */
export function splitJson(text: string, label: string): Map<string, string> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return new Map([[label, text]]);
  return new Map(Object.entries(value).map(([k, v]) => [`${label}: ${k}`, JSON.stringify(v)]));
}

/** Adds `text` to `part`'s stretches (an empty one adds nothing). */
function append(parts: Map<string, string[]>, part: string, text: string): void {
  if (text.length === 0) return;
  const list = parts.get(part);
  if (list) list.push(text);
  else parts.set(part, [text]);
}

/**
 * The parts of the files index.html loads in `outDir`: `scripts` through their maps, `data`
 * (preloaded JSON) by field, each labelled `dataLabel`.
 */
export function loadedParts(
  outDir: string,
  scripts: readonly string[],
  data: readonly string[],
  dataLabel: string,
): LoadedParts {
  const texts = new Map<string, string[]>();
  const put = (part: string, text: string) => append(texts, part, text);
  const unmapped: string[] = [];
  let filesGzip = 0;
  for (const file of scripts) {
    const code = readFileSync(join(outDir, file), 'utf8');
    filesGzip += bytesOf(code).gzip;
    const mapFile = join(outDir, `${file}.map`);
    if (!existsSync(mapFile)) {
      unmapped.push(file);
      put('unmapped', code);
      continue;
    }
    for (const [part, text] of splitByMap(code, readFileSync(mapFile, 'utf8'))) put(part, text);
  }
  for (const file of data) {
    const text = readFileSync(join(outDir, file), 'utf8');
    filesGzip += bytesOf(text).gzip;
    for (const [part, t] of splitJson(text, dataLabel)) put(part, t);
  }
  const parts = [...texts].map(([part, t]) => {
    const joined = t.join('\n');
    return { part, ...bytesOf(joined) };
  });
  parts.sort((a, b) => b.gzip - a.gzip);
  return { parts, filesGzip, partsGzip: parts.reduce((s, p) => s + p.gzip, 0), unmapped };
}

/** The parts of what index.html in `outDir` loads (sizes.ts entryFiles), its preloaded JSON labelled `dataLabel`. */
export function loadedPartsOf(outDir: string, dataLabel: string): LoadedParts {
  const { scripts, data } = entryFiles(outDir);
  return loadedParts(outDir, scripts, data, dataLabel);
}

/** Where a part comes from, for the summary: React, MapLibre, the app's code, its data… */
export function originOf(part: string): string {
  if (part.startsWith('React')) return 'React';
  if (part === 'MapLibre') return 'MapLibre';
  if (part.startsWith('app:')) return "the app's code (src/)";
  if (part.startsWith('package ')) return 'other packages';
  if (part.startsWith('model:') || part.startsWith('data:')) return 'preloaded data';
  if (part.startsWith('floor:')) return "the floor's page code";
  return part;
}

export interface PartRow {
  part: string;
  /** gzip bytes, each part alone; 0 where the page has no such part. */
  app: number;
  floor: number;
}

/**
 * The two pages' parts side by side, the biggest difference first; parts under `minGzip` on both
 * sides go into one row, so the table stays short however finely the code is split. `byOrigin`
 * sums the parts by originOf.
 */
export function compareParts(
  app: LoadedParts,
  floor: LoadedParts,
  minGzip = 1024,
): { rows: PartRow[]; byOrigin: PartRow[] } {
  const all = new Map<string, PartRow>();
  const rowIn = (rows: Map<string, PartRow>, part: string) => {
    const found = rows.get(part);
    if (found) return found;
    const made = { part, app: 0, floor: 0 };
    rows.set(part, made);
    return made;
  };
  const row = (part: string) => rowIn(all, part);
  for (const p of app.parts) row(p.part).app += p.gzip;
  for (const p of floor.parts) row(p.part).floor += p.gzip;
  const big = [...all.values()].filter((r) => Math.max(r.app, r.floor) >= minGzip);
  const small = [...all.values()].filter((r) => Math.max(r.app, r.floor) < minGzip);
  const byDifference = (a: PartRow, b: PartRow) => b.app - b.floor - (a.app - a.floor);
  const rows = big.sort(byDifference);
  if (small.length > 0)
    rows.push({
      part: `${small.length} smaller parts, each under ${(minGzip / 1024).toFixed(0)} KB`,
      app: small.reduce((s, r) => s + r.app, 0),
      floor: small.reduce((s, r) => s + r.floor, 0),
    });
  const origins = new Map<string, PartRow>();
  for (const r of all.values()) {
    const sum = rowIn(origins, originOf(r.part));
    sum.app += r.app;
    sum.floor += r.floor;
  }
  return { rows, byOrigin: [...origins.values()].sort(byDifference) };
}
