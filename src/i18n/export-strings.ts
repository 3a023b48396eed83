/**
 * The words of the exports (PNG, CSV, GeoJSON, the printed handout), in every language:
 * an area of the interface of its own. Only the export menu's chunks read them, so the
 * page's first load does not carry them; the menu's button is in STRINGS (`exportButton`).
 */
import type { Lang } from '../vocabulary';

/** The export menu's words, the CSV's column heads and the notes printed on what it writes. */
const exportMenuZh = {
  png: '图片 PNG（屏幕分辨率）',
  png2x: '图片 PNG（2 倍，用于幻灯片）',
  csv: '条目表 CSV（Excel 可直接打开）',
  geojson: '条目 GeoJSON（含全市、区域与国际条目）',
  scopeFilter: (n: number, filter: string) => `导出当前筛选（${filter}）的 ${n} 条条目`,
  scopeDistrict: (n: number, district: string, filter: string) =>
    `导出${district}在当前筛选（${filter}）下的 ${n} 条条目`,
  geojsonNote: '全市条目没有几何位置；区域与国际条目位于所述地区的大致中心；无位置的组织不画点。',
  csvColumns: {
    id: '编号',
    scope: '范围',
    scope_id: '范围编号',
    districts: '所在区',
    district_ids: '区编号',
    regions: '地区',
    region_ids: '地区编号',
    kind: '类型',
    kind_id: '类型编号',
    layer: '图层',
    layer_id: '图层编号',
    name_zh: '名称（中文）',
    name_en: '名称（英文）',
    summary_zh: '摘要（中文）',
    summary_en: '摘要（英文）',
    industries: '产业',
    industry_ids: '产业编号',
    figures_zh: '数据（中文，原文单位）',
    figures_en: '数据（英文）',
    precision: '位置精度',
    precision_id: '位置精度编号',
    lng: '经度',
    lat: '纬度',
    quote: '原文',
  },
  print: '打印所选区讲义（A4）',
  printNeedsDistrict: '先选择一个区（或切换到区域合作），再打印讲义',
  filterAll: '全部条目',
  filterSome: (layers: string, industries: string) => `图层：${layers}${industries ? `；产业：${industries}` : ''}`,
  generated: (date: string) => `生成于 ${date}`,
};

export type ExportMenuStrings = typeof exportMenuZh;

const exportMenuEn: ExportMenuStrings = {
  png: 'Picture, PNG (screen resolution)',
  png2x: 'Picture, PNG (2×, for slides)',
  csv: 'Records as CSV (opens in Excel)',
  geojson: 'Records as GeoJSON (city-wide, regional and international too)',
  scopeFilter: (n: number, filter: string) => `Exports the ${n} record${n === 1 ? '' : 's'} in the filter (${filter})`,
  scopeDistrict: (n: number, district: string, filter: string) =>
    `Exports the ${n} record${n === 1 ? '' : 's'} of ${district} in the filter (${filter})`,
  geojsonNote:
    'City-wide records have no geometry; regional and international ones sit at the approximate centres of the places they name; organisations with no place get no point.',
  csvColumns: {
    id: 'ID',
    scope: 'Scope',
    scope_id: 'Scope ID',
    districts: 'Districts',
    district_ids: 'District IDs',
    regions: 'Places',
    region_ids: 'Place IDs',
    kind: 'Kind',
    kind_id: 'Kind ID',
    layer: 'Layer',
    layer_id: 'Layer ID',
    name_zh: 'Name (Chinese)',
    name_en: 'Name (English)',
    summary_zh: 'Summary (Chinese)',
    summary_en: 'Summary (English)',
    industries: 'Industries',
    industry_ids: 'Industry IDs',
    figures_zh: 'Figures (Chinese, source units)',
    figures_en: 'Figures (English)',
    precision: 'Location precision',
    precision_id: 'Precision ID',
    lng: 'Longitude',
    lat: 'Latitude',
    quote: 'Source quote',
  },
  print: 'Print a handout of the district (A4)',
  printNeedsDistrict: 'Select a district (or the regional view) to print its handout',
  filterAll: 'All records',
  filterSome: (layers: string, industries: string) =>
    `Layers: ${layers}${industries ? `; industries: ${industries}` : ''}`,
  generated: (date: string) => `Made ${date}`,
};

export const EXPORT_MENU: Record<Lang, ExportMenuStrings> = { zh: exportMenuZh, en: exportMenuEn };
