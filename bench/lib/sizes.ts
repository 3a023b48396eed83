/** Bytes on disk, raw and gzipped (level 9, as a static server would precompress). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface FileBytes extends Bytes {
  file: string;
}

export interface BuildBytes {
  /** All JavaScript, the worker included. */
  js: Bytes;
  /** MapLibre's worker alone (part of `js`). */
  worker: Bytes;
  css: Bytes;
  html: Bytes;
  /** JS that index.html itself loads (module scripts and modulepreloads), before any dynamic import. */
  entryJs: Bytes;
  /** Data that index.html preloads for the app to fetch at start (`<link rel="preload" as="fetch">`). */
  entryData: Bytes;
  /** Files that are neither JS, CSS nor HTML (data fetched at run time). */
  other: Bytes;
  files: FileBytes[];
}

export function bytesOf(buf: Buffer | string): Bytes {
  const b = typeof buf === 'string' ? Buffer.from(buf) : buf;
  return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
}

export function add(...xs: Bytes[]): Bytes {
  return xs.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

/**
 * The built files of `dir`: a `.gz` or `.br` copy (the build's, or the bench server's) is not
 * one of its own, nor a source map (the bench's builds keep hidden ones beside their scripts).
 */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return builtFiles(p);
    return /\.(gz|br|map)$/.test(name) ? [] : [p];
  });
}

/** What index.html in `outDir` loads at once: its scripts (module scripts, modulepreloads) and the data it preloads. */
export function entryFiles(outDir: string): { scripts: string[]; data: string[] } {
  const scripts = new Set<string>();
  const data = new Set<string>();
  const html = join(outDir, 'index.html');
  if (!existsSync(html)) return { scripts: [], data: [] };
  const text = readFileSync(html, 'utf8');
  for (const m of text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.m?js)"[^>]*>/g))
    if (m[1]) scripts.add(m[1].replace(/^\.?\//, ''));
  for (const m of text.matchAll(/<link\b[^>]*?\bas="fetch"[^>]*?\bhref="([^"]+)"[^>]*>/g))
    if (m[1]) data.add(m[1].replace(/^\.?\//, ''));
  return { scripts: [...scripts], data: [...data] };
}

/** Sizes of a built folder, by kind of file. */
export function buildBytes(outDir: string): BuildBytes {
  const files = builtFiles(outDir)
    .sort()
    .map((p) => ({ file: relative(outDir, p), ...bytesOf(readFileSync(p)) }));
  const of = (test: (f: string) => boolean) => add(...files.filter((f) => test(f.file)));
  const ext = (f: string) => extname(f).toLowerCase();
  const isJs = (f: string) => ['.js', '.mjs'].includes(ext(f));
  const loaded = entryFiles(outDir);
  const entry = new Set(loaded.scripts);
  const entryData = new Set(loaded.data);
  return {
    js: of(isJs),
    entryJs: of((f) => entry.has(f)),
    entryData: of((f) => entryData.has(f)),
    worker: of((f) => isJs(f) && /worker/i.test(f)),
    css: of((f) => ext(f) === '.css'),
    html: of((f) => ext(f) === '.html'),
    other: of((f) => !isJs(f) && !['.css', '.html'].includes(ext(f))),
    files,
  };
}

/** Sizes of files in the repository (data embedded into a bundle). */
export function filesBytes(root: string, paths: readonly string[]): { total: Bytes; files: FileBytes[] } {
  const files = paths.map((p) => ({ file: p, ...bytesOf(readFileSync(join(root, p))) }));
  return { total: add(...files), files };
}
