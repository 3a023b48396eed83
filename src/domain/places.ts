/**
 * The places in Shanghai the source names and the map draws at an approximate point: a
 * point is only as good as the name behind it. The report gives no coordinates, so an
 * `approximate` point stands for a place its record's quote names and lies near it (the
 * checks in checks/places.ts hold the data to that).
 *
 * The centres and the districts are ours. Where the source itself says which district a
 * place is in, `districtPhrase` is its words (a test finds them in the report); where it
 * does not (漕河泾开发区, 张江科学城, 紫竹国家高新区 are named only as clusters of the city),
 * the phrase is null and the record panel says that the district is the atlas's, not the
 * report's.
 */
import type { RecordEntry } from './model.ts';
import type { Bilingual, DistrictSlug } from './schema.ts';

/** A place the source names, as the source writes it, with its approximate centre and its districts. */
export interface NamedPlace {
  /** As the source writes it, and in English for the panel's note. */
  name: Bilingual;
  lng: number;
  lat: number;
  districts: readonly DistrictSlug[];
  /** The report's phrase that puts the place in its district(s), or null when the report names none. */
  districtPhrase: string | null;
}

const YANGPU_ONE_CIRCLE =
  '杨浦区与高校签订新一轮战略合作框架协议。全面推进“一圈、一廊、一谷、一园”，即环同济知识经济圈、复旦创新走廊、环财大金融谷、上理工太赫兹技术产业园';

/** A new approximate point needs its place here. */
export const NAMED_PLACES: readonly NamedPlace[] = [
  {
    name: { zh: '张江科学城', en: 'Zhangjiang Science City' },
    lng: 121.6,
    lat: 31.2,
    districts: ['pudong'],
    districtPhrase: null,
  },
  {
    name: { zh: '临港', en: 'Lingang' },
    lng: 121.9,
    lat: 30.91,
    districts: ['pudong'],
    districtPhrase: '浦东临港集聚创新资源',
  },
  {
    name: { zh: '紫竹国家高新区', en: 'Zizhu National High-tech Zone' },
    lng: 121.45,
    lat: 31.02,
    districts: ['minhang'],
    districtPhrase: null,
  },
  {
    name: { zh: '漕河泾开发区', en: 'Caohejing Development Zone' },
    lng: 121.4,
    lat: 31.17,
    districts: ['xuhui', 'minhang'],
    districtPhrase: null,
  },
  {
    name: { zh: '环同济知识经济圈', en: 'Tongji Knowledge Economy Circle' },
    lng: 121.503,
    lat: 31.283,
    districts: ['yangpu'],
    districtPhrase: YANGPU_ONE_CIRCLE,
  },
  {
    name: { zh: '复旦创新走廊', en: 'Fudan Innovation Corridor' },
    lng: 121.505,
    lat: 31.3,
    districts: ['yangpu'],
    districtPhrase: YANGPU_ONE_CIRCLE,
  },
  {
    name: { zh: '环财大金融谷', en: 'SUFE Finance Valley' },
    lng: 121.5,
    lat: 31.307,
    districts: ['yangpu'],
    districtPhrase: YANGPU_ONE_CIRCLE,
  },
  {
    name: { zh: '上理工太赫兹技术产业园', en: 'USST Terahertz Technology Industrial Park' },
    lng: 121.555,
    lat: 31.29,
    districts: ['yangpu'],
    districtPhrase: YANGPU_ONE_CIRCLE,
  },
  {
    name: { zh: '市北高新园区', en: 'Shibei High-tech Park' },
    lng: 121.455,
    lat: 31.285,
    districts: ['jingan'],
    districtPhrase: '静安区大力促进大数据产业发展，上海数据交易中心落户静安，市北高新园区',
  },
];

/** How far an approximate point may lie from the centre of the place it stands for. */
export const PLACE_RADIUS_KM = 2;

/** Great-circle distance in km (haversine): plenty for a city-sized tolerance. */
export function distanceKm(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The places a record's quote names, by the source's name. */
export function placesNamedBy(quote: string): NamedPlace[] {
  return NAMED_PLACES.filter((p) => quote.includes(p.name.zh));
}

/**
 * The place a record's approximate point stands for: one its quote names, within
 * `PLACE_RADIUS_KM` of the point. Undefined for any other record.
 */
export function placeOfRecord(r: RecordEntry): NamedPlace | undefined {
  const at = r.location;
  if (at?.precision !== 'approximate') return undefined;
  return placesNamedBy(r.quote).find((p) => distanceKm(p, at) <= PLACE_RADIUS_KM);
}

/**
 * The place whose districts a record lists although the report names none for it: the
 * record stands for that place and lists exactly its districts. The panel says so.
 */
export function districtsNotInSource(r: RecordEntry): NamedPlace | undefined {
  const place = placeOfRecord(r);
  if (!place || place.districtPhrase !== null) return undefined;
  const same = place.districts.length === r.districts.length && place.districts.every((d) => r.districts.includes(d));
  return same ? place : undefined;
}
