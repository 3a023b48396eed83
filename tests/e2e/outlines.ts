/**
 * Districts' outlines for the label tests, in one copy: the node tests (tests/unit/overlay.test.ts)
 * project them with the framing maths, the browser tests (map-labels.spec.ts) with the map's own
 * projection, and both ask the same questions of them. Written apart from src/, so the rules
 * the layout is held to are not the layout's own code.
 */
import type { AtlasModel } from '../../src/domain/model';
import type { DistrictSlug } from '../../src/domain/schema';

export interface Pt {
  x: number;
  y: number;
}

/** A district's outer rings in [lng, lat], one per part (Pudong, Jinshan and Chongming have islands). */
export function outerRings(model: AtlasModel, slug: DistrictSlug): [number, number][][] {
  const g = model.districtBySlug[slug].geometry;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => (poly[0] ?? []) as [number, number][]);
}

/** True when the segments ab and cd cross (touching at an end does not count). */
export function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const side = (p: Pt, q: Pt, r: Pt) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/** True when p lies inside the ring (even–odd rule). */
export function insideRing(ring: readonly Pt[], p: Pt): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Pt;
    const b = ring[j] as Pt;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}
