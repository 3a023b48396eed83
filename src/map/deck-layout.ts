/**
 * Where the caption card sits in presentation mode, shared by the CSS (through custom
 * properties) and the map adapter (camera padding), so the highlighted district is
 * framed beside the card and never under it.
 */

import { assertNever } from '../domain/exhaustive.ts';
import type { StepKind } from '../domain/tour';
import type { DeckCard } from '../vocabulary';

/** The card a step needs, by what the step is about: a table needs the wide one. */
export function deckCardFor(kind: StepKind): DeckCard {
  switch (kind) {
    case 'matrix':
      return 'wide';
    case 'city':
    case 'layer':
    case 'district':
    case 'beyond':
      return 'normal';
    default:
      return assertNever(kind, 'deck step kind');
  }
}

/**
 * The card's width: a share of the viewport width, or of its short side on narrow (4:3)
 * screens; the CSS draws it so (`--caption-w`, `.caption-wide`).
 */
export function captionWidth(viewportWidth: number, viewportHeight: number, card: DeckCard = 'normal'): number {
  const [ofWidth, ofShort] = card === 'wide' ? [0.48, 0.8] : [0.36, 0.6];
  return Math.round(Math.max(viewportWidth * ofWidth, Math.min(viewportWidth, viewportHeight) * ofShort));
}

/** Gap between the card and the screen edge. */
export function captionMargin(viewportWidth: number, viewportHeight: number): number {
  return Math.round(Math.min(viewportWidth, viewportHeight) * 0.025);
}

/** Below this width (CSS px, the CSS's `max-width: 599px`) the deck's card sits below the map. */
export const CARD_BELOW_PX = 600;

/** Camera padding that keeps the focus in the part of the screen the card leaves free. */
export function presentationPadding(
  width: number,
  height: number,
  card: DeckCard = 'normal',
): {
  top: number;
  bottom: number;
  left: number;
  right: number;
} {
  const m = captionMargin(width, height);
  const edge = Math.round(Math.min(width, height) * 0.06);
  // A phone's deck is a vertical story: the card is below the map, not over it.
  if (width < CARD_BELOW_PX) return { top: edge, bottom: edge, left: edge, right: edge };
  return { top: edge, bottom: edge + m * 2, left: edge, right: captionWidth(width, height, card) + m * 2 };
}

/**
 * The presenter window's size: 1280×800 where the screen has room, else what the
 * screen leaves once a window's frame (about 40 px) is taken off, never under 640×480.
 */
export function presenterWindowSize(availWidth: number, availHeight: number): { width: number; height: number } {
  const fit = (want: number, avail: number, least: number) =>
    Math.round(Math.max(least, Math.min(want, (Number.isFinite(avail) && avail > 0 ? avail : want) - 40)));
  return { width: fit(1280, availWidth, 640), height: fit(800, availHeight, 480) };
}

/** The locator map's side as a share of the screen's short side (the CSS's `--locator`, 15vmin). */
export const LOCATOR_SHARE = 0.15;

/**
 * The deck's locator map of the whole city (a district step's subject marked on it): a
 * square in the top right corner of the map area, beside the card, level with the legend
 * on the left. In CSS px from the map's top left corner; the CSS draws it at the same place.
 */
export function locatorBox(width: number, height: number): { x0: number; y0: number; x1: number; y1: number } {
  const m = captionMargin(width, height);
  const side = Math.min(width, height) * LOCATOR_SHARE;
  const x1 = width - captionWidth(width, height) - 2 * m;
  return { x0: x1 - side, y0: m, x1, y1: m + side };
}
