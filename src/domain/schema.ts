/**
 * Schemas of every data file the atlas reads (geo/*.geojson, geo/data/*.json).
 * They are the contract between the data editors and the app: `npm run data:check`
 * and the app's own loader both parse through them, so a file that passes here
 * cannot surprise the map at run time.
 */
import { z } from 'zod';
import { BORDER_LEVELS, DISTRICT_SLUGS, KINDS, LAYER_IDS, SCOPES } from '../vocabulary.ts';

export * from '../vocabulary.ts';

export const DistrictSlug = z.enum(DISTRICT_SLUGS);
export type DistrictSlug = z.infer<typeof DistrictSlug>;

export const LayerId = z.enum(LAYER_IDS);
export type LayerId = z.infer<typeof LayerId>;

export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

const nonBlank = z.string().trim().min(1, 'must not be empty');

/** Text in both languages; neither may be empty. */
export const Bilingual = z.strictObject({ zh: nonBlank, en: nonBlank });
export type Bilingual = z.infer<typeof Bilingual>;

/** Units as the source writes them; the app converts for display, the data never does. */
export const UNITS = ['万亿元', '亿元', '%', '项', '家', '个', '所', '条', '吨'] as const;
export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

/** A number the source states, in the source's own unit. */
export const Figure = z.strictObject({
  value: z.number().finite(),
  unit: Unit,
  /** The source says "近" (nearly) or similar: the value is an upper bound or rounded. */
  approx: z.boolean().optional(),
  /** What the number measures. */
  measure: Bilingual,
  /** Year-on-year growth in percent, where the source gives it next to the figure. */
  yoy: z.number().finite().optional(),
});
export type Figure = z.infer<typeof Figure>;

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

/**
 * Where a record is drawn. `site`: a place we are confident of; `approximate`: the
 * general area of a named place; `district`: nothing more precise than the district,
 * drawn at the district's label point (so it carries no coordinates of its own).
 */
export const Location = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('site'), lng, lat }),
  z.strictObject({ precision: z.literal('approximate'), lng, lat }),
  z.strictObject({ precision: z.literal('district') }),
]);
export type Location = z.infer<typeof Location>;
export type Precision = Location['precision'];

/** Where outside Shanghai a regional or international record points. */
export const RegionId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug');

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug');

/** One fact of the source report, placed and tagged. */
export const InitiativeRecord = z
  .strictObject({
    id: slug,
    /** `district`: in one or more districts; `city`: city-wide; `region`: elsewhere in China; `international`. */
    scope: z.enum(SCOPES),
    /** The districts the record belongs to; the first is where it is drawn. Empty unless scope is district. */
    districts: z.array(DistrictSlug).refine((d) => new Set(d).size === d.length, 'lists a district twice'),
    /** Places outside Shanghai the record is about (regions.json ids). */
    regions: z.array(RegionId),
    kind: Kind,
    layer: LayerId,
    name: Bilingual,
    summary: Bilingual,
    industries: z.array(z.string()),
    figures: z.array(Figure),
    /** Required for district records, absent otherwise. */
    location: Location.optional(),
    /** The exact phrase of the source text the record rests on. */
    quote: nonBlank,
  })
  .superRefine((r, ctx) => {
    if (r.scope === 'district') {
      if (r.districts.length === 0)
        ctx.addIssue({ code: 'custom', path: ['districts'], message: 'a district record needs at least one district' });
      if (!r.location)
        ctx.addIssue({ code: 'custom', path: ['location'], message: 'a district record needs a location' });
    } else {
      if (r.districts.length > 0)
        ctx.addIssue({ code: 'custom', path: ['districts'], message: `a ${r.scope} record lists no districts` });
      if (r.location)
        ctx.addIssue({ code: 'custom', path: ['location'], message: `a ${r.scope} record has no map location` });
    }
    if ((r.scope === 'region' || r.scope === 'international') && r.regions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['regions'], message: `a ${r.scope} record names at least one region` });
  });
export type InitiativeRecord = z.infer<typeof InitiativeRecord>;

export const RecordsFile = z.array(InitiativeRecord);

