/**
 * The import rules of the code base, as data and pure functions: no import circle
 * anywhere, and under src/ no import from a higher floor to a lower one's room (the
 * order is LAYERS). Type-only imports count: a type that sits on the wrong floor pulls
 * its module's meaning with it. The CLI (tools/check-imports.ts) reads the files; the
 * unit tests feed these functions small made-up trees. See docs/architecture.md.
 */
import ts from 'typescript';

/**
 * src/'s floors, lowest first: a module may import from its own floor and the floors
 * below it, never from one above. A floor is a folder of src/, or a file directly in it.
 */
export const LAYERS = [
  { name: 'vocabulary', holds: 'src/vocabulary.ts: the shared words (languages, themes, ids); imports nothing' },
  { name: 'domain', holds: 'src/domain/: the data’s schemas, checks, the join and the model’s types; pure' },
  { name: 'i18n', holds: 'src/i18n/: the interface’s strings' },
  { name: 'data', holds: 'src/data/: the prepared model and its loading' },
  { name: 'pwa', holds: 'src/pwa/: the service worker’s registration and its state' },
  { name: 'store', holds: 'src/store/: the view state (zustand) and its URL' },
  { name: 'map', holds: 'src/map/: the drawing rules, framing and the MapLibre adapter' },
  { name: 'presentation', holds: 'src/presentation/: the deck’s controller, keys and gestures' },
  { name: 'ui', holds: 'src/ui/: React components and the exports' },
  { name: 'entry', holds: 'src/main.tsx: starts the app' },
] as const;
export type LayerName = (typeof LAYERS)[number]['name'];

/** The floor of a file under src/, or null for a file outside src/ (tests, tools, bench: not layered). */
export function layerOf(file: string): LayerName | null {
  const m = /^src\/([^/]+)(\/)?/.exec(file);
  if (!m || m[1] === undefined) return null;
  if (m[2]) {
    const folder = LAYERS.find((l) => l.name === m[1]);
    if (!folder) throw new Error(`${file}: src/${m[1]}/ is on no floor; add it to LAYERS in tools/import-rules.ts`);
    return folder.name;
  }
  if (m[1] === 'vocabulary.ts') return 'vocabulary';
  if (/^main\.tsx?$|\.d\.ts$/.test(m[1])) return 'entry';
  throw new Error(`${file}: a file directly in src/ is on no floor; add it to layerOf in tools/import-rules.ts`);
}

const rank = (l: LayerName): number => LAYERS.findIndex((x) => x.name === l);

/** Which files a file imports (static, type-only, re-exports and dynamic `import()`), by specifier. */
export function importSpecifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/**
 * The file a relative specifier names, among `files` (repo-relative, '/'-separated), or
 * null: a package, a virtual module, or a file that is not code (CSS, JSON, GeoJSON).
 */
export function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const bare = spec.replace(/\?.*$/, '');
  const parts = from.split('/').slice(0, -1);
  for (const seg of bare.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  const base = parts.join('/');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (files.has(candidate)) return candidate;
  return null;
}

/** file → the files it imports, for every file of `sources` (path → text). */
export function importGraph(sources: ReadonlyMap<string, string>): Map<string, string[]> {
  const files = new Set(sources.keys());
  const graph = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const targets = importSpecifiers(text)
      .map((s) => resolveImport(file, s, files))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every import circle, one per strongly connected group of files (Tarjan), each written
 * as the path round it from its first file in sorted order: `a.ts → b.ts → a.ts`.
 */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const seen = new Map<string, { index: number; low: number }>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): { index: number; low: number } => {
    const mine = { index: next, low: next };
    next++;
    seen.set(v, mine);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      const theirs = seen.get(w);
      if (!theirs) mine.low = Math.min(mine.low, visit(w).low);
      else if (onStack.has(w)) mine.low = Math.min(mine.low, theirs.index);
    }
    if (mine.low === mine.index) {
      const group: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
        onStack.delete(w);
        group.push(w);
      }
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group.sort());
    }
    return mine;
  };
  for (const v of [...graph.keys()].sort()) if (!seen.has(v)) visit(v);
  return groups.map((group) => circleThrough(group, graph)).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** A shortest path from the group's first file back to itself, staying inside the group. */
function circleThrough(group: readonly string[], graph: ReadonlyMap<string, readonly string[]>): string[] {
  const inGroup = new Set(group);
  const start = group[0] ?? '';
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let v = queue.shift(); v !== undefined; v = queue.shift()) {
    for (const w of graph.get(v) ?? []) {
      if (!inGroup.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u: string | undefined = v; u !== undefined && u !== start; u = cameFrom.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...group, start];
}

/** Imports under src/ that reach a higher floor, as `file: reason`. */
export function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const [file, targets] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
    const from = layerOf(file);
    if (from === null) continue;
    for (const target of targets) {
      const to = layerOf(target);
      if (to === null) problems.push(`${file}: imports ${target}, which is outside src/`);
      else if (rank(to) > rank(from)) {
        const allowed = LAYERS.slice(0, rank(from) + 1).map((l) => l.name);
        problems.push(`${file}: imports ${target}, a higher floor (${to}); ${from} may import ${allowed.join(', ')}`);
      }
    }
  }
  return problems;
}

/** Every breach of the import rules in `sources` (path → text), as `file: reason` lines. */
export function importProblems(sources: ReadonlyMap<string, string>): string[] {
  const graph = importGraph(sources);
  return [...importCircles(graph).map((c) => `${c[0]}: import circle ${c.join(' → ')}`), ...upwardImports(graph)];
}
