/**
 * Approximate points and the places they stand for (NAMED_PLACES in ../places.ts): a point
 * must stand for a place its record's quote names, lie near it, and the record must list
 * the districts the place lies in; a record whose quote names no such place is drawn by
 * district.
 */
import { DATA_FILES } from '../atlas-data.ts';
import { distanceKm, NAMED_PLACES, PLACE_RADIUS_KM, placesNamedBy } from '../places.ts';
import type { DistrictProfile, InitiativeRecord } from '../schema.ts';
import type { ItemCheck } from './check.ts';

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
  const named = placesNamedBy(r.quote);
  if (named.length === 0)
    return [
      {
        file,
        path: `${at}.location`,
        reason: `"${r.id}" has an approximate point, but its quote names no place it could stand for: use precision "district", or quote the place's name (the places: NAMED_PLACES in src/domain/places.ts)`,
      },
    ];
  const near = named.filter((p) => distanceKm(p, { lng, lat }) <= PLACE_RADIUS_KM);
  const [place] = near;
  if (!place)
    return [
      {
        file,
        path: `${at}.location`,
        reason: `point ${lng}, ${lat} of "${r.id}" lies more than ${PLACE_RADIUS_KM} km from ${named.map((p) => p.name.zh).join('、')}, the place its quote names`,
      },
    ];
  if (sameSet(r.districts, place.districts)) return [];
  return [
    {
      file,
      path: `${at}.districts`,
      reason: `"${r.id}" stands for ${place.name.zh}, which lies in ${place.districts.join(', ')}: list exactly those districts (it lists ${r.districts.join(', ')})`,
    },
  ];
};

/**
 * A district's cluster is its own: a place that lies in several districts (漕河泾开发区)
 * is no one district's cluster, or the tour would present it as that district's alone.
 */
export const profileClusterOwn: ItemCheck<DistrictProfile> = (p, at) => {
  const place = p.cluster && NAMED_PLACES.find((x) => x.name.zh === p.cluster?.zh);
  if (!place || sameSet(place.districts, [p.district])) return [];
  return [
    {
      file: DATA_FILES.profiles,
      path: `${at}.cluster.zh`,
      reason: `cluster "${place.name.zh}" of "${p.district}" lies in ${place.districts.join(', ')}, not in "${p.district}" alone`,
    },
  ];
};
