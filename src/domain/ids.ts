/**
 * The fixed vocabularies of the data — districts, layers, kinds, scopes, border levels —
 * as plain constants and their types. Kept apart from the schemas (schema.ts) so the
 * app can use them without shipping the schema library: the data is validated at build
 * time, not in the browser.
 */

/** The 16 districts, by the stable slug every data file uses. */
export const DISTRICT_SLUGS = [
  'huangpu',
  'xuhui',
  'changning',
  'jingan',
  'putuo',
  'hongkou',
  'yangpu',
  'minhang',
  'baoshan',
  'jiading',
  'pudong',
  'jinshan',
  'songjiang',
  'qingpu',
  'fengxian',
  'chongming',
] as const;
export type DistrictSlug = (typeof DISTRICT_SLUGS)[number];

/** Map layers a record can be drawn on; each has its own symbol and colour. */
export const LAYER_IDS = ['clusters', 'funds', 'platforms', 'projects', 'reforms', 'events'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/**
 * What a record is. Finer than the layer: an institute and a service platform share
 * the platforms layer; a plan and a policy share the reforms layer.
 */
export const KINDS = [
  'cluster', // park, zone, base, cluster, corridor
  'fund', // fund or financial instrument
  'platform', // service or functional platform, service centre
  'institute', // research institute, laboratory, national centre
  'reform', // reform, policy, regulatory change
  'plan', // plan, strategy, positioning
  'project', // major project or facility
  'event', // event, forum, talks, agreement, partnership, training course
  'figure', // statistical result
] as const;
export type Kind = (typeof KINDS)[number];

/** Where a record is: in districts, city-wide, elsewhere in China, or abroad. */
export const SCOPES = ['district', 'city', 'region', 'international'] as const;
export type Scope = (typeof SCOPES)[number];

/** How precisely the source places a record, most precise first. */
export const PRECISIONS = ['site', 'approximate', 'district'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * Which border a line of geo/borders.geojson is: Shanghai's own; between provinces, where
 * one is Jiangsu or Zhejiang; between cities of one province; between other provinces.
 */
export const BORDER_LEVELS = ['shanghai', 'province', 'city', 'country'] as const;
export type BorderLevel = (typeof BORDER_LEVELS)[number];
