/**
 * Text widths as the browser will draw them: canvas measureText with the overlay's own
 * font family, cached, so labels are sized to their text before they are placed.
 */
import type { Measure } from '../map/overlay/types';

let canvas: HTMLCanvasElement | null = null;
const cache = new Map<string, number>();

/** A Measure for text drawn in `el`'s font family. */
export function canvasMeasure(el: Element): Measure {
  const family = getComputedStyle(el).fontFamily || 'sans-serif';
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  return (text, px, bold) => {
    const font = `${bold ? 700 : 400} ${px.toFixed(2)}px ${family}`;
    const key = `${font}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let w = text.length * px * 0.6;
    if (ctx) {
      ctx.font = font;
      w = ctx.measureText(text).width;
    }
    cache.set(key, w);
    return w;
  };
}
