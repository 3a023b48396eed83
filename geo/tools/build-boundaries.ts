/**
 * Builds geo/districts.geojson and geo/context.geojson from the DataV boundary
 * packages on the npm registry. Pure and deterministic: the same packages give the
 * same bytes, which a unit test checks against the committed files.
 *
 * The packages are GCJ-02 (the obfuscated datum Chinese map providers must use);
 * everything the app draws is WGS84, so every coordinate goes through gcoord.
 */
import { createRequire } from 'node:module';
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import { multiPolygon, polygon } from '@turf/helpers';
import gcoord from 'gcoord';
import polylabel from 'polylabel';
import { CONTEXT_NAMES_EN, DISTRICT_NAMING, PROVINCE_NAMES_EN } from './district-names';
import type { AreaGeometry, ChinaFile, ContextFile, DistrictsFile } from '../../src/domain/schema';

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
/** The context layer covers what a Shanghai view can show, no more. */
export const CONTEXT_BBOX: [number, number, number, number] = [120.0, 30.0, 122.9, 32.4];
/** Context shapes only frame the city: about 200 m of simplification is invisible there. */
const CONTEXT_TOLERANCE = 0.002;

function loadPackage(name: string): SourceCollection {
  // The packages are CommonJS files that assign a global; require() returns a fresh parse per process only,
  // so deep-clone to keep this function free of shared mutable state.
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

/** Converts and rounds a ring, dropping points that rounding made identical; null if it collapsed. */
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

function asPolygons(g: SourceFeature['geometry']): Poly[] {
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

/** The 16 districts in WGS84 with the project's properties, ordered by adcode. */
export function buildDistricts(): DistrictsFile {
  const src = loadPackage('@datapool/shanghai.geojson');
  const features = src.features
    .slice()
    .sort((a, b) => a.properties.adcode - b.properties.adcode)
    .map((f) => {
      const { adcode, name } = f.properties;
      const naming = DISTRICT_NAMING[adcode];
      if (!naming) throw new Error(`@datapool/shanghai.geojson: unknown district adcode ${adcode} (${name})`);
      const polys = cleanPolygons(asPolygons(f.geometry), true);
      const [labelLng, labelLat] = labelPoint(polys);
      return {
        type: 'Feature' as const,
        id: adcode,
        properties: {
          adcode,
          slug: naming.slug,
          name_zh: name,
          name_en: naming.name_en,
          pinyin: naming.pinyin,
          area_km2: Math.round(area(multiPolygon(polys)) / 1e4) / 100,
          label_lng: labelLng,
          label_lat: labelLat,
        },
        geometry: toGeometry(polys),
      };
    });
  return { type: 'FeatureCollection', features };
}

/** Neighbouring cities of Jiangsu and Zhejiang, clipped to the area around Shanghai and simplified. */
export function buildContext(): ContextFile {
  const features: ContextFile['features'] = [];
  for (const province of ['jiangsu', 'zhejiang'] as const) {
    const src = loadPackage(`@datapool/${province}.geojson`);
    for (const f of src.features) {
      const converted = cleanPolygons(asPolygons(f.geometry), true);
      const clipped = bboxClip(multiPolygon(converted), CONTEXT_BBOX);
      const simplified = simplify(clipped, { tolerance: CONTEXT_TOLERANCE, highQuality: true });
      const g = simplified.geometry;
      const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Poly[];
      const polys = cleanPolygons(parts, false);
      if (polys.length === 0) continue;
      const { adcode, name } = f.properties;
      const nameEn = CONTEXT_NAMES_EN[adcode];
      if (!nameEn)
        throw new Error(
          `@datapool/${province}.geojson: city ${adcode} (${name}) lies in the context area but has no English name`,
        );
      features.push({
        type: 'Feature',
        properties: { adcode, name_zh: name, name_en: nameEn, province },
        geometry: toGeometry(polys),
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Provinces drawn small behind the regional cooperation links: a coarse simplification (about 15 km) is plenty. */
const CHINA_TOLERANCE = 0.15;
/** Islands under this area (m²) vanish at the scale of the whole country; each division keeps its largest part. */
const CHINA_MIN_PART_M2 = 300e6;

/** China's provincial-level divisions, simplified, for the regional cooperation view. */
export function buildChina(): ChinaFile {
  const src = loadPackage('@datapool/china.geojson');
  const features: ChinaFile['features'] = [];
  for (const f of src.features.slice().sort((a, b) => a.properties.adcode - b.properties.adcode)) {
    const { adcode, name } = f.properties;
    const nameEn = PROVINCE_NAMES_EN[adcode];
    if (!nameEn) throw new Error(`@datapool/china.geojson: unknown division ${adcode} (${name})`);
    const converted = cleanPolygons(asPolygons(f.geometry), true);
    // The dashes of the South China Sea line are tiny: simplifying would erase them.
    const simplified = adcode === 100000 ? converted : simplifyPolygons(dropIslets(converted), CHINA_TOLERANCE);
    if (simplified.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { adcode, name_zh: name || '九段线', name_en: nameEn },
      geometry: toGeometry(simplified),
    });
  }
  return { type: 'FeatureCollection', features };
}

function dropIslets(polys: Poly[]): Poly[] {
  const areas = polys.map((p) => area(polygon(p)));
  const largest = Math.max(...areas);
  return polys.filter((_, i) => (areas[i] ?? 0) >= Math.min(largest, CHINA_MIN_PART_M2));
}

function simplifyPolygons(polys: Poly[], tolerance: number): Poly[] {
  const g = simplify(multiPolygon(polys), { tolerance, highQuality: true }).geometry;
  return cleanPolygons(g.coordinates as Poly[], false);
}

/** Serialises compactly but one feature per line, so diffs of the committed files stay readable. */
export function serialise(fc: { type: string; features: unknown[] }): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"${fc.type}","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** File name (under geo/) → contents, exactly as `npm run geo:build` writes them. */
export function buildBoundaryFiles(): Record<string, string> {
  return {
    'districts.geojson': serialise(buildDistricts()),
    'context.geojson': serialise(buildContext()),
    'china.geojson': serialise(buildChina()),
  };
}
