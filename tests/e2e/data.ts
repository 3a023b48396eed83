/**
 * The data files, read in Node, and the numbers the app should show for them. Tests
 * derive every expected count from here, so a data edit never needs a test edit.
 */
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface RecordData {
  id: string;
  scope: 'district' | 'city' | 'region' | 'international';
  districts: string[];
  layer: string;
  industries: string[];
  name: Bilingual;
  summary: Bilingual;
  location?: { precision: 'site' | 'approximate' | 'district'; lng?: number; lat?: number };
}

export interface DistrictData {
  adcode: number;
  slug: string;
  name: Bilingual;
  label: [number, number];
  geometry: Polygon | MultiPolygon;
}

export interface IndustryData {
  id: string;
  label: Bilingual;
}

interface DistrictFeatureJson {
  properties: {
    adcode: number;
    slug: string;
    name_zh: string;
    name_en: string;
    label_lng: number;
    label_lat: number;
  };
  geometry: Polygon | MultiPolygon;
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(`../../${relative}`, import.meta.url), 'utf8')) as T;
}

export const RECORDS: RecordData[] = readJson<RecordData[]>('geo/data/records.json');
export const INDUSTRIES: IndustryData[] = readJson<IndustryData[]>('geo/data/industries.json');

/** The 16 districts in administrative-code order (the app's tie-break order). */
export const DISTRICTS: DistrictData[] = readJson<{ features: DistrictFeatureJson[] }>('geo/districts.geojson')
  .features.map((f) => ({
    adcode: f.properties.adcode,
    slug: f.properties.slug,
    name: { zh: f.properties.name_zh, en: f.properties.name_en },
    label: [f.properties.label_lng, f.properties.label_lat] as [number, number],
    geometry: f.geometry,
  }))
  .sort((a, b) => a.adcode - b.adcode);

/** The layers records are drawn on, in first-seen order. */
export const LAYERS: string[] = [...new Set(RECORDS.map((r) => r.layer))];

export function district(slug: string): DistrictData {
  const d = DISTRICTS.find((x) => x.slug === slug);
  if (!d) throw new Error(`no district ${slug} in geo/districts.geojson`);
  return d;
}

