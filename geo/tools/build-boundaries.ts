/**
 * Builds the boundary files under geo/ from the DataV packages on the npm registry.
 * Deterministic: the same packages give the same bytes, which a unit test checks
 * against the committed files.
 *
 * The packages are GCJ-02 (the datum Chinese map providers must publish in); everything
 * the app draws is WGS84, so every coordinate goes through gcoord first.
 *
 * Why one cleaned mosaic: Shanghai's districts, the neighbouring cities and China's
 * provinces come from three files whose shared borders disagree by up to a few hundred
 * metres. Drawn as they are, the sea shows through the slivers between them, and a
 * coarse outline drawn under a fine one puts land over the sea. So all of them go
 * through mapshaper together: snapped and cleaned into one gap-free mosaic first, each
 * part at the detail it is seen at, with borders drawn once as lines between
 * neighbours (never along a coast, never along a cut).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import area from '@turf/area';
import { multiPolygon, polygon } from '@turf/helpers';
import gcoord from 'gcoord';
import polylabel from 'polylabel';
import { CITY_NAMES_EN, DISTRICT_NAMING, PROVINCE_NAMES_EN } from './district-names';
import { DRAWN_WITHIN_KM, distanceToShapeKm, islandIssues, parseIslands, type Island } from './islands';
import {
  BORDER_LEVELS,
  type AreaGeometry,
  type BorderLevel,
  type BordersFile,
  type ChinaFile,
  type ContextFile,
  type DistrictsFile,
} from '../../src/domain/schema';

const require = createRequire(import.meta.url);

type LngLat = [number, number];
type Ring = LngLat[];
type Poly = Ring[];

interface SourceFeature {
  properties: { adcode: number; name: string };
  geometry: { type: 'MultiPolygon' | 'Polygon'; coordinates: Poly[] | Poly };
}
interface SourceCollection {
  features: SourceFeature[];
}

/** Decimal places kept: 5 is about 1 m, far finer than the source data. */
const PRECISION = 5;

/** Cities that share a border with Shanghai: seen beside a district at full zoom, so kept at full detail. */
export const NEIGHBOUR_CITIES: readonly number[] = [320500, 320600, 330400];
/** The rest of Jiangsu and Zhejiang is seen from the city view at most: zoom 9 or less, ~130 m a pixel. */
const CITY_DETAIL = '800m';
/** Provinces next to Jiangsu and Zhejiang are seen from the regional view of a Delta place: zoom 7 or less, ~500 m a pixel. */
export const NEIGHBOUR_PROVINCES: readonly number[] = [340000, 350000, 360000, 370000];
const NEIGHBOUR_PROVINCE_DETAIL = '1500m';
/** The rest of China only from the whole-country view: zoom 5 or less, ~2 km a pixel. */
const PROVINCE_DETAIL = '6000m';
/** Islands smaller than this (m²) vanish at the zooms provinces are seen at; each keeps its largest part. */
const PROVINCE_MIN_ISLAND_M2 = 40e6;
/** Vertices of neighbouring shapes closer than this (degrees, ~30 m) are one vertex. */
const SNAP = 0.0003;

/**
 * Shapes the source draws as land that are not land, cut out of the named province's
 * shapes before anything else. Each is named and documented in geo/README.md; a unit
 * test checks that no land is left where each was. Rings in WGS84 degrees.
 */
export const NOT_LAND: readonly { name: string; province: number; why: string; ring: readonly LngLat[] }[] = [
  {
    name: 'Donghai Bridge (东海大桥)',
    province: 330000,
    why:
      'DataV draws the 32 km bridge from Luchao (Pudong) to Xiaoyangshan as a 2–3 km-wide strip of Zhoushan (Shengsi) ' +
      'land that touches Pudong; the strip is cut where it meets Kezhushan, and Xiaoyangshan with its port stays',
    // Around the strip, from past its end at Pudong's southern tip down to a line across it at Kezhushan.
    ring: [
      [121.9, 30.81],
      [122.0, 30.81],
      [122.0, 30.7],
      [122.035, 30.67],
      [122.015, 30.638],
      [121.95, 30.64],
      [121.9, 30.7],
      [121.9, 30.81],
    ],
  },
];

