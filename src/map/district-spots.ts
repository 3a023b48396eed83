/**
 * Where a district's district-only symbols go: around its badge, as the legend says,
 * but always on the district's own ground. A ring round the badge alone would put some
 * over a neighbour, or over the sea, wherever the district is narrower than the ring
 * (Minhang, Jing'an, Chongming); a symbol there reads as that neighbour's. Pure, in
 * screen pixels.
 */
import type { AreaGeometry } from '../domain/schema';
import type { Box } from './screen-geometry';

type Pt = { x: number; y: number };

/** A district's outline on screen: every ring (outer and holes) of every part, with its box. */
export interface ScreenShape {
  rings: Pt[][];
  box: Box;
}

/** Projects a district's outline onto the screen. */
export function screenShape(g: AreaGeometry, project: (lng: number, lat: number) => Pt): ScreenShape {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const rings = polys.flatMap((poly) => poly.map((ring) => ring.map(([lng, lat]) => project(lng, lat))));
  const all = rings.flat();
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  return { rings, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } };
}

/** Even-odd over every ring: inside a part and not in one of its holes (parts never overlap). */
function pointInside(shape: ScreenShape, x: number, y: number): boolean {
  const b = shape.box;
  if (x < b.x0 || x > b.x1 || y < b.y0 || y > b.y1) return false;
  let inside = false;
  for (const ring of shape.rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Pt;
      const c = ring[j] as Pt;
      if (a.y > y !== c.y > y && x < ((c.x - a.x) * (y - a.y)) / (c.y - a.y) + a.x) inside = !inside;
    }
  return inside;
}

/** True when a square symbol of size s centred at (x, y) lies inside the shape: its centre and its four corners. */
export function squareInside(shape: ScreenShape, x: number, y: number, s: number): boolean {
  const h = s / 2;
  return (
    pointInside(shape, x, y) &&
    pointInside(shape, x - h, y - h) &&
    pointInside(shape, x + h, y - h) &&
    pointInside(shape, x - h, y + h) &&
    pointInside(shape, x + h, y + h)
  );
}

/** How far from the badge, in symbol steps, the grid looks for room. */
const GRID_REACH = 12;

/**
 * Up to n spots for symbols of size s inside the shape, at least s apart and clear
 * of `badge` by gap: first the spots of the rings round the badge (`around(m)` gives the
 * first m of them, nearest ring first) that fall inside, then, if the district is too
 * narrow for that, the nearest free places on a grid over it. Fewer than n when the
 * district has no room for more at this zoom.
 *
 * @example spotsInside((m) => ringAround(badge, m, 20, 4), 5, 20, 4, screenShape(g, project), badge)
 */
export function spotsInside(
  around: (m: number) => Pt[],
  n: number,
  s: number,
  gap: number,
  shape: ScreenShape,
  badge: Box,
): Pt[] {
  const out: Pt[] = [];
  const step = s + gap;
  const free = (p: Pt) =>
    squareInside(shape, p.x, p.y, s) &&
    !(
      p.x + s / 2 + gap > badge.x0 &&
      p.x - s / 2 - gap < badge.x1 &&
      p.y + s / 2 + gap > badge.y0 &&
      p.y - s / 2 - gap < badge.y1
    ) &&
    out.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= s);
  if (n <= 0) return out;
  // A few rings deep: further out, the grid's nearest places are as good and cheaper to find.
  for (const p of around(8 * n + 64)) {
    if (out.length >= n) return out;
    if (free(p)) out.push(p);
  }
  const cx = (badge.x0 + badge.x1) / 2;
  const cy = (badge.y0 + badge.y1) / 2;
  // Only near the badge: farther away a symbol is no longer "around the name", and a district zoomed
  // in is thousands of pixels across.
  const reach = GRID_REACH * step;
  const b = {
    x0: Math.max(shape.box.x0, badge.x0 - reach),
    y0: Math.max(shape.box.y0, badge.y0 - reach),
    x1: Math.min(shape.box.x1, badge.x1 + reach),
    y1: Math.min(shape.box.y1, badge.y1 + reach),
  };
  const grid: Pt[] = [];
  for (let y = b.y0 + s / 2; y <= b.y1 - s / 2; y += step)
    for (let x = b.x0 + s / 2; x <= b.x1 - s / 2; x += step) grid.push({ x, y });
  grid.sort((p, q) => Math.hypot(p.x - cx, p.y - cy) - Math.hypot(q.x - cx, q.y - cy) || p.y - q.y || p.x - q.x);
  for (const p of grid) {
    if (out.length >= n) break;
    if (free(p)) out.push(p);
  }
  return out;
}
