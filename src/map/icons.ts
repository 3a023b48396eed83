/**
 * Rasterises the layer symbols for MapLibre (it needs pixels, and we have no sprite
 * server). One image per layer × precision, drawn at twice the CSS size for sharpness.
 */
import { LAYER_IDS, type LayerId, type Precision } from '../domain/schema';
import { iconName, LAYER_SYMBOLS, PRECISION_STYLE, shapeOutline } from './palette';

export const ICON_PIXEL_RATIO = 2;
const CSS_SIZE = 22;

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
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available to draw map symbols');
  const { shape, colour } = LAYER_SYMBOLS[layer];
  const r = size * 0.36;
  const trace = (scale: number) => {
    ctx.beginPath();
    shapeOutline(shape).forEach(([x, y], i) => {
      const px = size / 2 + x * r * scale;
      const py = size / 2 + y * r * scale;
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.closePath();
  };
  const fill = PRECISION_STYLE[precision].fill;
  // A white halo keeps every symbol legible on any choropleth class.
  trace(1);
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 5 * ICON_PIXEL_RATIO;
  ctx.stroke();
  ctx.fillStyle = fill === 'none' ? '#ffffff' : colour;
  ctx.fill();
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2.2 * ICON_PIXEL_RATIO;
  ctx.stroke();
  if (fill === 'core') {
    trace(0.38);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
  }
  const data = ctx.getImageData(0, 0, size, size).data;
  return { name: iconName(layer, precision), width: size, height: size, data };
}

/** Every symbol the points layer can ask for. */
export function drawAllIcons(): IconImage[] {
  const precisions: Precision[] = ['site', 'approximate', 'district'];
  return LAYER_IDS.flatMap((layer) => precisions.map((p) => drawIcon(layer, p)));
}

const dataUrls = new Map<string, string>();

/**
 * A data: URL of one symbol, for the legend and lists (same drawing as on the map).
 * Drawn once per symbol: a long list would otherwise encode the same PNG per row.
 */
export function iconDataUrl(layer: LayerId, precision: Precision): string {
  const key = iconName(layer, precision);
  const cached = dataUrls.get(key);
  if (cached !== undefined) return cached;
  const url = encodeIcon(layer, precision);
  if (url) dataUrls.set(key, url);
  return url;
}

function encodeIcon(layer: LayerId, precision: Precision): string {
  const img = drawIcon(layer, precision);
  const canvas = document.createElement('canvas');
  canvas.width = img.width;
  canvas.height = img.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  ctx.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
  return canvas.toDataURL('image/png');
}