/** DataV's feature 100000: the dashed line in the South China Sea, kept exactly as the source draws it. */
const DASHED_LINE = 100000;
const SHANGHAI = 310000;
const JIANGSU = 320000;
const ZHEJIANG = 330000;

function loadPackage(name: string): SourceCollection {
  // structuredClone: require() caches one object per process; nothing here may mutate it.
  return structuredClone(require(name) as SourceCollection);
}

function round(n: number): number {
  const f = 10 ** PRECISION;
  return Math.round(n * f) / f;
}

function toWgs84(p: LngLat): LngLat {
  const [lng, lat] = gcoord.transform<LngLat>(p, gcoord.GCJ02, gcoord.WGS84);
  return [round(lng), round(lat)];
}

/** Converts (or only rounds) a ring, dropping points that rounding made identical; null if it collapsed. */
function cleanRing(ring: Ring, convert: boolean): Ring | null {
  const out: Ring = [];
  for (const p of ring) {
    const q: LngLat = convert ? toWgs84(p) : [round(p[0]), round(p[1])];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : null;
}

function cleanPolygons(polys: Poly[], convert: boolean): Poly[] {
  const out: Poly[] = [];
  for (const poly of polys) {
    const [outer, ...holes] = poly.map((r) => cleanRing(r, convert));
    if (!outer) continue;
    out.push([outer, ...holes.filter((h): h is Ring => h !== null)]);
  }
  return out;
}

function asPolygons(g: { type: string; coordinates: unknown }): Poly[] {
  return g.type === 'Polygon' ? [g.coordinates as Poly] : (g.coordinates as Poly[]);
}

function toGeometry(polys: Poly[]): AreaGeometry {
  const only = polys[0];
  if (polys.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polys };
}

/** The label goes on the largest part (Chongming Island, Pudong's mainland), at its pole of inaccessibility. */
function labelPoint(polys: Poly[]): LngLat {
  let best: Poly | undefined;
  let bestArea = -1;
  for (const p of polys) {
    const a = area(polygon(p));
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  if (!best) throw new Error('district has no polygon to label');
  const l = polylabel(best, 0.0001);
  return [round(l[0]), round(l[1])];
}

type Part = 'district' | 'near' | 'city' | 'province';
type Layer = 'districts' | 'near' | 'cities' | 'provinces' | 'neighbours';

interface MosaicProps {
  adcode: number;
  name: string;
  part: Part;
  /** The province the shape belongs to (310000 for a district). */
  province: number;
}

interface MosaicFeature {
  type: 'Feature';
  properties: MosaicProps;
  geometry: { type: string; coordinates: unknown } | null;
}

function layerOf(features: MosaicFeature[]): { type: 'FeatureCollection'; features: MosaicFeature[] } {
  return { type: 'FeatureCollection', features };
}

/** The islands national maps show (geo/islands.json): kept whatever their size, and checked once built. */
function listedIslands(): Island[] {
  return parseIslands(JSON.parse(readFileSync(fileURLToPath(new URL('../islands.json', import.meta.url)), 'utf8')));
}

/** True when a listed island lies inside, or within DRAWN_WITHIN_KM of, the part. */
function holdsIsland(part: Poly, islands: readonly Island[]): boolean {
  const g = { type: 'Polygon' as const, coordinates: part };
  return islands.some((i) => distanceToShapeKm([i.lng, i.lat], g) <= DRAWN_WITHIN_KM);
}

/**
 * Drops parts smaller than PROVINCE_MIN_ISLAND_M2, except the division's largest and any
 * part that draws a listed island.
 */
function dropIslets(polys: Poly[], islands: readonly Island[]): Poly[] {
  const areas = polys.map((p) => area(polygon(p)));
  const largest = Math.max(...areas);
  return polys.filter(
    (p, i) => (areas[i] ?? 0) >= Math.min(largest, PROVINCE_MIN_ISLAND_M2) || holdsIsland(p, islands),
  );
}

function sourceFeatures(pkg: string, part: (f: SourceFeature) => Part | null, province: number): MosaicFeature[] {
  const out: MosaicFeature[] = [];
  for (const f of loadPackage(pkg).features) {
    const p = part(f);
    if (p === null) continue;
    const { adcode, name } = f.properties;
    const converted = cleanPolygons(asPolygons(f.geometry), true);
    const properties = { adcode, name, part: p, province: p === 'province' ? adcode : province };
    if (p !== 'province') {
      out.push({ type: 'Feature', properties, geometry: toGeometry(converted) });
      continue;
    }
    // A province is simplified part by part: mapshaper's keep-shapes saves one ring a feature, so an
    // island that is a part of its province's MultiPolygon would vanish. buildChina joins the parts again.
    for (const part of dropIslets(converted, listedIslands()))
      out.push({ type: 'Feature', properties, geometry: toGeometry([part]) });
  }
  return out;
}

/**
 * Which shared edges each border level is (mapshaper expressions over the two sides A and B).
 * Shanghai's land border is its own level, drawn strong; edges between two districts are
 * drawn with the districts. `province` borders touch Jiangsu or Zhejiang (seen from the
 * city view); `country` ones lie between other provinces (seen from the regional view
 * only, and loaded with it).
 */
const BORDER_RULES: Record<BorderLevel, string> = {
  shanghai: "(A.part == 'district') != (B.part == 'district')",
  province:
    "A.part != 'district' && B.part != 'district' && A.province != B.province && (A.part != 'province' || B.part != 'province')",
  // Two parts of one of the other provinces (each part is a feature of its own, see
  // sourceFeatures) can touch once snapped: that edge is no border at all.
  city: "A.part != 'district' && B.part != 'district' && A.part != 'province' && B.part != 'province' && A.province == B.province",
  country: "A.part == 'province' && B.part == 'province' && A.adcode != B.adcode",
};

interface Mosaic {
  shapes: MosaicFeature[];
  borders: { type: 'Feature'; properties: { level: BorderLevel }; geometry: MosaicFeature['geometry'] }[];
}

let mosaicPromise: Promise<Mosaic> | null = null;

type Mapshaper = {
  applyCommands: (cmd: string, input: Record<string, unknown>) => Promise<Record<string, Buffer | string>>;
};

function boxOf(polys: Poly[]): [number, number, number, number] {
  const all = polys.flatMap((p) => p[0] ?? []);
  const xs = all.map((c) => c[0]);
  const ys = all.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * Cuts each NOT_LAND shape out of the shapes of its province that reach into it, in place.
 * A cut that finds nothing to cut is an error: the source has changed, and its list
 * must be looked at again.
 */
async function cutNotLand(mapshaper: Mapshaper, layers: Record<string, unknown>): Promise<void> {
  for (const cut of NOT_LAND) {
    const [w, s, e, n] = boxOf([[cut.ring as Ring]]);
    let hits = 0;
    for (const [name, layer] of Object.entries(layers)) {
      const fc = layer as { features: MosaicFeature[] };
      const targets = fc.features.filter((f) => {
        if (f.properties.province !== cut.province || !f.geometry) return false;
        const [x0, y0, x1, y1] = boxOf(asPolygons(f.geometry));
        return x0 < e && x1 > w && y0 < n && y1 > s;
      });
      if (targets.length === 0) continue;
      hits += targets.length;
      const out = await mapshaper.applyCommands('-i cut.json -erase not-land.json -o cut.json format=geojson', {
        'cut.json': { type: 'FeatureCollection', features: targets },
        'not-land.json': { type: 'Polygon', coordinates: [cut.ring] },
      });
      const cutFeatures = (JSON.parse(String(out['cut.json'])) as { features: MosaicFeature[] }).features;
      const byCode = new Map(cutFeatures.map((f) => [f.properties.adcode, f]));
      layers[name] = {
        ...fc,
        features: fc.features.map((f) => (targets.includes(f) ? (byCode.get(f.properties.adcode) ?? f) : f)),
      };
    }
    if (hits === 0) throw new Error(`geo:build: the cut "${cut.name}" finds no land of ${cut.province} to cut`);
  }
}

/**
 * Every land shape, cleaned into one mosaic: districts and the neighbouring cities at
 * full detail, the rest of Jiangsu and Zhejiang and the other provinces simplified
 * for the zooms they are seen at, then snapped and cleaned so neighbours share one
 * border (no gap, no overlap) and cracks opening to the sea are closed.
 */
function buildMosaic(): Promise<Mosaic> {
  mosaicPromise ??= (async () => {
    // mapshaper is CommonJS and large: loaded only when the boundaries are rebuilt.
    const mapshaper = require('mapshaper') as Mapshaper;
    const near = (f: SourceFeature): Part => (NEIGHBOUR_CITIES.includes(f.properties.adcode) ? 'near' : 'city');
    const province = (f: SourceFeature) => f.properties.adcode;
    const otherProvince = (f: SourceFeature) => ![SHANGHAI, JIANGSU, ZHEJIANG, DASHED_LINE].includes(province(f));
    const input: Record<`${Layer}.json`, unknown> = {
      'districts.json': layerOf(sourceFeatures('@datapool/shanghai.geojson', () => 'district', SHANGHAI)),
      'near.json': layerOf([
        ...sourceFeatures('@datapool/jiangsu.geojson', (f) => (near(f) === 'near' ? 'near' : null), JIANGSU),
        ...sourceFeatures('@datapool/zhejiang.geojson', (f) => (near(f) === 'near' ? 'near' : null), ZHEJIANG),
      ]),
      'cities.json': layerOf([
        ...sourceFeatures('@datapool/jiangsu.geojson', (f) => (near(f) === 'city' ? 'city' : null), JIANGSU),
        ...sourceFeatures('@datapool/zhejiang.geojson', (f) => (near(f) === 'city' ? 'city' : null), ZHEJIANG),
      ]),
      'neighbours.json': layerOf(
        sourceFeatures(
          '@datapool/china.geojson',
          (f) => (otherProvince(f) && NEIGHBOUR_PROVINCES.includes(province(f)) ? 'province' : null),
          0,
        ),
      ),
      'provinces.json': layerOf(
        sourceFeatures(
          '@datapool/china.geojson',
          (f) => (otherProvince(f) && !NEIGHBOUR_PROVINCES.includes(province(f)) ? 'province' : null),
          0,
        ),
      ),
    };
    await cutNotLand(mapshaper, input);
    const run = async (commands: string[], files: Record<string, unknown>) => {
      const out = await mapshaper.applyCommands(commands.join(' '), files);
      return (name: string) =>
        JSON.parse(String(out[name])) as { type: 'FeatureCollection'; features?: MosaicFeature[] };
    };
    // Simplification is applied when a layer is written out, so each part is simplified and written on its own first.
    const simplified = async (name: Layer, interval: string) =>
      (
        await run(
          [`-i ${name}.json`, `-simplify interval=${interval} keep-shapes`, `-o ${name}.json format=geojson`],
          input,
        )
      )(`${name}.json`);
    const outputs = await run(
      [
        '-i districts.json near.json cities.json neighbours.json provinces.json combine-files',
        '-merge-layers target=* force name=land',
        `-clean target=land snap-interval=${SNAP} close-outer-gaps`,
        '-o land.json format=geojson precision=0.00001 target=land',
        // Borders as lines between neighbours, never along a coast or a cut.
        ...Object.entries(BORDER_RULES).flatMap(([level, where]) => [
          `-innerlines target=land where="${where}" + name=${level}`,
          `-each target=${level} "level = '${level}'"`,
        ]),
        `-merge-layers target=${BORDER_LEVELS.join(',')} force name=borders`,
        '-o borders.json format=geojson precision=0.00001 target=borders',
      ],
      {
        ...input,
        'cities.json': await simplified('cities', CITY_DETAIL),
        'neighbours.json': await simplified('neighbours', NEIGHBOUR_PROVINCE_DETAIL),
        'provinces.json': await simplified('provinces', PROVINCE_DETAIL),
      },
    );
    return {
      shapes: outputs('land.json').features ?? [],
      borders: (outputs('borders.json').features ?? []) as unknown as Mosaic['borders'],
    };
  })();
  return mosaicPromise;
}

function featuresOf(shapes: MosaicFeature[], part: Part | Part[]): (MosaicFeature & { polys: Poly[] })[] {
  const parts = Array.isArray(part) ? part : [part];
  return shapes
    .filter((f) => parts.includes(f.properties.part) && f.geometry !== null)
    .map((f) => ({
      ...f,
      polys: cleanPolygons(asPolygons(f.geometry as { type: string; coordinates: unknown }), false),
    }))
    .filter((f) => f.polys.length > 0)
    .sort((a, b) => a.properties.adcode - b.properties.adcode);
}

/** The 16 districts in WGS84 with the project's properties, ordered by adcode. */
async function buildDistricts(): Promise<DistrictsFile> {
  const { shapes } = await buildMosaic();
  const features = featuresOf(shapes, 'district').map((f) => {
    const { adcode, name } = f.properties;
    const naming = DISTRICT_NAMING[adcode];
    if (!naming) throw new Error(`@datapool/shanghai.geojson: unknown district adcode ${adcode} (${name})`);
    const [labelLng, labelLat] = labelPoint(f.polys);
    return {
      type: 'Feature' as const,
      id: adcode,
      properties: {
        adcode,
        slug: naming.slug,
        name_zh: name,
        name_en: naming.name_en,
        pinyin: naming.pinyin,
        area_km2: Math.round(area(multiPolygon(f.polys)) / 1e4) / 100,
        label_lng: labelLng,
        label_lat: labelLat,
      },
      geometry: toGeometry(f.polys),
    };
  });
  if (features.length !== 16) throw new Error(`expected 16 districts after cleaning, got ${features.length}`);
  return { type: 'FeatureCollection', features };
}

/** Jiangsu's and Zhejiang's cities, whole: the land around Shanghai at every zoom. */
async function buildContext(): Promise<ContextFile> {
  const { shapes } = await buildMosaic();
  return {
    type: 'FeatureCollection',
    features: featuresOf(shapes, ['near', 'city']).map((f) => {
      const { adcode, name, province } = f.properties;
      const nameEn = CITY_NAMES_EN[adcode];
      if (!nameEn) throw new Error(`city ${adcode} (${name}) has no English name in geo/tools/district-names.ts`);
      return {
        type: 'Feature' as const,
        properties: { adcode, name_zh: name, name_en: nameEn, province: province === JIANGSU ? 'jiangsu' : 'zhejiang' },
        geometry: toGeometry(f.polys),
      };
    }),
  };
}

/** China's other provincial-level divisions, and the dashed line in the South China Sea exactly as DataV draws it. */
async function buildChina(): Promise<ChinaFile> {
  const { shapes } = await buildMosaic();
  const named = (adcode: number, nameZh: string) => {
    const nameEn = PROVINCE_NAMES_EN[adcode];
    if (!nameEn) throw new Error(`@datapool/china.geojson: unknown division ${adcode} (${nameZh})`);
    return { adcode, name_zh: nameZh, name_en: nameEn };
  };
  // Each province's parts, simplified one by one, joined again into one shape.
  const parts = new Map<number, { name: string; polys: Poly[] }>();
  for (const f of featuresOf(shapes, 'province')) {
    const seen = parts.get(f.properties.adcode);
    if (seen) seen.polys.push(...f.polys);
    else parts.set(f.properties.adcode, { name: f.properties.name, polys: [...f.polys] });
  }
  const provinces: ChinaFile['features'] = [...parts].map(([adcode, { name, polys }]) => ({
    type: 'Feature' as const,
    properties: named(adcode, name),
    geometry: toGeometry(polys),
  }));
  const islands = listedIslands();
  const dashed = loadPackage('@datapool/china.geojson').features.find((f) => f.properties.adcode === DASHED_LINE);
  if (!dashed) throw new Error('@datapool/china.geojson: the South China Sea dashed line (100000) is missing');
  const china: ChinaFile = {
    type: 'FeatureCollection',
    features: [
      ...provinces,
      {
        type: 'Feature',
        properties: named(DASHED_LINE, dashed.properties.name || '九段线'),
        geometry: toGeometry(cleanPolygons(asPolygons(dashed.geometry), true)),
      },
      ...islandPoints(islands, provinces),
    ],
  };
  const issues = islandIssues(islands, china);
  if (issues.length > 0) throw new Error(issues.map((i) => `${i.file}: ${i.reason}`).join('\n'));
  return china;
}

/**
 * A point for each listed island whose outline is too small to be seen from the regional
 * view (under PROVINCE_MIN_ISLAND_M2: a pixel or less at zoom 4–5), or that the source
 * does not draw at all: the map draws it as a dot, as national maps do.
 */
function islandPoints(islands: readonly Island[], provinces: ChinaFile['features']): ChinaFile['features'] {
  const outlines = provinces.flatMap((f) =>
    f.geometry.type === 'Point' ? [] : asPolygons(f.geometry).map((p) => ({ part: p, m2: area(polygon(p)) })),
  );
  return islands
    .filter((i) => !outlines.some((o) => o.m2 >= PROVINCE_MIN_ISLAND_M2 && holdsIsland(o.part, [i])))
    .map((i) => ({
      type: 'Feature' as const,
      properties: { adcode: i.province, name_zh: i.name_zh, name_en: i.name_en },
      geometry: { type: 'Point' as const, coordinates: [round(i.lng), round(i.lat)] as LngLat },
    }));
}

/** Shanghai's land border, and the borders between provinces and between cities around it, as lines. */
async function buildBorders(): Promise<BordersFile> {
  const { borders } = await buildMosaic();
  const features: BordersFile['features'] = [];
  for (const level of BORDER_LEVELS) {
    const lines: LngLat[][] = [];
    for (const f of borders) {
      if (f.properties.level !== level || !f.geometry) continue;
      const g = f.geometry as { type: string; coordinates: LngLat[] | LngLat[][] };
      const parts = g.type === 'LineString' ? [g.coordinates as LngLat[]] : (g.coordinates as LngLat[][]);
      for (const line of parts) {
        const rounded = line.map(([x, y]): LngLat => [round(x), round(y)]);
        if (rounded.length >= 2) lines.push(rounded);
      }
    }
    features.push({
      type: 'Feature',
      properties: { level },
      geometry: { type: 'MultiLineString', coordinates: lines },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Serialises compactly but one feature per line, so diffs of the committed files stay readable. */
export function serialise(fc: { type: string; features: unknown[] }): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"${fc.type}","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** File name (under geo/) → contents, exactly as `npm run geo:build` writes them. */
export async function buildBoundaryFiles(): Promise<Record<string, string>> {
  return {
    'districts.geojson': serialise(await buildDistricts()),
    'context.geojson': serialise(await buildContext()),
    'china.geojson': serialise(await buildChina()),
    'borders.geojson': serialise(await buildBorders()),
  };
}
