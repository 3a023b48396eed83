/**
 * How big the map draws, for the screen it is on. In the deck everything on the map
 * grows with the caption's type (which is a share of the screen's short side), so a
 * label is as readable from the back of the room as the card beside it. At the desk
 * the map keeps the density it has at 1080p and grows with large windows; the device
 * pixel ratio needs nothing here, since every size is in CSS pixels.
 */
import { SYMBOLOGY, valueAt } from './symbology';

/** The deck's caption body size in CSS pixels: the CSS's `max(16px, 2.6vmin)`. */
export function deckBodyPx(viewportWidth: number, viewportHeight: number): number {
  return Math.max(16, 0.026 * Math.min(viewportWidth, viewportHeight));
}

/** District names in the deck, as a share of the caption's body size (at least 0.75 by the room's rule). */
export const DECK_LABEL_SHARE = 0.8;

/** The deck body size at which map symbols are drawn at their SYMBOLOGY sizes times 1.4 (the 1080p deck). */
const DECK_BODY_AT_SCALE_1 = 20;

/** The multiplier for every length in SYMBOLOGY. */
export function screenScale(viewportWidth: number, viewportHeight: number, presenting: boolean): number {
  if (presenting) return deckBodyPx(viewportWidth, viewportHeight) / DECK_BODY_AT_SCALE_1;
  return Math.min(1.6, Math.max(0.9, viewportHeight / 1080));
}

/** The size of a district's name on the map, in CSS pixels. */
export function labelPx(zoom: number, viewportWidth: number, viewportHeight: number, presenting: boolean): number {
  if (presenting) return DECK_LABEL_SHARE * deckBodyPx(viewportWidth, viewportHeight);
  return valueAt(SYMBOLOGY.labelSize, zoom) * screenScale(viewportWidth, viewportHeight, false);
}

/** The longest leader line at the 1080p screen, CSS px: further than this a name no longer reads as its point's. */
const MAX_LEADER_AT_1080P = 150;

/** The longest leader line on this screen: 150 px at 1920×1080, growing with the map's type (screenScale). */
export function maxLeaderPx(viewportWidth: number, viewportHeight: number, presenting: boolean): number {
  return (
    (MAX_LEADER_AT_1080P * screenScale(viewportWidth, viewportHeight, presenting)) / screenScale(1920, 1080, presenting)
  );
}
