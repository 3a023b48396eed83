/**
 * Where the caption card sits in presentation mode, shared by the CSS (through custom
 * properties) and the map adapter (camera padding), so the highlighted district is
 * framed beside the card and never under it.
 */

/** The card's width: a share of the viewport width, or of its short side on narrow (4:3) screens. */
export function captionWidth(viewportWidth: number, viewportHeight: number): number {
  return Math.round(Math.max(viewportWidth * 0.36, Math.min(viewportWidth, viewportHeight) * 0.6));
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
  return { top: edge, bottom: edge + m * 2, left: edge, right: captionWidth(width, height) + m * 2 };
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
