/**
 * Where to name a district whose own label point is off the screen, or under a panel:
 * on the part of its land that is in view. A deck step frames one district among its
 * neighbours, and the audience should be told what the land around it is; a name at the
 * screen's edge with a leader pointing out of it tells nothing, and a point under the
 * card cannot be pointed at. Pure, no imports: the overlay hands it a test for "this
 * screen point is the district's land".
 */

/** A box on screen, CSS px. */
export interface ViewBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The point of the district's land in `free` (and off every obstacle) that lies deepest
 * inside it, sampled on a grid of `step` px: the centre of its largest open patch, where
 * a badge has the most room, and `depth`, how far that point is from the patch's edge, px.
 * The caller judges the depth (a sliver of land at the screen's edge is not worth a name,
 * or only a leader's): one search serves every rule. Null when none of its land is free.
 *
 * `within`, when given, is a box the land lies inside (its outline's): only the cells of
 * `free`'s grid over it, and one around, are searched. The answer is the same to the bit —
 * every cell left out is sea or another district's land either way — and comes sooner: a
 * neighbour's land is a corner of the map, and the desk lays out on every frame of a move.
 *
 * Example: a district filling the left half of a 100×100 screen, step 10, gives (25, 45)
 * or thereabouts — the middle of that half.
 */
export function anchorInView(
  inside: (x: number, y: number) => boolean,
  free: ViewBox,
  obstacles: readonly ViewBox[],
  step: number,
  within?: ViewBox,
): { x: number; y: number; depth: number } | null {
  const allCols = Math.floor((free.x1 - free.x0) / step);
  const allRows = Math.floor((free.y1 - free.y0) / step);
  // The first cell searched and the one after the last, on the grid of the whole of `free`.
  const c0 = within ? Math.max(0, Math.floor((within.x0 - free.x0) / step) - 1) : 0;
  const r0 = within ? Math.max(0, Math.floor((within.y0 - free.y0) / step) - 1) : 0;
  const c1 = within ? Math.min(allCols, Math.ceil((within.x1 - free.x0) / step) + 1) : allCols;
  const r1 = within ? Math.min(allRows, Math.ceil((within.y1 - free.y0) / step) + 1) : allRows;
  const cols = c1 - c0;
  const rows = r1 - r0;
  if (cols < 1 || rows < 1) return null;
  const xAt = (c: number) => free.x0 + (c0 + c + 0.5) * step;
  const yAt = (r: number) => free.y0 + (r0 + r + 0.5) * step;
  const blocked = (x: number, y: number) => obstacles.some((o) => x >= o.x0 && x <= o.x1 && y >= o.y0 && y <= o.y1);
  // Distance (in cells) to the nearest cell that is not free land; the screen's edge counts as such.
  const depth = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const x = xAt(c);
      const y = yAt(r);
      depth[r * cols + c] = !blocked(x, y) && inside(x, y) ? Infinity : 0;
    }
  const at = (r: number, c: number) => (r < 0 || c < 0 || r >= rows || c >= cols ? 0 : (depth[r * cols + c] ?? 0));
  const D = Math.SQRT2;
  // Two-pass chamfer distance: forward from the top left, back from the bottom right.
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      depth[i] = Math.min(
        depth[i] ?? 0,
        at(r, c - 1) + 1,
        at(r - 1, c) + 1,
        at(r - 1, c - 1) + D,
        at(r - 1, c + 1) + D,
      );
    }
  let bestDepth = 0;
  for (let r = rows - 1; r >= 0; r--)
    for (let c = cols - 1; c >= 0; c--) {
      const i = r * cols + c;
      const d = Math.min(depth[i] ?? 0, at(r, c + 1) + 1, at(r + 1, c) + 1, at(r + 1, c + 1) + D, at(r + 1, c - 1) + D);
      depth[i] = d;
      bestDepth = Math.max(bestDepth, d);
    }
  if (bestDepth === 0) return null;
  // The deepest cells can form a ridge (a long patch): take the one nearest the ridge's middle.
  const ridge: number[] = [];
  depth.forEach((d, i) => {
    if (d >= bestDepth - 1e-9) ridge.push(i);
  });
  const mx = ridge.reduce((sum, i) => sum + xAt(i % cols), 0) / ridge.length;
  const my = ridge.reduce((sum, i) => sum + yAt(Math.floor(i / cols)), 0) / ridge.length;
  const far = (i: number) => Math.hypot(xAt(i % cols) - mx, yAt(Math.floor(i / cols)) - my);
  const best = ridge.reduce((a, b) => (far(b) < far(a) ? b : a));
  return { x: xAt(best % cols), y: yAt(Math.floor(best / cols)), depth: bestDepth * step };
}