/** The controlled industry vocabulary. */
export const Industry = z.strictObject({
  id: slug,
  label: Bilingual,
  colour: z.string().regex(/^#[0-9a-f]{6}$/, 'must be a #rrggbb colour in lower case'),
});
export type Industry = z.infer<typeof Industry>;
export const IndustriesFile = z.array(Industry).min(10).max(16);

/** What the report says of one district as a whole. */
export const DistrictProfile = z.strictObject({
  district: DistrictSlug,
  /** The report's positioning of the district, in our words. */
  positioning: Bilingual,
  /** The source phrase the positioning rests on. */
  quote: nonBlank,
  industries: z.array(z.string()).min(1, 'name at least one key industry'),
  /**
   * The place in the district the report names among its 科技创新集聚区 (innovation
   * clusters), as the source writes it, e.g. 紫竹国家高新区; absent when it names none.
   */
  cluster: Bilingual.optional(),
  /**
   * The report calls that place the 核心区 (core zone): the quote must say 核心区 right
   * before the cluster's name (核心区张江科学城). Core zones lead the tour.
   */
  core: z.boolean(),
});
export type DistrictProfile = z.infer<typeof DistrictProfile>;
export const ProfilesFile = z.array(DistrictProfile);

/** Places outside Shanghai that records refer to. Positions are approximate by nature. */
export const Region = z.strictObject({
  id: RegionId,
  name: Bilingual,
  kind: z.enum(['province', 'city', 'county', 'prefecture', 'country', 'organisation']),
  /** Approximate centre for drawing a link; null for organisations with no place. */
  lng: lng.nullable(),
  lat: lat.nullable(),
});
export type Region = z.infer<typeof Region>;
export const RegionsFile = z.array(Region);

/** Properties of a district in geo/districts.geojson. */
export const DistrictProperties = z.strictObject({
  adcode: z.number().int().min(310101).max(310199),
  slug: DistrictSlug,
  name_zh: nonBlank,
  name_en: nonBlank,
  pinyin: nonBlank,
  area_km2: z.number().positive(),
  label_lng: lng,
  label_lat: lat,
});
export type DistrictProperties = z.infer<typeof DistrictProperties>;

const position = z.tuple([lng, lat]);
const ring = z.array(position).min(4, 'a ring needs at least 4 positions');
const PolygonGeometry = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const MultiPolygonGeometry = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).min(1)).min(1),
});
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

export const DistrictFeature = z.strictObject({
  type: z.literal('Feature'),
  id: z.number().int(),
  properties: DistrictProperties,
  geometry: AreaGeometry,
});
export type DistrictFeature = z.infer<typeof DistrictFeature>;
export const DistrictsFile = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(DistrictFeature),
});
export type DistrictsFile = z.infer<typeof DistrictsFile>;

export const ContextProperties = z.strictObject({
  adcode: z.number().int(),
  name_zh: nonBlank,
  name_en: nonBlank,
  province: z.enum(['jiangsu', 'zhejiang']),
});
export const ContextFile = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      properties: ContextProperties,
      geometry: AreaGeometry,
    }),
  ),
});
export type ContextFile = z.infer<typeof ContextFile>;

const lineString = z.array(position).min(2, 'a line needs at least 2 positions');
/** Borders between neighbours (geo/borders.geojson): never a coast, never a cut. */
export const BordersFile = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.strictObject({
      type: z.literal('Feature'),
      properties: z.strictObject({ level: z.enum(BORDER_LEVELS) }),
      geometry: z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(lineString) }),
    }),
  ),
});
export type BordersFile = z.infer<typeof BordersFile>;

const ChinaProperties = z.strictObject({ adcode: z.number().int(), name_zh: nonBlank, name_en: nonBlank });
/**
 * China's provincial-level divisions beyond Shanghai, Jiangsu and Zhejiang (geo/china.geojson),
 * and a point for each island national maps show whose outline is too small to see from the
 * regional view (its name, and its division's adcode; geo/islands.json lists them).
 */
export const ChinaFile = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.union([
      z.strictObject({ type: z.literal('Feature'), properties: ChinaProperties, geometry: AreaGeometry }),
      z.strictObject({
        type: z.literal('Feature'),
        properties: ChinaProperties,
        geometry: z.strictObject({ type: z.literal('Point'), coordinates: position }),
      }),
    ]),
  ),
});
export type ChinaFile = z.infer<typeof ChinaFile>;
