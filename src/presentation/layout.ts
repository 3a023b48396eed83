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
  return { top: edge, bottom: edge + m * 2, left: edge, right: captionWidth(width, height) + m * 2 };
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
