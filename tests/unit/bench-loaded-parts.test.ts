/**
 * The bench report says where the bytes index.html loads go (bench/lib/loaded-parts.ts), so
 * that an unmet bytes target shows what it is up against. These tests take apart small
 * scripts with hand-made source maps: a byte given to the wrong origin would mislead the
 * reader of the report about which part to cut.
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareParts,
  loadedPartsOf,
  NO_SOURCE,
  partOfSource,
  splitByMap,
  splitJson,
  type LoadedParts,
} from '../../bench/lib/loaded-parts';

const REACT = 'React (react, react-dom, scheduler)';

/** A source map whose `mappings` are given in VLQ, over `sources`. */
const mapOf = (sources: string[], mappings: string) => JSON.stringify({ version: 3, sources, names: [], mappings });

describe('the origin of a source', () => {
  it('names the stack by package, whatever the path to node_modules', () => {
    expect(partOfSource('../../node_modules/react-dom/cjs/react-dom-client.production.js')).toBe(REACT);
    expect(partOfSource('../node_modules/scheduler/cjs/scheduler.production.js')).toBe(REACT);
    expect(partOfSource('../../../work/main/node_modules/maplibre-gl/dist/maplibre-gl.mjs')).toBe('MapLibre');
    expect(partOfSource('../node_modules/@googlemaps/polyline-codec/dist/index.esm.js')).toBe(
      'package @googlemaps/polyline-codec',
    );
  });

  it("gives a package's own src/ to the package, not to the app", () => {
    expect(partOfSource('../node_modules/topojson-client/src/feature.js')).toBe('package topojson-client');
  });

  it("names the app's code by its folder under src/", () => {
    expect(partOfSource('../../src/ui/App.tsx')).toBe('app: src/ui/');
    expect(partOfSource('../../src/main.tsx')).toBe('app: src/ (top level)');
  });

  it("tells the bundler's own code and a mapping without a source apart from the app's", () => {
    expect(partOfSource('\0vite/preload-helper.js')).toBe('bundler glue (Vite)');
    expect(partOfSource(null)).toBe(NO_SOURCE);
  });
});

describe('a script taken apart by its map', () => {
  it("gives each mapping's code up to the next mapping, across lines, to its source", () => {
    // Line 1: "abc" from react-dom at column 0, "defgh" from the app at column 3; line 2: more of the app.
    const code = 'abcdefgh\nij';
    const map = mapOf(['../node_modules/react-dom/x.js', '../src/ui/App.tsx'], 'AAAA,GCAA');
    const parts = splitByMap(code, map);
    expect(parts.get(REACT)).toBe('abc');
    expect(parts.get('app: src/ui/')).toBe('defgh\nij');
  });

  it("keeps code before the first mapping as the bundler's", () => {
    const parts = splitByMap('glue\nabc', mapOf(['../src/map/a.ts'], ';AAAA'));
    expect(parts.get(NO_SOURCE)).toBe('glue\n');
    expect(parts.get('app: src/map/')).toBe('abc');
  });

  it('splits preloaded JSON by its top-level fields', () => {
    const parts = splitJson(JSON.stringify({ shapes: [1, 2], records: [{ id: 'a' }] }), 'model');
    expect([...parts.keys()]).toEqual(['model: shapes', 'model: records']);
    expect(parts.get('model: records')).toBe('[{"id":"a"}]');
  });
});

describe('what index.html loads', () => {
  it('reads the scripts and the preloaded data index.html names, a script without a map counted whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loaded-parts-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="./assets/index.js"></script><link rel="modulepreload" href="./assets/bare.js">' +
        '<link rel="preload" as="fetch" href="./assets/model.json" crossorigin>',
    );
    writeFileSync(join(dir, 'assets/index.js'), 'abcdefgh');
    writeFileSync(
      join(dir, 'assets/index.js.map'),
      mapOf(['../node_modules/react/index.js', '../src/ui/A.tsx'], 'AAAA,GCAA'),
    );
    writeFileSync(join(dir, 'assets/bare.js'), 'xyz');
    writeFileSync(join(dir, 'assets/model.json'), JSON.stringify({ shapes: 'x'.repeat(50), records: [] }));
    const loaded = loadedPartsOf(dir, 'model');
    expect(loaded.parts.map((p) => p.part).sort()).toEqual(
      [REACT, 'app: src/ui/', 'unmapped', 'model: shapes', 'model: records'].sort(),
    );
    expect(loaded.unmapped).toEqual(['assets/bare.js']);
    expect(loaded.parts.find((p) => p.part === 'app: src/ui/')?.raw).toBe('defgh'.length);
    // Biggest first.
    const sizes = loaded.parts.map((p) => p.gzip);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

describe('the app beside the floor', () => {
  const parts = (xs: [string, number][]): LoadedParts => ({
    parts: xs.map(([part, gzip]) => ({ part, raw: gzip * 3, gzip })),
    filesGzip: 0,
    partsGzip: 0,
    unmapped: [],
  });
  const app = parts([
    ['MapLibre', 280_000],
    [REACT, 66_000],
    ['app: src/ui/', 14_000],
    ['app: src/map/', 21_000],
    ['model: shapes', 20_000],
    ['package zustand', 600],
    ['package topojson-client', 700],
  ]);
  const floor = parts([
    ['MapLibre', 279_000],
    [NO_SOURCE, 18_000],
    ['floor: its page code', 500],
  ]);

  it('lists the biggest difference first and gathers the small parts into one row', () => {
    const { rows } = compareParts(app, floor);
    expect(rows.map((r) => r.part)).toEqual([
      REACT,
      'app: src/map/',
      'model: shapes',
      'app: src/ui/',
      'MapLibre',
      NO_SOURCE,
      '3 smaller parts, each under 1 KB',
    ]);
    expect(rows.at(-1)).toEqual({ part: '3 smaller parts, each under 1 KB', app: 1300, floor: 500 });
  });

  it("sums the parts by origin: the app's code is one figure however many folders it has", () => {
    const { byOrigin } = compareParts(app, floor);
    expect(byOrigin.find((o) => o.part === "the app's code (src/)")).toEqual({
      part: "the app's code (src/)",
      app: 35_000,
      floor: 0,
    });
    expect(byOrigin[0]?.part).toBe('React');
  });
});
