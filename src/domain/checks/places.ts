/**
 * The places in Shanghai the source names and the map draws at an approximate point: a
 * point is only as good as the name behind it. The report gives no coordinates, so an
 * `approximate` point must stand for a place its record's quote names, lie near that
 * place, and the record must list the districts the place lies in; a record whose quote
 * names no such place is drawn by district. The places, their centres and their districts
 * are ours (the report names 漕河泾开发区 without a district; it lies in Xuhui and Minhang).
 */
import { DATA_FILES } from '../atlas-data.ts';
import type { DistrictProfile, DistrictSlug, InitiativeRecord } from '../schema.ts';
import type { ItemCheck } from './check.ts';

/** A place the source names, as the source writes it, with its approximate centre and its districts. */
export interface NamedPlace {
  zh: string;
  lng: number;
  lat: number;
  districts: readonly DistrictSlug[];
}

/** A new approximate point needs its place here. */
export const NAMED_PLACES: readonly NamedPlace[] = [
  { zh: '张江科学城', lng: 121.6, lat: 31.2, districts: ['pudong'] },
  { zh: '临港', lng: 121.9, lat: 30.91, districts: ['pudong'] },
  { zh: '紫竹国家高新区', lng: 121.45, lat: 31.02, districts: ['minhang'] },
  { zh: '漕河泾开发区', lng: 121.4, lat: 31.17, districts: ['xuhui', 'minhang'] },
  { zh: '环同济知识经济圈', lng: 121.503, lat: 31.283, districts: ['yangpu'] },
  { zh: '复旦创新走廊', lng: 121.505, lat: 31.3, districts: ['yangpu'] },
  { zh: '环财大金融谷', lng: 121.5, lat: 31.307, districts: ['yangpu'] },
  { zh: '上理工太赫兹技术产业园', lng: 121.555, lat: 31.29, districts: ['yangpu'] },
  { zh: '市北高新园区', lng: 121.455, lat: 31.285, districts: ['jingan'] },
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

const file = DATA_FILES.records;
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * An approximate point stands for a place its quote names (so the source, not we, says
 * where), lies within `PLACE_RADIUS_KM` of it, and the record lists exactly the districts
 * that place lies in (the first being where it is drawn), no fewer and no more.
 */
export const recordPointNamed: ItemCheck<InitiativeRecord> = (r, at) => {
  if (r.location?.precision !== 'approximate') return [];
  const { lng, lat } = r.location;
  const named = NAMED_PLACES.filter((p) => r.quote.includes(p.zh));
  if (named.length === 0)
    return [
      {
        file,
        path: `${at}.location`,
        reason: `"${r.id}" has an approximate point, but its quote names no place it could stand for: use precision "district", or quote the place's name (the places: NAMED_PLACES in src/domain/checks/places.ts)`,
      },
    ];
  const near = named.filter((p) => distanceKm(p, { lng, lat }) <= PLACE_RADIUS_KM);
  const [place] = near;
  if (!place)
    return [
      {
        file,
        path: `${at}.location`,
        reason: `point ${lng}, ${lat} of "${r.id}" lies more than ${PLACE_RADIUS_KM} km from ${named.map((p) => p.zh).join('、')}, the place its quote names`,
      },
    ];
  if (sameSet(r.districts, place.districts)) return [];
  return [
    {
      file,
      path: `${at}.districts`,
      reason: `"${r.id}" stands for ${place.zh}, which lies in ${place.districts.join(', ')}: list exactly those districts (it lists ${r.districts.join(', ')})`,
    },
  ];
};

/**
 * A district's cluster is its own: a place that lies in several districts (漕河泾开发区)
 * is no one district's cluster, or the tour would present it as that district's alone.
 */
export const profileClusterOwn: ItemCheck<DistrictProfile> = (p, at) => {
  const place = p.cluster && NAMED_PLACES.find((x) => x.zh === p.cluster?.zh);
  if (!place || sameSet(place.districts, [p.district])) return [];
  return [
    {
      file: DATA_FILES.profiles,
      path: `${at}.cluster.zh`,
      reason: `cluster "${place.zh}" of "${p.district}" lies in ${place.districts.join(', ')}, not in "${p.district}" alone`,
    },
  ];
};
