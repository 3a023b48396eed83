/**
 * Where the South China Sea Islands inset goes: in the lower right corner of the map's
 * free area, as national maps put it, clear of every control over the map (the panel or
 * sheet, the deck's card, the legend, the scale bar). Pure: the framing reserves the
 * same box the inset is drawn in, and a test sweeps screen sizes in milliseconds.
 */
import type { Box } from '../screen-geometry';

export interface InsetPlacement {
  /** The inset's width at full size, CSS px (SYMBOLOGY.inset.width times the screen scale). */
  width: number;
  /** The narrowest it may get before it gives up, CSS px. */
  minWidth: number;
  /** Kept between the inset, the map's edges and every obstacle, CSS px. */
  margin: number;
  /** Its height for a width (insetHeight). */
  heightOf: (width: number) => number;
  /** The largest share of the map's width and height it may take. */
  maxShare?: { width: number; height: number };
}

function hits(b: Box, o: Box, gap: number): boolean {
  return b.x0 < o.x1 + gap && b.x1 > o.x0 - gap && b.y0 < o.y1 + gap && b.y1 > o.y0 - gap;
}

/**
 * The inset's box on a width×height map, or null when not even its narrowest size fits.
 * Largest size first; at a size, the free place nearest the lower right corner: tucked
 * into the corner, or just left of or just above an obstacle that holds the corner.
 */
export function placeInset(width: number, height: number, obstacles: readonly Box[], p: InsetPlacement): Box | null {
  const m = p.margin;
  const share = p.maxShare ?? { width: 0.4, height: 0.55 };
  const xs = [width - m, ...obstacles.map((o) => o.x0 - m)];
  const ys = [height - m, ...obstacles.map((o) => o.y0 - m)];
  for (let w = Math.min(p.width, width * share.width); w >= p.minWidth; w *= 0.9) {
    const h = p.heightOf(w);
    if (h > height * share.height) continue;
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const x1 of xs)
      for (const y1 of ys) {
        const b = { x0: x1 - w, y0: y1 - h, x1, y1 };
        if (b.x0 < m || b.y0 < m || b.x1 > width - m || b.y1 > height - m) continue;
        if (obstacles.some((o) => hits(b, o, m / 2))) continue;
        const cost = width - x1 + (height - y1);
        if (cost < bestCost) [best, bestCost] = [b, cost];
      }
    if (best) return best;
  }
  return null;
}
