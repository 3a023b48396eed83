/**
 * The shared vocabulary: the fixed words every layer speaks — districts, layers, kinds,
 * scopes, border levels of the data, and the interface's languages, themes and deck
 * cards — as plain constants and their types. It imports nothing, so every module may
 * import it (tools/check-imports.ts enforces the layer order; docs/architecture.md).
 * Kept apart from the schemas (domain/schema.ts) so the app can use it without shipping
 * the schema library: the data is validated at build time, not in the browser.
 */

/** The interface languages, Chinese (the source's language) first. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of the source text: every record's quote and original name are in it. */
export const SOURCE_LANG: Lang = 'zh';

/**
 * What the interface needs to know about a language besides its strings (i18n/strings.ts).
 * A third language is a row here, a column of STRINGS and the data's names in it: the
 * type checker lists every place that still lacks it.
 */
export interface Language {
  /** The page's `lang` attribute (BCP 47). */
  tag: string;
  /** The locale numbers are formatted in. */
  locale: string;
  /** Between the names of a list: "浦东、徐汇", "Pudong, Xuhui". */
  listSeparator: string;
  /** Between items that may hold commas themselves (quotes, plans). */
  itemSeparator: string;
  /** Between a label and what follows it. */
  colon: string;
  /** The language the switch offers from this one. */
  next: Lang;
  /** The language a name is repeated in beside this one's (a district's other name). */
  secondary: Lang;
}

export const LANGUAGES: Record<Lang, Language> = {
  zh: {
    tag: 'zh-CN',
    locale: 'zh-CN',
    listSeparator: '、',
    itemSeparator: '、',
    colon: '：',
    next: 'en',
    secondary: 'en',
  },
  en: {
    tag: 'en',
    locale: 'en-US',
    listSeparator: ', ',
    itemSeparator: '; ',
    colon: ': ',
    next: 'zh',
    secondary: 'zh',
  },
};

/** Map colours that change with the room: light for bright rooms, dark for projectors (map/palette.ts). */
export const THEME_NAMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

/**
 * The deck's caption card: the usual size, or a wide one for a step whose card carries
 * a table (the districts × industries matrix). The map is framed beside whichever is shown.
 */
export type DeckCard = 'normal' | 'wide';

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

/** Whether a text from outside (a link, the page, a record) names one of the 16 districts. */
export function isDistrictSlug(slug: string | null | undefined): slug is DistrictSlug {
  return (DISTRICT_SLUGS as readonly (string | null | undefined)[]).includes(slug);
}

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
