/**
 * Joins boundaries, profiles and records into the model the map and panels read:
 * districts with their profile and records, each district record placed on a point,
 * and the filter-dependent counts behind the choropleth, layer toggles and lists.
 * Pure: new objects out, inputs untouched.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AtlasData } from './atlas-data';
import { computeBounds } from './bounds.ts';
import { countClasses } from './classes.ts';
import { buildRegionLinks, shanghaiOrigin } from './links.ts';
import type { AtlasModel, DistrictView, PlacedRecord, RecordEntry, RecordFilter } from './model.ts';
import { DISTRICT_SLUGS, LAYER_IDS, SCOPES } from '../vocabulary.ts';
import type { DistrictSlug, InitiativeRecord, LayerId, Scope } from './schema';

/**
 * Records drawn at one place would hide each other, so the k-th record at a place is
 * fanned out on a sunflower spiral (about 350 m apart). District-only records fan
 * around the district's label point, starting off it so the name stays readable;
 * approximate records that share a point keep the first at the point. Site records are
 * never moved. The symbols still say how precise the place is.
 */
const FAN_STEP_DEG = 0.0035;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Radii tried, in turn, when a fanned point would fall outside its district. */
const FAN_SHRINK = [1, 0.6, 0.35];

function fanPosition(centre: [number, number], k: number, offset: number, scale: number): [number, number] {
  const r = FAN_STEP_DEG * Math.sqrt(k + offset) * scale;
  const a = k * GOLDEN_ANGLE;
  // Longitude degrees are shorter at Shanghai's latitude; stretch to keep the fan round.
  const stretch = 1 / Math.cos((centre[1] * Math.PI) / 180);
  return [centre[0] + r * Math.cos(a) * stretch, centre[1] + r * Math.sin(a)];
}

/** The k-th position at `centre` that lies inside `district`, or the centre itself. */
function fanInside(centre: [number, number], k: number, offset: number, district: DistrictView): [number, number] {
  for (const scale of FAN_SHRINK) {
    const p = fanPosition(centre, k, offset, scale);
    if (booleanPointInPolygon(p, district.geometry)) return p;
  }
  return centre;
}

function byKey<T>(items: readonly T[], key: (t: T) => string): Record<string, T> {
  return Object.fromEntries(items.map((t) => [key(t), t]));
}

/** The model's indexes: derived from its lists, never shipped. */
type ModelIndexes = 'districtBySlug' | 'recordById' | 'industryById' | 'regionById' | 'beyondDistricts';

/** Adds the indexes to the model's lists, the same way in Node (joinAtlas) and in the browser (data/prepared.ts). */
/** The records of a district, in the records' order: the list its panel shows. */
export function recordIdsOf(
  records: readonly { id: string; districts: readonly string[] }[],
  slug: DistrictSlug,
): string[] {
  return records.filter((r) => r.districts.includes(slug)).map((r) => r.id);
}

export function withIndexes<
  M extends Pick<AtlasModel<RecordEntry>, 'districts' | 'records' | 'industries' | 'regions'>,
>(m: M): M & Pick<AtlasModel<M['records'][number]>, ModelIndexes> {
  return {
    ...m,
    districtBySlug: byKey(m.districts, (d) => d.slug) as Record<DistrictSlug, DistrictView>,
    recordById: byKey(m.records, (r) => r.id),
    industryById: byKey(m.industries, (i) => i.id),
    regionById: byKey(m.regions, (r) => r.id),
    beyondDistricts: m.records.filter((r) => r.scope !== 'district'),
  };
}

/** Builds the model from validated data. */
export function joinAtlas(data: AtlasData): AtlasModel<InitiativeRecord> {
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
        recordIds: recordIdsOf(data.records, p.slug),
      };
    });
  const districtBySlug = byKey(districts, (d) => d.slug) as Record<DistrictSlug, DistrictView>;

  const atPlace = new Map<string, number>();
  const placed: PlacedRecord[] = [];
  for (const r of data.records) {
    const home = r.districts[0];
    if (!home || !r.location) continue;
    const d = districtBySlug[home];
    const precision = r.location.precision;
    const centre: [number, number] = precision === 'district' ? d.label : [r.location.lng, r.location.lat];
    let lng: number;
    let lat: number;
    if (precision === 'site') {
      [lng, lat] = centre;
    } else {
      const key = `${precision === 'district' ? 'd' : 'p'}:${centre.join(',')}`;
      const k = atPlace.get(key) ?? 0;
      atPlace.set(key, k + 1);
      [lng, lat] = fanInside(centre, k, precision === 'district' ? 1.5 : 0, d);
    }
    placed.push({ id: r.id, district: home, layer: r.layer, precision, lng, lat });
  }

  const model = withIndexes({
    districts,
    records: data.records,
    placed,
    industries: data.industries,
    regions: data.regions,
    contextGeo: data.context,
    bordersGeo: nearBorders(data.borders),
  });
  const regionLinks = buildRegionLinks(model);
  const withLinks = { ...model, regionLinks, bounds: computeBounds(districts, regionLinks, shanghaiOrigin(model)) };
  const totals = Object.values(countByDistrict({ ...withLinks, classes: [] }, { layers: LAYER_IDS, industries: [] }));
  return { ...withLinks, classes: countClasses(totals.map((c) => c.total)) };
}

