/** Where to click on the map: a point well inside a district, away from every drawn record. */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Position } from 'geojson';
import type { DistrictFeature, InitiativeRecord } from '../../src/domain/schema';

const KM_PER_DEG = 111.32;

function km(a: Position, b: Position): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const k = Math.cos((((ay + by) / 2) * Math.PI) / 180);
  return Math.hypot((ax - bx) * k, ay - by) * KM_PER_DEG;
}

function kmToSegment(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return km(p, [ax + t * dx, ay + t * dy]);
}

/**
 * The grid point of the district farthest from its border and from every record's
 * point and every district label (district-precision records fan out around labels),
 * so a click there lands on the district's fill, not on a symbol, cluster or bubble.
 */
export function quietPointIn(
  district: DistrictFeature,
  all: DistrictFeature[],
  records: InitiativeRecord[],
): [number, number] {
  const g = district.geometry;
  const [w, s, e, n] = bbox(g);
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const edges: [Position, Position][] = [];
  for (const poly of polygons)
    for (const ring of poly) for (let i = 1; i < ring.length; i++) edges.push([ring[i - 1] ?? [], ring[i] ?? []]);
  const avoid: Position[] = [
    ...records.flatMap((r) =>
      r.location && r.location.precision !== 'district' ? [[r.location.lng, r.location.lat]] : [],
    ),
    ...all.map((d) => [d.properties.label_lng, d.properties.label_lat]),
  ];
  let best: { p: [number, number]; score: number } | null = null;
  const steps = 40;
  for (let i = 1; i < steps; i++)
    for (let j = 1; j < steps; j++) {
      const p: [number, number] = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (!booleanPointInPolygon(p, g)) continue;
      const border = Math.min(...edges.map(([a, b]) => kmToSegment(p, a, b)));
      const clear = Math.min(...avoid.map((q) => km(p, q))) - 2;
      const score = Math.min(border, clear);
      if (!best || score > best.score) best = { p, score };
    }
  if (!best) throw new Error(`no interior point found in ${district.properties.slug}`);
  return best.p;
}
