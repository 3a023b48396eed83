/**
 * Reading a swipe on the caption card, as a pure function of where the finger went
 * down and came up, so it is tested in node. A swipe is mostly sideways and long
 * enough not to be a tap or a scroll; left means forward, as on a phone's photos.
 */

/** The least travel, CSS px, that counts as a swipe rather than a tap. */
export const SWIPE_MIN_PX = 40;

export type SwipeStep = 'next' | 'prev' | null;

export function swipeStep(dx: number, dy: number, minPx = SWIPE_MIN_PX): SwipeStep {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return null;
  if (Math.abs(dx) < minPx || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? 'next' : 'prev';
}
