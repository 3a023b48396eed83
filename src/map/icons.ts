/**
 * Rasterises the layer symbols for MapLibre (it needs pixels, and we have no sprite
 * server). One image per layer × precision, drawn at ICON_PIXEL_RATIO times the CSS size.
 */
import { LAYER_IDS, type LayerId, type Precision } from '../vocabulary';
import { iconName } from './palette';
import { drawSymbol, symbolShape } from './symbol-shape';
import { SYMBOLOGY } from './symbology';

/** Drawn at 4× so a symbol stays sharp when the deck scales it up on a 4K screen. */
export const ICON_PIXEL_RATIO = 4;
const CSS_SIZE = SYMBOLOGY.icon.cssPx;

export interface IconImage {
  name: string;
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function drawIcon(layer: LayerId, precision: Precision): IconImage {
  const size = CSS_SIZE * ICON_PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  // Read back at once: a canvas kept on the CPU makes getImageData cheap (on a GPU canvas it stalls).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas is not available to draw map symbols');
  drawSymbol(ctx, symbolShape(layer, precision, size), size / 2, size / 2);
  const data = ctx.getImageData(0, 0, size, size).data;
  return { name: iconName(layer, precision), width: size, height: size, data };
}

/**
 * Every symbol the points layer can ask for that `has` says is missing (all of them on a
 * new map; those a lost WebGL context took away). Only those are drawn.
 */
export function drawMissingIcons(has: (name: string) => boolean = () => false): IconImage[] {
  const precisions: Precision[] = ['site', 'approximate', 'district'];
  return LAYER_IDS.flatMap((layer) =>
    precisions.filter((p) => !has(iconName(layer, p))).map((p) => drawIcon(layer, p)),
  );
}
