/**
 * Ring geometry: where the symbols of records the source places only by district go,
 * around their district's badge ("arranged around the district name", as the legend says).
 */
import type { Box } from '../screen-geometry';

/** The most symbols drawn around a badge; the rest are counted in a "+n" chip. */
export const MAX_RING_SYMBOLS = 24;

/**
 * Positions around a box for n symbols of size s: evenly along the line that runs `gap`
 * outside the box (straight along its sides, round at its corners), then a second such
 * line further out when the first is full. Neighbours are always at least s apart.
 */
export function ringAround(box: Box, n: number, s: number, gap: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let ring = 0; out.length < n; ring++) {
    // Half a diagonal out, so even a square symbol at a corner stays clear of the box.
    const r = gap + s * Math.SQRT1_2 + ring * (s + gap);
    const w = box.x1 - box.x0;
    const h = box.y1 - box.y0;
    const arc = (Math.PI / 2) * r;
    const perimeter = 2 * (w + h) + 4 * arc;
    // Along a corner's arc the straight distance is shorter than the way round: a little extra keeps them apart.
    const capacity = Math.max(1, Math.floor(perimeter / ((s + gap) * 1.12)));
    const here = Math.min(capacity, n - out.length);
    const at = (d: number): { x: number; y: number } => {
      // Clockwise from the middle of the right side: right, bottom-right corner, bottom, … .
      const legs: [number, (t: number) => { x: number; y: number }][] = [
        [h / 2, (t) => ({ x: box.x1 + r, y: box.y0 + h / 2 + t })],
        [arc, (t) => corner(box.x1, box.y1, t / r, 0)],
        [w, (t) => ({ x: box.x1 - t, y: box.y1 + r })],
        [arc, (t) => corner(box.x0, box.y1, t / r, Math.PI / 2)],
        [h, (t) => ({ x: box.x0 - r, y: box.y1 - t })],
        [arc, (t) => corner(box.x0, box.y0, t / r, Math.PI)],
        [w, (t) => ({ x: box.x0 + t, y: box.y0 - r })],
        [arc, (t) => corner(box.x1, box.y0, t / r, (3 * Math.PI) / 2)],
        [h / 2, (t) => ({ x: box.x1 + r, y: box.y0 + t })],
      ];
      let rest = d;
      for (const [len, f] of legs) {
        if (rest <= len) return f(rest);
        rest -= len;
      }
      return { x: box.x1 + r, y: box.y0 + h / 2 };
    };
    const corner = (cx: number, cy: number, t: number, from: number) => ({
      x: cx + r * Math.cos(from + t),
      y: cy + r * Math.sin(from + t),
    });
    for (let i = 0; i < here; i++) out.push(at(((i + 0.5) / here) * perimeter));
  }
  return out;
}
