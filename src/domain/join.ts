/**
 * Joins boundaries, profiles and records into the model the map and panels read:
 * districts with their profile and records, each district record placed on a point,
 * and the filter-dependent counts behind the choropleth, layer toggles and lists.
 * Pure: new objects out, inputs untouched.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AtlasData } from './atlas-data';
import {
  DISTRICT_SLUGS,
  LAYER_IDS,
  type AreaGeometry,
  type Bilingual,
  type DistrictProfile,
  type DistrictSlug,
  type Industry,
  type InitiativeRecord,
  type LayerId,
  type Precision,
  type Region,
} from './schema';

/** A district record with the point it is drawn at. */
export interface PlacedRecord {
  id: string;
  district: DistrictSlug;
  layer: LayerId;
  precision: Precision;
  lng: number;
  lat: number;
}

export interface DistrictView {
  slug: DistrictSlug;
  adcode: number;
  name: Bilingual;
  pinyin: string;
  areaKm2: number;
  label: [number, number];
  geometry: AreaGeometry;
  profile: DistrictProfile;
  /** Ids of every record that names this district, in data order. */
  recordIds: string[];
}

export interface AtlasModel {
  /** In administrative-code order. */
  districts: DistrictView[];
  districtBySlug: Record<DistrictSlug, DistrictView>;
  records: InitiativeRecord[];
  recordById: Record<string, InitiativeRecord>;
  placed: PlacedRecord[];
  industries: Industry[];
  industryById: Record<string, Industry>;
  regions: Region[];
  regionById: Record<string, Region>;
  /** Records with no district: city-wide, regional, international. */
  beyondDistricts: InitiativeRecord[];
  contextGeo: AtlasData['context'];
}

/** Which records are shown: visible layers, and industries (none selected = all). */
export interface RecordFilter {
  layers: readonly LayerId[];
  industries: readonly string[];
}

/**
 * Spacing of records that have no place finer than their district: they are fanned
 * out around the district's label point (about 350 m apart) so each stays clickable.
 * Drawn as hollow symbols, they never pretend to be surveyed.
 */
const FAN_STEP_DEG = 0.0035;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function fanPosition(label: [number, number], k: number): [number, number] {
  const r = FAN_STEP_DEG * Math.sqrt(k + 1.5);
  const a = k * GOLDEN_ANGLE;
  // Longitude degrees are shorter at Shanghai's latitude; stretch to keep the fan round.
  const stretch = 1 / Math.cos((label[1] * Math.PI) / 180);
  return [label[0] + r * Math.cos(a) * stretch, label[1] + r * Math.sin(a)];
}

function byKey<T>(items: readonly T[], key: (t: T) => string): Record<string, T> {
  return Object.fromEntries(items.map((t) => [key(t), t]));
}

/** Builds the model from validated data. */
export function joinAtlas(data: AtlasData): AtlasModel {
  const profiles = byKey(data.profiles, (p) => p.district);
  const districts: DistrictView[] = data.districts.features
    .slice()
    .sort((a, b) => a.properties.adcode - b.properties.adcode)
    .map((f) => {
      const p = f.properties;
      const profile = profiles[p.slug];
      if (!profile) throw new Error(`no profile for district ${p.slug}`);
      return {
        slug: p.slug,
        adcode: p.adcode,
        name: { zh: p.name_zh, en: p.name_en },
        pinyin: p.pinyin,
        areaKm2: p.area_km2,
        label: [p.label_lng, p.label_lat],
        geometry: f.geometry,
        profile,
        recordIds: data.records.filter((r) => r.districts.includes(p.slug)).map((r) => r.id),
      };
    });
  const districtBySlug = byKey(districts, (d) => d.slug) as Record<DistrictSlug, DistrictView>;

  const fanned = new Map<DistrictSlug, number>();
  const placed: PlacedRecord[] = [];
  for (const r of data.records) {
    const home = r.districts[0];
    if (!home || !r.location) continue;
    const d = districtBySlug[home];
    let lng: number;
    let lat: number;
    if (r.location.precision === 'district') {
      const k = fanned.get(home) ?? 0;
      fanned.set(home, k + 1);
      [lng, lat] = fanPosition(d.label, k);
      // A fan that would leave a small district folds back onto the label point.
      if (!booleanPointInPolygon([lng, lat], d.geometry)) [lng, lat] = d.label;
    } else {
      ({ lng, lat } = r.location);
    }
    placed.push({ id: r.id, district: home, layer: r.layer, precision: r.location.precision, lng, lat });
  }

  return {
    districts,
    districtBySlug,
    records: data.records,
    recordById: byKey(data.records, (r) => r.id),
    placed,
    industries: data.industries,
    industryById: byKey(data.industries, (i) => i.id),
    regions: data.regions,
    regionById: byKey(data.regions, (r) => r.id),
    beyondDistricts: data.records.filter((r) => r.scope !== 'district'),
    contextGeo: data.context,
  };
}

/** True when the record is on a visible layer and, if industries are picked, tagged with one of them. */
export function recordMatches(r: InitiativeRecord, f: RecordFilter): boolean {
  if (!f.layers.includes(r.layer)) return false;
  return f.industries.length === 0 || r.industries.some((i) => f.industries.includes(i));
}

export interface DistrictCounts {
  /** Records naming the district that pass the filter. */
  total: number;
  byLayer: Record<LayerId, number>;
}

function emptyByLayer(): Record<LayerId, number> {
  return Object.fromEntries(LAYER_IDS.map((l) => [l, 0])) as Record<LayerId, number>;
}

/**
 * Per-district counts under a filter. `byLayer` ignores the layer part of the filter
 * (so a hidden layer's toggle can still say how many it would show).
 */
export function countByDistrict(model: AtlasModel, f: RecordFilter): Record<DistrictSlug, DistrictCounts> {
  const out = Object.fromEntries(DISTRICT_SLUGS.map((s) => [s, { total: 0, byLayer: emptyByLayer() }])) as Record<
    DistrictSlug,
    DistrictCounts
  >;
  const allLayers: RecordFilter = { layers: LAYER_IDS, industries: f.industries };
  for (const r of model.records) {
    if (!recordMatches(r, allLayers)) continue;
    const shown = f.layers.includes(r.layer);
    for (const slug of r.districts) {
      out[slug].byLayer[r.layer] += 1;
      if (shown) out[slug].total += 1;
    }
  }
  return out;
}

/** Records per layer under the industry part of the filter, across the whole dataset. */
export function countByLayer(model: AtlasModel, industries: readonly string[]): Record<LayerId, number> {
  const out = emptyByLayer();
  const f: RecordFilter = { layers: LAYER_IDS, industries };
  for (const r of model.records) if (recordMatches(r, f)) out[r.layer] += 1;
  return out;
}
