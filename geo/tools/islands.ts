/**
 * The islands a map of China must show (geo/islands.json), and the check that the
 * boundary files draw every one of them. Simplification and the islet filter of
 * geo:build would otherwise drop them silently: national maps are judged on exactly
 * these (a map of China without Diaoyu Dao or the South China Sea islands is a
 * "问题地图"). geo:build keeps them on purpose and runs this check; so does data:check.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { z } from 'zod';
import type { DataIssue } from '../../src/domain/validate';
import type { ChinaFile } from '../../src/domain/schema';

export const ISLANDS_FILE = 'geo/islands.json';

/** An island listed counts as drawn when a shape of geo/china.geojson lies within this distance of it. */
export const DRAWN_WITHIN_KM = 2;

const Island = z.strictObject({
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  /** The group national maps label it with (西沙群岛 …), or its own region. */
  group_zh: z.string().min(1),
  group_en: z.string().min(1),
  /** The provincial-level division it belongs to (adcode), whose shapes draw it. */
  province: z.number().int(),
  /** WGS84, public reference coordinates to about 0.01° (1 km). */
  lng: z.number().min(73).max(136),
  lat: z.number().min(3).max(54),
});
export type Island = z.infer<typeof Island>;
export const IslandList = z.array(Island).min(1);

/** Parses geo/islands.json; throws naming the file, the entry and the reason. */
export function parseIslands(value: unknown): Island[] {
  const r = IslandList.safeParse(value);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new Error(`${ISLANDS_FILE} ${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}`);
}

type LngLat = readonly [number, number];

/** Kilometres between two nearby points (equirectangular: exact enough within a few hundred km). */
export function distanceKm(a: LngLat, b: LngLat): number {
  const kx = 111.32 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 110.57);
}

/** Kilometres from p to the segment ab. */
function toSegmentKm(p: LngLat, a: LngLat, b: LngLat): number {
  const kx = 111.32 * Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay] = [(a[0] - p[0]) * kx, (a[1] - p[1]) * 110.57];
  const [bx, by] = [(b[0] - p[0]) * kx, (b[1] - p[1]) * 110.57];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

type Geometry = ChinaFile['features'][number]['geometry'];

/** Kilometres from p to a shape: 0 inside it. */
export function distanceToShapeKm(p: LngLat, g: Geometry): number {
  if (g.type === 'Point') return distanceKm(p, g.coordinates);
  if (booleanPointInPolygon([p[0], p[1]], g)) return 0;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = Infinity;
  for (const ring of polys.flat())
    for (let i = 1; i < ring.length; i++)
      best = Math.min(best, toSegmentKm(p, ring[i - 1] as LngLat, ring[i] as LngLat));
  return best;
}

/**
 * Every listed island lies inside, or within DRAWN_WITHIN_KM of, a drawn shape (an
 * outline or an island's point) of China's file; the dashed line in the South China
 * Sea (adcode 100000) is there, down to the south of the Nansha Islands.
 */
export function islandIssues(islands: readonly Island[], china: ChinaFile, file = 'geo/china.geojson'): DataIssue[] {
  const issues: DataIssue[] = [];
  islands.forEach((island, i) => {
    const at: LngLat = [island.lng, island.lat];
    const near = Math.min(...china.features.map((f) => distanceToShapeKm(at, f.geometry)));
    if (near > DRAWN_WITHIN_KM)
      issues.push({
        file,
        path: '',
        reason:
          `${island.name_zh} (${island.name_en}, ${island.lng}, ${island.lat}; ${ISLANDS_FILE} [${i}]) is not drawn: ` +
          `the nearest shape is ${Number.isFinite(near) ? `${near.toFixed(1)} km` : 'missing'} away (at most ${DRAWN_WITHIN_KM} km)`,
      });
  });
  const dashed = china.features.find((f) => f.properties.adcode === 100000);
  const south = dashed ? Math.min(...positionsOf(dashed.geometry).map((p) => p[1])) : Infinity;
  if (!dashed || south > 4)
    issues.push({
      file,
      path: '',
      reason: dashed
        ? `the South China Sea dashed line (100000) stops at ${south}°N: it runs south of 4°N`
        : 'the South China Sea dashed line (九段线, adcode 100000) is missing',
    });
  return issues;
}

function positionsOf(g: Geometry): LngLat[] {
  if (g.type === 'Point') return [g.coordinates];
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2);
}
