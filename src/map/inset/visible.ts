/**
 * Whether a map needs the South China Sea Islands inset: it shows China (the regional
 * view) but its clear area stops short of the South China Sea. Pure, from the camera's
 * bounds and the boxes floating over the map (a phone's sheet, the deck's card), so the
 * WebGL map and the SVG drawing decide alike.
 */
import { fromMercator, mercatorX, mercatorY } from '../mercator-camera';
import type { Box } from '../screen-geometry';

/** [west, south, east, north] in degrees. */
export type LngLatBounds = readonly [number, number, number, number];

/** The South China Sea as national maps frame it: the whole dashed line (geo/china.geojson, adcode 100000). */
export const SOUTH_CHINA_SEA: LngLatBounds = [108.2, 3.4, 122.8, 24.6];

/** True when `view` takes in the whole dashed line: the map then shows the sea itself, and needs no inset. */
export function showsSouthChinaSea(view: LngLatBounds): boolean {
  const [w, s, e, n] = SOUTH_CHINA_SEA;
  return view[0] <= w && view[1] <= s && view[2] >= e && view[3] >= n;
}

/**
 * The part of a width×height map left clear by boxes that cover a band along one of its
 * edges (a phone's bottom sheet, the deck's card beside the map): a box at least half as
 * long as that edge and nearer to it than to the opposite one cuts the clear area there.
 * Smaller boxes (the legend, the view switch) leave the map in view around them.
 */
export function clearArea(width: number, height: number, obstacles: readonly Box[]): Box {
  const out: Box = { x0: 0, y0: 0, x1: width, y1: height };
  for (const o of obstacles) {
    const w = Math.min(o.x1, width) - Math.max(o.x0, 0);
    const h = Math.min(o.y1, height) - Math.max(o.y0, 0);
    if (w <= 0 || h <= 0) continue;
    if (w >= width / 2 && h < height / 2) {
      if ((o.y0 + o.y1) / 2 > height / 2) out.y1 = Math.min(out.y1, o.y0);
      else out.y0 = Math.max(out.y0, o.y1);
    } else if (h >= height / 2 && w < width / 2) {
      if ((o.x0 + o.x1) / 2 > width / 2) out.x1 = Math.min(out.x1, o.x0);
      else out.x0 = Math.max(out.x0, o.x1);
    }
  }
  return out;
}

/** The bounds of a box of a width×height map that shows `view` (Web Mercator: linear in x and in Mercator y). */
export function boundsOfBox(view: LngLatBounds, width: number, height: number, box: Box): LngLatBounds {
  const x0 = mercatorX(view[0]);
  const x1 = mercatorX(view[2]);
  const y0 = mercatorY(view[3]);
  const y1 = mercatorY(view[1]);
  const at = (px: number, py: number) => fromMercator(x0 + ((x1 - x0) * px) / width, y0 + ((y1 - y0) * py) / height);
  const [west, north] = at(box.x0, box.y0);
  const [east, south] = at(box.x1, box.y1);
  return [west, south, east, north];
}

/**
 * A view at least this wide (degrees of longitude) is a map of the country, which carries
 * the inset; a closer one (a province, the delta around Shanghai) is a local map, which does not.
 */
export const NATIONAL_SPAN_DEG = 20;

/**
 * Whether the inset is drawn: in the regional view framed on the country, unless the
 * map's clear area already shows the South China Sea (a user who zoomed out, a phone's
 * upright frame: framing.ts, frameRegion). `inset` is where the inset would go: the map
 * counts only above it, as a national map's inset stands in for the sea beneath it;
 * null for a frame drawn without one, the upright map with the sea below the mainland.
 */
export function needsInset(
  mapView: 'city' | 'region',
  view: LngLatBounds | null,
  width: number,
  height: number,
  obstacles: readonly Box[],
  inset: Box | null = null,
): boolean {
  if (mapView !== 'region') return false;
  if (!view) return true;
  const area = clearArea(width, height, obstacles);
  if (inset) area.y1 = Math.min(area.y1, inset.y0);
  const clear = boundsOfBox(view, width, height, area);
  return clear[2] - clear[0] >= NATIONAL_SPAN_DEG && !showsSouthChinaSea(clear);
}
