/**
 * The units of the city drawn into index.html (tools/first-paint.ts), shared with the
 * page that shows it (ui/FirstPaint.tsx): the drawing is in CSS pixels of one Mercator
 * zoom, from an origin just beyond the city's bounds. Knowing both, the page can set the
 * drawing's viewBox to what the map's camera will show, so the map takes over without a jump.
 */
import type { Bounds } from '../domain/model';
import { mercatorX, mercatorY, TILE_SIZE, type ScreenCamera } from './mercator-camera.ts';

/** The drawing's zoom: about the city view's on a laptop. */
export const FIRST_PAINT_ZOOM = 10;
/** Drawing units per Mercator unit (the world's width). */
export const FIRST_PAINT_SCALE = TILE_SIZE * 2 ** FIRST_PAINT_ZOOM;
/** Margin around the city, as a share of its size: about the live map's 6 % of the short side. */
export const FIRST_PAINT_MARGIN = 0.07;

/** A coordinate in the drawing's units, before the origin is taken off. */
export function firstPaintProject(lng: number, lat: number): [number, number] {
  return [mercatorX(lng) * FIRST_PAINT_SCALE, mercatorY(lat) * FIRST_PAINT_SCALE];
}

/** The drawing's origin and size for the city's bounds: the city with its margin. */
export function firstPaintBox(city: Bounds): { origin: [number, number]; w: number; h: number } {
  const [[west, south], [east, north]] = city;
  const [x0, y0] = firstPaintProject(west, north);
  const [x1, y1] = firstPaintProject(east, south);
  const [w, h] = [x1 - x0, y1 - y0];
  return {
    origin: [x0 - w * FIRST_PAINT_MARGIN, y0 - h * FIRST_PAINT_MARGIN],
    w: w * (1 + 2 * FIRST_PAINT_MARGIN),
    h: h * (1 + 2 * FIRST_PAINT_MARGIN),
  };
}

/** The viewBox under which the drawing, shown on a width × height box, shows what `cam` shows there. */
export function firstPaintViewBox(cam: ScreenCamera, city: Bounds, width: number, height: number): string {
  const { origin } = firstPaintBox(city);
  const k = FIRST_PAINT_SCALE / cam.scale;
  const x = cam.cx * FIRST_PAINT_SCALE - origin[0] - (width / 2) * k;
  const y = cam.cy * FIRST_PAINT_SCALE - origin[1] - (height / 2) * k;
  return [x, y, width * k, height * k].map((v) => Number(v.toFixed(2))).join(' ');
}
