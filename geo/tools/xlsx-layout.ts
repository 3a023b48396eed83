/**
 * The workbook analysts edit, described once for both directions: each sheet's columns
 * (bilingual header, where the value lives in the data file, how it is written) and how a
 * row's values are put back together into a data file's item, keys in the files' order.
 * Export and import both read this table, so they cannot drift apart.
 *
 * Sheets: records, figures (one row per figure of a record, joined by the record's ID),
 * profiles, industries, regions; plus a guide sheet that import ignores.
 */
import {
  InitiativeRecord,
  KINDS,
  LAYER_IDS,
  Location,
  Region,
  UNITS,
  type DistrictProfile,
  type Figure,
  type Industry,
  type Region as RegionItem,
} from '../../src/domain/schema';
import type { InitiativeRecord as RecordItem } from '../../src/domain/schema';

/** How a column's cells are written and read. */
export type CellKind =
  | 'text'
  | 'number'
  | 'boolean'
  /** One district, by name. */
  | 'district'
  /** Lists of names, joined by "、". */
  | 'districts'
  | 'industries'
  | 'regions';

export interface Column<T> {
  /** "中文 / English", as the header row shows it. */
  header: string;
  /** Where the value lives in the data file's item: `name.zh`, `districts`, `location.lng`. */
  path: string;
  kind: CellKind;
  /** An empty cell is a problem (otherwise it means "none" / "not given"). */
  required: boolean;
  /** The allowed values, offered as a drop-down. */
  choices?: readonly string[];
  /** Column width in characters. */
  width: number;
  /** For the guide sheet: what the column holds. */
  note: string;
  /** The value to write, in data terms (ids, not names). A method, so any sheet's layout fits `SheetLayout<unknown>`. */
  get(item: T): unknown;
}

/** A row's values by column path, as read (already converted to data terms). */
export type RowValues = ReadonlyMap<string, unknown>;

export interface SheetLayout<T> {
  name: string;
  columns: readonly Column<T>[];
  /** The column a problem about the whole row points at. */
  keyPath: string;
  /** Builds the data file's item from a row, keys in the order the files keep them. */
  assemble: (v: RowValues) => unknown;
}

const SCOPES = InitiativeRecord.shape.scope.options;
const PRECISIONS = Location.options.map((o) => o.shape.precision.value);
const REGION_KINDS = Region.shape.kind.options;

function col<T>(
  header: string,
  path: string,
  kind: CellKind,
  get: (item: T) => unknown,
  opts: { required?: boolean; choices?: readonly string[]; width?: number; note: string },
): Column<T> {
  return {
    header,
    path,
    kind,
    get,
    required: opts.required ?? false,
    width: opts.width ?? 14,
    note: opts.note,
    choices: opts.choices,
  };
}

/** Adds `key: value` only when the value was given (an empty optional cell leaves the key out). */
function optional(key: string, value: unknown): Record<string, unknown> {
  return value === undefined ? {} : { [key]: value };
}

const list = (v: RowValues, path: string): unknown => v.get(path) ?? [];