export function record(id: string): RecordData {
  const r = RECORDS.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id} in geo/data/records.json`);
  return r;
}

export interface Filter {
  layers: readonly string[];
  industries: readonly string[];
}

export const ALL: Filter = { layers: LAYERS, industries: [] };

function matchesIndustries(r: RecordData, industries: readonly string[]): boolean {
  return industries.length === 0 || r.industries.some((i) => industries.includes(i));
}

export function matches(r: RecordData, f: Filter): boolean {
  return f.layers.includes(r.layer) && matchesIndustries(r, f.industries);
}

/** Records per district under the filter: a record counts in each of its districts. */
export function expectedTotals(f: Filter): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(DISTRICTS.map((d) => [d.slug, 0]));
  for (const r of RECORDS) {
    if (!matches(r, f)) continue;
    for (const slug of r.districts) out[slug] = (out[slug] ?? 0) + 1;
  }
  return out;
}

/** Records per layer under the industry filter, over the whole data set (hidden layers still say what they hold). */
export function expectedByLayer(industries: readonly string[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(LAYERS.map((l) => [l, 0]));
  for (const r of RECORDS) if (matchesIndustries(r, industries)) out[r.layer] = (out[r.layer] ?? 0) + 1;
  return out;
}

/** Districts with records in the filter, most first, ties in administrative-code order. */
export function expectedRanking(f: Filter): DistrictData[] {
  const totals = expectedTotals(f);
  return DISTRICTS.filter((d) => (totals[d.slug] ?? 0) > 0).sort(
    (a, b) => (totals[b.slug] ?? 0) - (totals[a.slug] ?? 0) || a.adcode - b.adcode,
  );
}

/** Districts any record of the industry names. */
export function districtsOfIndustry(id: string): Set<string> {
  return new Set(RECORDS.filter((r) => r.industries.includes(id)).flatMap((r) => r.districts));
}

/**
 * An industry that narrows the map a lot yet still shows more than one district: the
 * one found in the fewest districts (at least two), first in industries.json on a tie.
 */
export function narrowIndustry(): IndustryData {
  const candidates = INDUSTRIES.map((i) => ({ i, n: districtsOfIndustry(i.id).size })).filter((c) => c.n >= 2);
  const best = candidates.sort((a, b) => a.n - b.n)[0];
  if (!best) throw new Error('no industry is found in two or more districts');
  return best.i;
}

/** A district record with at least one industry: it is drawn on the map and survives its own industry filter. */
export function recordWithIndustry(): RecordData & { industries: [string, ...string[]] } {
  const r = RECORDS.find((x) => x.scope === 'district' && x.districts.length > 0 && x.industries.length > 0);
  if (!r || r.industries[0] === undefined) throw new Error('no district record with an industry');
  return r as RecordData & { industries: [string, ...string[]] };
}

/** A district record whose Chinese name no other record's or district's name contains: search finds it alone. */
export function uniquelyNamedRecord(): RecordData {
  const r = RECORDS.find(
    (x) =>
      x.scope === 'district' &&
      RECORDS.every((y) => y === x || !y.name.zh.includes(x.name.zh)) &&
      DISTRICTS.every((d) => !d.name.zh.includes(x.name.zh)),
  );
  if (!r) throw new Error('every record name is part of another name');
  return r;
}

// --- Geometry: a point inside a district, well away from its border, its label and its records.

function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function bboxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygons(g))
    for (const ring of poly)
      for (const [x = 0, y = 0] of ring) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
  return [w, s, e, n];
}

/** Distance in (roughly) kilometres on a local flat projection. */
function km(a: Position, b: Position): number {
  const kx = 111.32 * Math.cos(((a[1] ?? 0) * Math.PI) / 180);
  return Math.hypot(((a[0] ?? 0) - (b[0] ?? 0)) * kx, ((a[1] ?? 0) - (b[1] ?? 0)) * 110.57);
}

function kmToSegment(p: Position, a: Position, b: Position): number {
  const kx = 111.32 * Math.cos(((p[1] ?? 0) * Math.PI) / 180);
  const ky = 110.57;
  const [px, py] = [(p[0] ?? 0) * kx, (p[1] ?? 0) * ky];
  const [ax, ay] = [(a[0] ?? 0) * kx, (a[1] ?? 0) * ky];
  const [bx, by] = [(b[0] ?? 0) * kx, (b[1] ?? 0) * ky];
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * A coordinate inside the district that is far from its border, from its label point
 * (where district-precision records fan out) and from every record drawn at its own
 * coordinates: clicking there hits the district fill, not a symbol or cluster.
 */
export function quietPointIn(slug: string): [number, number] {
  const d = district(slug);
  const [w, s, e, n] = bboxOf(d.geometry);
  const edges: [Position, Position][] = [];
  for (const poly of polygons(d.geometry))
    for (const ring of poly) for (let i = 1; i < ring.length; i++) edges.push([ring[i - 1] ?? [], ring[i] ?? []]);
  const sites = RECORDS.flatMap((r) =>
    r.location?.lng !== undefined && r.location.lat !== undefined ? [[r.location.lng, r.location.lat]] : [],
  );
  // District-only records fan out up to ~2 km around the label; keep well clear of it.
  const avoid = [...sites, ...DISTRICTS.map((x) => x.label)];
  let best: { p: [number, number]; score: number } | null = null;
  const steps = 40;
  for (let i = 1; i < steps; i++)
    for (let j = 1; j < steps; j++) {
      const p: [number, number] = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!booleanPointInPolygon(p, d.geometry)) continue;
      const border = Math.min(...edges.map(([a, b]) => kmToSegment(p, a, b)));
      const records = Math.min(...avoid.map((q) => km(p, q))) - 2;
      const score = Math.min(border, records);
      if (!best || score > best.score) best = { p, score };
    }
  if (!best || best.score < 1) throw new Error(`no quiet point inside ${slug}`);
  return best.p;
}
