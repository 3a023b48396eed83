/**
 * Geometry in screen pixels shared by the label placement and the overlay's layout:
 * boxes, segments (leader lines) and rings (outlines). Pure; plain loops, because these
 * run for every candidate spot of every label on every frame the map moves.
 */
/** A rectangle on screen, in CSS pixels: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** True when the boxes overlap (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The box grown by `by` on every side. */
export function grow(b: Box, by: number): Box {
  return { x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by };
}

/** The smallest box holding both. */
export function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** True when b lies wholly within outer. */
export function inside(b: Box, outer: Box): boolean {
  return b.x0 >= outer.x0 && b.y0 >= outer.y0 && b.x1 <= outer.x1 && b.y1 <= outer.y1;
}

/** True when p lies in the box or on its edge. */
export function contains(b: Box, p: { x: number; y: number }): boolean {
  return p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;
}

/** The point of the box nearest to p: where a leader line from p ends. */
export function nearestPoint(b: Box, p: { x: number; y: number }): { x: number; y: number } {
  return { x: Math.min(Math.max(p.x, b.x0), b.x1), y: Math.min(Math.max(p.y, b.y0), b.y1) };
}

/** True when the segment p–q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: [number, number][] = [
    [-dx, p.x - b.x0],
    [dx, b.x1 - p.x],
    [-dy, p.y - b.y0],
    [dy, b.y1 - p.y],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** The w×h box centred on (cx, cy). */
export function boxAt(cx: number, cy: number, w: number, h: number): Box {
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
}

/** A straight line on screen from p to q: a label's leader, or an edge of a ring. */
export interface Segment {
  p: { x: number; y: number };
  q: { x: number; y: number };
}

/** True when the segments cross (one whose start lies on the other does not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const orient = (p: { x: number; y: number }, q: { x: number; y: number }, r: { x: number; y: number }) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return (
    orient(a.p, a.q, b.p) !== orient(a.p, a.q, b.q) &&
    orient(b.p, b.q, a.p) !== orient(b.p, b.q, a.q) &&
    orient(a.p, a.q, b.p) !== 0 &&
    orient(b.p, b.q, a.p) !== 0
  );
}

/** A closed ring of points with its box, so most points far from it are turned away at once. */
export interface Ring {
  pts: readonly { x: number; y: number }[];
  box: Box;
}

/** A ring of points with its box worked out. */
export function ringOf(pts: readonly { x: number; y: number }[]): Ring {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of pts) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { pts, box: { x0, y0, x1, y1 } };
}

/** Where a ring's edges cross the line at height y, in its edges' order: the x each crossing of insideRing's test compares with. */
function crossingsAt(r: Ring, y: number): number[] {
  const xs: number[] = [];
  for (let i = 0, j = r.pts.length - 1; i < r.pts.length; j = i++) {
    const a = r.pts[i] as { x: number; y: number };
    const b = r.pts[j] as { x: number; y: number };
    if (a.y > y !== b.y > y) xs.push(((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x);
  }
  return xs;
}

/**
 * insideRing for any of these rings, asked at many points on few heights (a grid): each
 * height's crossings are worked out once, so a point costs a count of them instead of a
 * walk of every edge. The same rule and the same arithmetic, so the same answers.
 */
export function insideAnyRing(rings: readonly Ring[]): (x: number, y: number) => boolean {
  const rows = new Map<number, number[][]>();
  return (x, y) => {
    let xs = rows.get(y);
    if (!xs) {
      xs = rings.map((r) => crossingsAt(r, y));
      rows.set(y, xs);
    }
    const row = xs;
    return rings.some(
      (r, i) => contains(r.box, { x, y }) && (row[i] ?? []).reduce((n, c) => (x < c ? n + 1 : n), 0) % 2 === 1,
    );
  };
}

/** True when p lies inside the ring (even–odd rule). */
export function insideRing(ring: Ring | readonly { x: number; y: number }[], p: { x: number; y: number }): boolean {
  const r = 'pts' in ring ? ring : ringOf(ring);
  if (!contains(r.box, p)) return false;
  let inside = false;
  for (let i = 0, j = r.pts.length - 1; i < r.pts.length; j = i++) {
    const a = r.pts[i] as { x: number; y: number };
    const b = r.pts[j] as { x: number; y: number };
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** True when the leader runs into the ring: across its edge, or wholly inside it. */
export function segmentCrossesRing(l: Segment, ring: Ring): boolean {
  if (!segmentHitsBox(l.p, l.q, ring.box)) return false;
  if (insideRing(ring, l.p) || insideRing(ring, l.q)) return true;
  for (let i = 0, j = ring.pts.length - 1; i < ring.pts.length; j = i++)
    if (segmentsCross(l, { p: ring.pts[i] as { x: number; y: number }, q: ring.pts[j] as { x: number; y: number } }))
      return true;
  return false;
}
