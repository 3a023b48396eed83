/**
 * The camera maths of Web Mercator, as MapLibre does it: where a coordinate lands on a
 * screen, what a screen shows, and the camera fitBounds would choose. Pure, so the SVG
 * drawing, the locator, the inset and the tests frame exactly as the WebGL map does.
 */
import { ZOOM_LIMITS } from '../domain/camera-limits.ts';
import type { Bounds } from '../domain/model';
import type { Padding } from './frame-padding';

/** MapLibre's tile size: at zoom z the world is 512·2^z CSS pixels wide. */
export const TILE_SIZE = 512;
/** The closest a fitted view is shown. */
export const FIT_MAX_ZOOM = 13;

/** Web Mercator x in [0, 1]. */
export function mercatorX(lng: number): number {
  return (lng + 180) / 360;
}

/** Web Mercator y in [0, 1], north up. */
export function mercatorY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** A camera as the SVG drawing needs it: centre in Mercator units, CSS pixels per world width. */
export interface ScreenCamera {
  cx: number;
  cy: number;
  scale: number;
}

/**
 * The camera MapLibre's fitBounds would choose (same formula: centre the bounds in the
 * padded area), never further out than the map's own limit (ZOOM_LIMITS.min): the centre
 * is found at the scale the map will really show, else the map, clamping the zoom only,
 * would keep a centre worked out for a smaller map and push the bounds off the padded area.
 */
export function fitCamera(
  b: Bounds,
  width: number,
  height: number,
  pad: Padding,
  maxZoom = FIT_MAX_ZOOM,
  minZoom: number = ZOOM_LIMITS.min,
): ScreenCamera {
  const x0 = mercatorX(b[0][0]);
  const x1 = mercatorX(b[1][0]);
  const y0 = mercatorY(b[1][1]);
  const y1 = mercatorY(b[0][1]);
  const availW = Math.max(1, width - pad.left - pad.right);
  const availH = Math.max(1, height - pad.top - pad.bottom);
  const scale = Math.max(
    TILE_SIZE * 2 ** minZoom,
    Math.min(availW / (x1 - x0), availH / (y1 - y0), TILE_SIZE * 2 ** maxZoom),
  );
  return {
    cx: (x0 + x1) / 2 - (pad.left - pad.right) / (2 * scale),
    cy: (y0 + y1) / 2 - (pad.top - pad.bottom) / (2 * scale),
    scale,
  };
}

/** The camera for a centre and a MapLibre zoom. */
export function cameraAt(lng: number, lat: number, zoom: number): ScreenCamera {
  return { cx: mercatorX(lng), cy: mercatorY(lat), scale: TILE_SIZE * 2 ** zoom };
}

/** Where a coordinate lands on a width×height screen under the camera. */
export function toScreen(lng: number, lat: number, cam: ScreenCamera, width: number, height: number): [number, number] {
  return [width / 2 + (mercatorX(lng) - cam.cx) * cam.scale, height / 2 + (mercatorY(lat) - cam.cy) * cam.scale];
}

/** Inverse of mercatorX/mercatorY. */
export function fromMercator(x: number, y: number): [number, number] {
  const lng = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lng, lat];
}

/** What a width×height screen shows under the camera: [west, south, east, north] in degrees. */
export function viewBounds(cam: ScreenCamera, width: number, height: number): [number, number, number, number] {
  const [west, north] = fromMercator(cam.cx - width / 2 / cam.scale, cam.cy - height / 2 / cam.scale);
  const [east, south] = fromMercator(cam.cx + width / 2 / cam.scale, cam.cy + height / 2 / cam.scale);
  return [west, south, east, north];
}

/** A camera as MapLibre takes it. */
export interface LngLatZoom {
  lng: number;
  lat: number;
  zoom: number;
}

/** The camera as MapLibre takes it: centre and zoom. */
export function toLngLatZoom(cam: ScreenCamera): LngLatZoom {
  const [lng, lat] = fromMercator(cam.cx, cam.cy);
  return { lng, lat, zoom: Math.log2(cam.scale / TILE_SIZE) };
}