export const RECORDS: SheetLayout<RecordItem> = {
  name: 'records',
  keyPath: 'id',
  columns: [
    col('编号 / ID', 'id', 'text', (r) => r.id, {
      required: true,
      width: 34,
      note: '唯一编号，小写字母、数字和连字符 / unique ID: lower-case letters, digits, hyphens',
    }),
    col('名称（中文） / Name (Chinese)', 'name.zh', 'text', (r) => r.name.zh, {
      required: true,
      width: 30,
      note: '名称 / name',
    }),
    col('名称（英文） / Name (English)', 'name.en', 'text', (r) => r.name.en, {
      required: true,
      width: 30,
      note: '名称 / name',
    }),
    col('原文 / Source quote', 'quote', 'text', (r) => r.quote, {
      required: true,
      width: 60,
      note: "报告原文，一字不差（换行忽略）/ the report's exact words (line breaks ignored)",
    }),
    col('范围 / Scope', 'scope', 'text', (r) => r.scope, {
      required: true,
      choices: SCOPES,
      note: '区 district、全市 city、国内区域 region、国际 international',
    }),
    col('所在区 / Districts', 'districts', 'districts', (r) => r.districts, {
      width: 16,
      note: '区名，多个用“、”分隔；第一个为地图上的位置 / district names joined by 、; the first is where the map draws it',
    }),
    col('区域与国家 / Regions', 'regions', 'regions', (r) => r.regions, {
      width: 20,
      note: 'regions 表中的名称，用“、”分隔 / names from the regions sheet, joined by 、',
    }),
    col('类型 / Kind', 'kind', 'text', (r) => r.kind, {
      required: true,
      choices: KINDS,
      note: '条目类型 / what the record is',
    }),
    col('图层 / Layer', 'layer', 'text', (r) => r.layer, {
      required: true,
      choices: LAYER_IDS,
      note: '地图图层 / map layer',
    }),
    col('产业 / Industries', 'industries', 'industries', (r) => r.industries, {
      width: 24,
      note: 'industries 表中的名称，用“、”分隔 / names from the industries sheet, joined by 、',
    }),
    col('摘要（中文） / Summary (Chinese)', 'summary.zh', 'text', (r) => r.summary.zh, {
      required: true,
      width: 50,
      note: '摘要 / summary',
    }),
    col('摘要（英文） / Summary (English)', 'summary.en', 'text', (r) => r.summary.en, {
      required: true,
      width: 50,
      note: '摘要 / summary',
    }),
    col('位置精度 / Location precision', 'location.precision', 'text', (r) => r.location?.precision, {
      choices: PRECISIONS,
      note: '仅区内条目：site 确切地点、approximate 大致位置、district 仅知所在区 / district records only',
    }),
    col(
      '经度 / Longitude',
      'location.lng',
      'number',
      (r) => (r.location && 'lng' in r.location ? r.location.lng : undefined),
      {
        width: 11,
        note: 'WGS84；精度为 district 时留空 / empty when the precision is district',
      },
    ),
    col(
      '纬度 / Latitude',
      'location.lat',
      'number',
      (r) => (r.location && 'lat' in r.location ? r.location.lat : undefined),
      {
        width: 11,
        note: 'WGS84；精度为 district 时留空 / empty when the precision is district',
      },
    ),
  ],
  assemble: (v) => {
    const precision = v.get('location.precision');
    const location =
      precision === undefined
        ? undefined
        : { precision, ...optional('lng', v.get('location.lng')), ...optional('lat', v.get('location.lat')) };
    return {
      id: v.get('id'),
      scope: v.get('scope'),
      districts: list(v, 'districts'),
      regions: list(v, 'regions'),
      kind: v.get('kind'),
      layer: v.get('layer'),
      name: { zh: v.get('name.zh'), en: v.get('name.en') },
      summary: { zh: v.get('summary.zh'), en: v.get('summary.en') },
      industries: list(v, 'industries'),
      figures: [],
      ...optional('location', location),
      quote: v.get('quote'),
    };
  },
};

/** One figure of one record; `record` is the record's ID. */
export interface FigureRow {
  record: string;
  figure: Figure;
}

export const FIGURES: SheetLayout<FigureRow> = {
  name: 'figures',
  keyPath: 'value',
  columns: [
    col('条目编号 / Record ID', 'record', 'text', (f) => f.record, {
      required: true,
      width: 34,
      note: "records 表中的编号；同一条目的数据按行序排列 / the record's ID; a record's figures keep their row order",
    }),
    col('数值 / Value', 'value', 'number', (f) => f.figure.value, {
      required: true,
      width: 12,
      note: '原文中的数字，原文单位 / the number as the quote writes it, in its unit',
    }),
    col('单位 / Unit', 'unit', 'text', (f) => f.figure.unit, {
      required: true,
      choices: UNITS,
      width: 8,
      note: "原文单位 / the quote's unit",
    }),
    col('约数 / Approximate', 'approx', 'boolean', (f) => f.figure.approx, {
      width: 12,
      note: 'TRUE：原文说“近”“约” / TRUE when the quote says "nearly"; else empty',
    }),
    col('指标（中文） / Measure (Chinese)', 'measure.zh', 'text', (f) => f.figure.measure.zh, {
      required: true,
      width: 24,
      note: '指标 / what the number measures',
    }),
    col('指标（英文） / Measure (English)', 'measure.en', 'text', (f) => f.figure.measure.en, {
      required: true,
      width: 24,
      note: '指标 / what the number measures',
    }),
    col('同比增长（%） / Growth on previous year (%)', 'yoy', 'number', (f) => f.figure.yoy, {
      width: 14,
      note: '原文给出时填写，如 22.83 / as the quote gives it, e.g. 22.83; else empty',
    }),
  ],
  assemble: (v) => ({
    value: v.get('value'),
    unit: v.get('unit'),
    ...optional('approx', v.get('approx')),
    measure: { zh: v.get('measure.zh'), en: v.get('measure.en') },
    ...optional('yoy', v.get('yoy')),
  }),
};

