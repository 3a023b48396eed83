/**
 * Quick ways into the placed records, built once per model: by district, and a grid of
 * the records on the ground for "which are in view". The overlay lays out on every frame
 * the map moves; with a hundred thousand records it cannot walk them all each time.
 */
import type { AtlasModel, PlacedRecord } from '../domain/model';
import type { DistrictSlug } from '../vocabulary';

/** Grid cells of this many degrees: a few hundred metres at Shanghai, a handful of cells in a district view. */
const CELL = 0.02;

interface PlacedIndex {
  byDistrict: Map<DistrictSlug, PlacedRecord[]>;
  /** Records on the ground (not district-only), by grid cell. */
  grid: Map<string, PlacedRecord[]>;
}

const cache = new WeakMap<AtlasModel, PlacedIndex>();

function indexOf(model: AtlasModel): PlacedIndex {
  const hit = cache.get(model);
  if (hit) return hit;
  const byDistrict = new Map<DistrictSlug, PlacedRecord[]>();
  const grid = new Map<string, PlacedRecord[]>();
  for (const p of model.placed) {
    const own = byDistrict.get(p.district);
    if (own) own.push(p);
    else byDistrict.set(p.district, [p]);
    if (p.precision === 'district') continue;
    const key = `${Math.floor(p.lng / CELL)},${Math.floor(p.lat / CELL)}`;
    const cell = grid.get(key);
    if (cell) cell.push(p);
    else grid.set(key, [p]);
  }
  const built = { byDistrict, grid };
  cache.set(model, built);
  return built;
}

/** A district's placed records, in data order. */
export function placedIn(model: AtlasModel, district: DistrictSlug): readonly PlacedRecord[] {
  return indexOf(model).byDistrict.get(district) ?? [];
}

/** Records on the ground within [west, south, east, north]. */
export function groundWithin(
  model: AtlasModel,
  [w, s, e, n]: readonly [number, number, number, number],
): PlacedRecord[] {
  const { grid } = indexOf(model);
  const out: PlacedRecord[] = [];
  for (let x = Math.floor(w / CELL); x <= Math.floor(e / CELL); x++)
    for (let y = Math.floor(s / CELL); y <= Math.floor(n / CELL); y++) {
      const cell = grid.get(`${x},${y}`);
      if (!cell) continue;
      for (const p of cell) if (p.lng >= w && p.lng <= e && p.lat >= s && p.lat <= n) out.push(p);
    }
  return out;
}

/** The most of a district's records on the ground the overlay draws itself; beyond, the map draws them. */
export const MAX_OVERLAY_GROUND = 60;

/** True when the overlay draws the district's records on the ground (few enough), false when the map does. */
export function overlayDrawsGround(model: AtlasModel, district: DistrictSlug | null): boolean {
  if (!district) return false;
  let n = 0;
  for (const p of placedIn(model, district)) if (p.precision !== 'district') n += 1;
  return n <= MAX_OVERLAY_GROUND;
}
