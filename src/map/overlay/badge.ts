/**
 * Label geometry: how wide a badge or a name is drawn. Shared by the layout, which
 * reserves the room, and the painters (CSS and the PNG export), which draw into it.
 */
import type { Measure } from './types';

/** Badge geometry as shares of the font size, shared with the CSS and the PNG export. */
export const BADGE = { padX: 0.45, gap: 0.35, height: 1.5, countPadX: 0.4, countScale: 0.92 } as const;

/** The width of a district badge: name, gap, count pill. */
export function badgeWidth(name: string, count: number, fontPx: number, measure: Measure): number {
  const countW = measure(String(count), fontPx * BADGE.countScale, true) + 2 * BADGE.countPadX * fontPx;
  return Math.ceil(BADGE.padX * fontPx + measure(name, fontPx, false) + BADGE.gap * fontPx + countW + 0.2 * fontPx);
}

/** The width of a bold name in a badge with no count (Shanghai's origin, a record's name). */
export function nameWidth(lines: readonly string[], fontPx: number, measure: Measure): number {
  return Math.ceil(Math.max(...lines.map((l) => measure(l, fontPx, true))) + 2 * BADGE.padX * fontPx);
}

/** Splits a long name into at most two lines no wider than maxWidth where it can. */
export function wrapName(text: string, fontPx: number, maxWidth: number, measure: Measure): string[] {
  if (measure(text, fontPx, true) <= maxWidth) return [text];
  const cjk = /[\u3000-\u9fff]/.test(text);
  const parts = cjk ? [...text] : text.split(/(?<=\s)/);
  let best: [string, string] = [text, ''];
  let bestW = Infinity;
  for (let i = 1; i < parts.length; i++) {
    const a = parts.slice(0, i).join('').trimEnd();
    const b = parts.slice(i).join('').trimStart();
    const w = Math.max(measure(a, fontPx, true), measure(b, fontPx, true));
    if (w < bestW) {
      bestW = w;
      best = [a, b];
    }
  }
  return best[1] ? best : [text];
}
