/**
 * The margins a fitted view keeps: round the map's edge, beside the deck's card, and
 * clear of the controls floating over the map (each cleared from above or from beside,
 * whichever leaves the view larger).
 */
import type { DeckCard } from '../vocabulary.ts';
import { presentationPadding } from './deck-layout.ts';

/** Margins inside the map, CSS px, that a fitted view keeps clear. */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Margin around a fitted view: 6% of the short side, or room for the caption card when presenting. */
export function framePadding(
  width: number,
  height: number,
  presenting: boolean,
  card?: DeckCard,
  viewport?: { width: number; height: number },
): Padding {
  if (presenting) return presentationPadding(width, height, card, viewport);
  const m = Math.round(Math.min(width, height) * 0.06);
  return { top: m, bottom: m, left: m, right: m };
}

/** The larger margin on each side. */
export function maxPadding(a: Padding, b: Padding): Padding {
  return {
    top: Math.max(a.top, b.top),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
    right: Math.max(a.right, b.right),
  };
}

/** The two margins added up, side by side. */
export function addPadding(a: Padding, b: Padding): Padding {
  return { top: a.top + b.top, bottom: a.bottom + b.bottom, left: a.left + b.left, right: a.right + b.right };
}

/** The gap kept between a fitted view and a control floating over the map, CSS px. */
export const INSET_GAP = 8;

/** No margin at all. */
export const NO_PADDING: Padding = { top: 0, bottom: 0, left: 0, right: 0 };

/** A box over the map, in CSS px relative to the map's top left corner. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The ways to keep clear of controls floating over a width×height map: each control is
 * cleared from the nearer of its two edges (above or beside it), every combination tried.
 */
export function insetsFor(controls: readonly Rect[], width: number, height: number, gap: number): Padding[] {
  let combos: Padding[] = [NO_PADDING];
  for (const r of controls) {
    const vertical: Padding =
      (r.y0 + r.y1) / 2 < height / 2
        ? { ...NO_PADDING, top: r.y1 + gap }
        : { ...NO_PADDING, bottom: height - r.y0 + gap };
    const horizontal: Padding =
      (r.x0 + r.x1) / 2 < width / 2
        ? { ...NO_PADDING, left: r.x1 + gap }
        : { ...NO_PADDING, right: width - r.x0 + gap };
    combos = combos.flatMap((c) => [maxPadding(c, vertical), maxPadding(c, horizontal)]);
  }
  return combos;
}
