/**
 * The model's types: what joinAtlas (join.ts) builds from the data and the browser loads
 * prepared (data/prepared.ts) — districts with their records, the placed points, the
 * regional links and the boxes the camera frames. Types only, in a module of their own,
 * so the modules that build the model's parts (links, bounds) and every reader can name
 * it without importing the join.
 */
import type { AtlasData } from './atlas-data';
import type { CountClass } from './classes';
import type {
  AreaGeometry,
  Bilingual,
  DistrictProfile,
  DistrictSlug,
  Industry,
  InitiativeRecord,
  LayerId,
  Precision,
  Region,
} from './schema';

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

export interface ModelBounds {
  city: Bounds;
  district: Record<DistrictSlug, Bounds>;
  regions: Bounds;
  region: Record<string, Bounds>;
}

/** A regional cooperation link: from Shanghai to a place in China the report names (links.ts). */
export interface RegionLink {
  region: Region & { lng: number; lat: number };
  /** Regional records that name this place, in data order. */
  recordIds: string[];
  /** The arc from Shanghai to the place, as [lng, lat] positions. */
  path: [number, number][];
}

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

/**
 * A record as the map and its panels start with: everything but its summary. The summaries
 * are the largest text of the data and only a record's own panel, the regional view, the
 * presenter's notes, print and export read them, so the browser loads them once the map is
 * up (data/summaries.ts). joinAtlas, in Node, keeps them in (`AtlasModel<InitiativeRecord>`).
 */
export type RecordEntry = Omit<InitiativeRecord, 'summary'>;

export interface AtlasModel<R extends RecordEntry = RecordEntry> {
  /** In administrative-code order. */
  districts: DistrictView[];
  districtBySlug: Record<DistrictSlug, DistrictView>;
  records: R[];
  recordById: Record<string, R>;
  placed: PlacedRecord[];
  industries: Industry[];
  industryById: Record<string, Industry>;
  regions: Region[];
  regionById: Record<string, Region>;
  /** Records with no district: city-wide, regional, international. */
  beyondDistricts: R[];
  contextGeo: AtlasData['context'];
  /** Borders around Shanghai (Jiangsu and Zhejiang and their neighbours); those between other provinces come with China's outline (data/china.ts). */
  bordersGeo: AtlasData['borders'];
  /** Shanghai's links to the places in China that regional records name, built once here. */
  regionLinks: RegionLink[];
  /** The boxes the camera frames. */
  bounds: ModelBounds;
  /** The choropleth's classes for the whole dataset (every layer, no industry filter). */
  classes: CountClass[];
}

/** Which records are shown: visible layers, and industries (none selected = all). */
export interface RecordFilter {
  layers: readonly LayerId[];
  industries: readonly string[];
}
