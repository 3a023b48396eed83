/**
 * The overlay's styles — leaders, the anchor dot and its halo, Shanghai's hub, the ring,
 * badges, callouts and chips — for a theme and screen scale. The screen (MapOverlay) and
 * the PNG export (draw-overlay) both paint from this, so they cannot drift apart.
 */
import type { ThemeName } from '../../vocabulary';
import { FIXED_PAINT, THEMES } from '../palette';
import { sizeAt, SYMBOLOGY } from '../symbology';
import type { OverlayStyle } from './types';

/**
 * The overlay's line widths and radii, CSS px at screen scale 1. Badge borders are
 * hairlines that stay one and two pixels whatever the screen.
 */
export const OVERLAY_LINES = {
  leaderHalo: 3.2,
  leader: 1.2,
  anchorRadius: 2.6,
  anchorHalo: 1.2,
  hubStroke: 3,
  badgeBorder: 1,
  badgeSelectedBorder: 2,
  /** Corner radius of badges, callouts and Shanghai's label, as a share of the font size. */
  badgeRadius: 0.3,
} as const;

/** The overlay's styles in `theme` at screen scale k. */
export function overlayStyle(theme: ThemeName, k: number): OverlayStyle {
  const t = THEMES[theme];
  const L = OVERLAY_LINES;
  return {
    leader: {
      halo: { colour: t.labelHalo, width: L.leaderHalo * k },
      line: { colour: t.labelText, width: L.leader * k },
    },
    anchor: { r: L.anchorRadius * k, fill: t.labelText, halo: { colour: t.labelHalo, width: L.anchorHalo * k } },
    // Shanghai's end is as big as the end of a one-record link.
    hub: { r: sizeAt('linkEndRadius', 1, k), fill: t.labelHalo, stroke: { colour: t.link, width: L.hubStroke * k } },
    ring: { fill: FIXED_PAINT.ringFill, stroke: { colour: t.selectedLine, width: SYMBOLOGY.ring.stroke * k } },
    badge: {
      fill: t.badge.fill,
      text: t.badge.text,
      border: { colour: t.badge.border, width: L.badgeBorder },
      selectedBorder: { colour: t.badge.selected, width: L.badgeSelectedBorder },
      countFill: t.badge.countFill,
      countText: t.badge.countText,
      radius: L.badgeRadius,
    },
    callout: { fill: t.callout.fill, text: t.callout.text },
    origin: { fill: t.origin.fill, text: t.origin.text },
    more: { fill: t.badge.fill, text: t.badge.text, border: { colour: t.badge.border, width: L.badgeBorder } },
  };
}
