/**
 * How a record symbol is drawn, as geometry: the shape of its layer, filled by how
 * precisely the source places it, with a white halo. One description for the canvas
 * images MapLibre draws and the SVG the overlay and the no-WebGL drawing draw.
 */
import type { LayerId, Precision } from '../domain/schema';
import { LAYER_SYMBOLS, PRECISION_STYLE, SYMBOL_GROUND, shapeOutline } from './palette';

export interface SymbolShape {
  /** Outline points around (0, 0), in the units of `size`. */
  outline: [number, number][];
  /** The white core of an approximate place, or null. */
  core: [number, number][] | null;
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** The white halo's width, drawn under the stroke. */
  haloWidth: number;
}

/** The symbol of a layer and precision at `size` CSS px. */
export function symbolShape(layer: LayerId, precision: Precision, size: number): SymbolShape {
  const { shape, colour } = LAYER_SYMBOLS[layer];
  const r = size * 0.36;
  const scaled = (k: number) => shapeOutline(shape).map(([x, y]): [number, number] => [x * r * k, y * r * k]);
  const fill = PRECISION_STYLE[precision].fill;
  return {
    outline: scaled(1),
    core: fill === 'core' ? scaled(0.38) : null,
    fill: fill === 'none' ? SYMBOL_GROUND : colour,
    stroke: colour,
    strokeWidth: (2.2 / 22) * size,
    haloWidth: (5 / 22) * size,
  };
}

/** An outline as an SVG `points` attribute. */
export function svgPoints(outline: readonly [number, number][], cx = 0, cy = 0): string {
  return outline.map(([x, y]) => `${(cx + x).toFixed(2)},${(cy + y).toFixed(2)}`).join(' ');
}

/**
 * Draws a symbol centred on (cx, cy) on a 2D canvas: the white halo, the outline in its
 * colours, the white core of an approximate place. The map's icons and the PNG export draw
 * with it; its SVG twin is SymbolPolygons (ui/SymbolIcon.tsx).
 */
export function drawSymbol(ctx: CanvasRenderingContext2D, shape: SymbolShape, cx: number, cy: number): void {
  const trace = (pts: readonly [number, number][]) => {
    ctx.beginPath();
    pts.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(cx + x, cy + y) : ctx.lineTo(cx + x, cy + y)));
    ctx.closePath();
  };
  trace(shape.outline);
  ctx.lineJoin = 'round';
  ctx.strokeStyle = SYMBOL_GROUND;
  ctx.lineWidth = shape.haloWidth;
  ctx.stroke();
  ctx.fillStyle = shape.fill;
  ctx.fill();
  ctx.strokeStyle = shape.stroke;
  ctx.lineWidth = shape.strokeWidth;
  ctx.stroke();
  if (shape.core) {
    trace(shape.core);
    ctx.fillStyle = SYMBOL_GROUND;
    ctx.fill();
  }
}