/** The borders seen from the city view: all but those between provinces other than Jiangsu and Zhejiang. */
export function nearBorders(borders: AtlasData['borders']): AtlasData['borders'] {
  return { ...borders, features: borders.features.filter((f) => f.properties.level !== 'country') };
}

/** True when the record is on a visible layer and, if industries are picked, tagged with one of them. */
export function recordMatches(r: { layer: LayerId; industries: readonly string[] }, f: RecordFilter): boolean {
  if (!f.layers.includes(r.layer)) return false;
  return f.industries.length === 0 || r.industries.some((i) => f.industries.includes(i));
}

export interface DistrictCounts {
  /** Records naming the district that pass the filter. */
  total: number;
  byLayer: Record<LayerId, number>;
  /** Records passing the filter, by industry tag (a record with two tags counts under both). */
  byIndustry: Record<string, number>;
}

function emptyByLayer(): Record<LayerId, number> {
  return Object.fromEntries(LAYER_IDS.map((l) => [l, 0])) as Record<LayerId, number>;
}

/**
 * Records that count alike: the same layer, scope, districts and industries. Counting a
 * filter walks these groups, not the records: 76 groups for the report's 121 records,
 * 5,924 for the bench's 100,000 (bench/lib/synth.ts), whose filter changes walked every
 * record twice or more and took about 100 ms each.
 */
interface Tally {
  layer: LayerId;
  scope: Scope;
  districts: readonly DistrictSlug[];
  industries: readonly string[];
  /** How many records share it. */
  n: number;
}

const tallies = new WeakMap<readonly RecordEntry[], readonly Tally[]>();

/** The records grouped into tallies, once per records array (a model's records never change). */
function talliesOf(records: readonly RecordEntry[]): readonly Tally[] {
  const known = tallies.get(records);
  if (known) return known;
  const byKey = new Map<string, Tally>();
  for (const r of records) {
    // "\u0000" cannot be in a slug, so distinct lists give distinct keys.
    const key = `${r.layer}\u0000${r.scope}\u0000${r.districts.join('\u0001')}\u0000${r.industries.join('\u0001')}`;
    const t = byKey.get(key);
    if (t) t.n += 1;
    else byKey.set(key, { layer: r.layer, scope: r.scope, districts: r.districts, industries: r.industries, n: 1 });
  }
  const out = [...byKey.values()];
  tallies.set(records, out);
  return out;
}

/**
 * Per-district counts under a filter. `byLayer` ignores the layer part of the filter
 * (so a hidden layer's toggle can still say how many it would show).
 */
export function countByDistrict(model: AtlasModel, f: RecordFilter): Record<DistrictSlug, DistrictCounts> {
  const out = Object.fromEntries(
    DISTRICT_SLUGS.map((s) => [s, { total: 0, byLayer: emptyByLayer(), byIndustry: {} }]),
  ) as Record<DistrictSlug, DistrictCounts>;
  const allLayers: RecordFilter = { layers: LAYER_IDS, industries: f.industries };
  for (const t of talliesOf(model.records)) {
    if (!recordMatches(t, allLayers)) continue;
    const shown = f.layers.includes(t.layer);
    for (const slug of t.districts) {
      const c = out[slug];
      c.byLayer[t.layer] += t.n;
      if (!shown) continue;
      c.total += t.n;
      for (const i of t.industries) c.byIndustry[i] = (c.byIndustry[i] ?? 0) + t.n;
    }
  }
  return out;
}

/** A layer's records, and where they are: only the district ones have a place on the city map. */
export interface LayerCount {
  total: number;
  byScope: Record<Scope, number>;
}

/**
 * Records per layer under the industry part of the filter, across the whole dataset:
 * district, city-wide, regional and international records alike, with that breakdown.
 * The layers panel, the overview, the deck's layer steps and the exports all count
 * layers with this.
 */
export function countByLayer(model: AtlasModel, industries: readonly string[]): Record<LayerId, LayerCount> {
  const out = Object.fromEntries(
    LAYER_IDS.map((l) => [l, { total: 0, byScope: Object.fromEntries(SCOPES.map((s) => [s, 0])) }]),
  ) as Record<LayerId, LayerCount>;
  const f: RecordFilter = { layers: LAYER_IDS, industries };
  for (const t of talliesOf(model.records)) {
    if (!recordMatches(t, f)) continue;
    out[t.layer].total += t.n;
    out[t.layer].byScope[t.scope] += t.n;
  }
  return out;
}