export const PROFILES: SheetLayout<DistrictProfile> = {
  name: 'profiles',
  keyPath: 'district',
  columns: [
    col('区 / District', 'district', 'district', (p) => p.district, {
      required: true,
      width: 12,
      note: '区名 / district name',
    }),
    col('科技创新集聚区（中文） / Innovation cluster (Chinese)', 'cluster.zh', 'text', (p) => p.cluster?.zh, {
      width: 20,
      note: '报告列为科技创新集聚区的本区地名，照原文写；没有则留空 / the place the report names among its innovation clusters, as written; else empty',
    }),
    col('科技创新集聚区（英文） / Innovation cluster (English)', 'cluster.en', 'text', (p) => p.cluster?.en, {
      width: 24,
      note: '同上，英文 / the same, in English',
    }),
    col('核心区 / Core zone', 'core', 'boolean', (p) => p.core, {
      required: true,
      width: 10,
      note: 'TRUE：原文称该集聚区为“核心区” / TRUE where the quote calls that cluster the 核心区 (core zone)',
    }),
    col('功能定位（中文） / Positioning (Chinese)', 'positioning.zh', 'text', (p) => p.positioning.zh, {
      required: true,
      width: 50,
      note: '功能定位 / positioning',
    }),
    col('功能定位（英文） / Positioning (English)', 'positioning.en', 'text', (p) => p.positioning.en, {
      required: true,
      width: 50,
      note: '功能定位 / positioning',
    }),
    col('原文 / Source quote', 'quote', 'text', (p) => p.quote, {
      required: true,
      width: 60,
      note: "报告原文，一字不差 / the report's exact words",
    }),
    col('重点产业 / Key industries', 'industries', 'industries', (p) => p.industries, {
      required: true,
      width: 24,
      note: 'industries 表中的名称，用“、”分隔 / names from the industries sheet, joined by 、',
    }),
  ],
  assemble: (v) => ({
    district: v.get('district'),
    positioning: { zh: v.get('positioning.zh'), en: v.get('positioning.en') },
    quote: v.get('quote'),
    industries: list(v, 'industries'),
    ...optional(
      'cluster',
      v.get('cluster.zh') === undefined && v.get('cluster.en') === undefined
        ? undefined
        : { zh: v.get('cluster.zh'), en: v.get('cluster.en') },
    ),
    core: v.get('core'),
  }),
};

export const INDUSTRIES: SheetLayout<Industry> = {
  name: 'industries',
  keyPath: 'id',
  columns: [
    col('编号 / ID', 'id', 'text', (x) => x.id, { required: true, width: 22, note: '唯一编号 / unique ID' }),
    col('名称（中文） / Label (Chinese)', 'label.zh', 'text', (x) => x.label.zh, {
      required: true,
      width: 20,
      note: '其他表用此名称 / the name other sheets use',
    }),
    col('名称（英文） / Label (English)', 'label.en', 'text', (x) => x.label.en, {
      required: true,
      width: 28,
      note: '名称 / label',
    }),
    col('颜色 / Colour', 'colour', 'text', (x) => x.colour, {
      required: true,
      width: 10,
      note: '#rrggbb，小写 / lower case',
    }),
  ],
  assemble: (v) => ({
    id: v.get('id'),
    label: { zh: v.get('label.zh'), en: v.get('label.en') },
    colour: v.get('colour'),
  }),
};

export const REGIONS: SheetLayout<RegionItem> = {
  name: 'regions',
  keyPath: 'id',
  columns: [
    col('编号 / ID', 'id', 'text', (x) => x.id, { required: true, width: 22, note: '唯一编号 / unique ID' }),
    col('名称（中文） / Name (Chinese)', 'name.zh', 'text', (x) => x.name.zh, {
      required: true,
      width: 20,
      note: 'records 表用此名称 / the name the records sheet uses',
    }),
    col('名称（英文） / Name (English)', 'name.en', 'text', (x) => x.name.en, {
      required: true,
      width: 30,
      note: '名称 / name',
    }),
    col('类型 / Kind', 'kind', 'text', (x) => x.kind, {
      required: true,
      choices: REGION_KINDS,
      width: 12,
      note: '地方类型 / kind of place',
    }),
    col('经度 / Longitude', 'lng', 'number', (x) => x.lng ?? undefined, {
      width: 11,
      note: '大致中心；组织留空 / approximate centre; empty for organisations',
    }),
    col('纬度 / Latitude', 'lat', 'number', (x) => x.lat ?? undefined, {
      width: 11,
      note: '大致中心；组织留空 / approximate centre; empty for organisations',
    }),
  ],
  assemble: (v) => ({
    id: v.get('id'),
    name: { zh: v.get('name.zh'), en: v.get('name.en') },
    kind: v.get('kind'),
    lng: v.get('lng') ?? null,
    lat: v.get('lat') ?? null,
  }),
};

/** The guide sheet: what each column holds and which values it takes. Import ignores it. */
export const GUIDE_SHEET = '说明 guide';
