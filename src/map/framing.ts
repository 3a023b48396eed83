/**
 * What the camera frames, and how, as pure functions shared by the WebGL map and the SVG
 * drawing that stands in for it: both must show the same place at the same scale, so
 * the hand-over from one to the other neither jumps nor flashes.
 */
import bbox from '@turf/bbox';
import type { AtlasModel } from '../domain/join';
import type { DistrictSlug } from '../domain/schema';
import { shanghaiOrigin } from '../domain/links';
import { presentationPadding } from '../presentation/layout';

export type Bounds = [[number, number], [number, number]];
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** MapLibre's tile size: at zoom z the world is 512·2^z CSS pixels wide. */
export const TILE_SIZE = 512;
/** The closest a fitted district is shown. */
export const FIT_MAX_ZOOM = 13;

function boundsOf(geo: Parameters<typeof bbox>[0]): Bounds {
  const [w, s, e, n] = bbox(geo);
  return [
    [w, s],
    [e, n],
  ];
}

/** Bounds of the whole city, of each district, and of the regional links (all, and each). */
export function modelBounds(model: AtlasModel): {
  city: Bounds;
  district: Record<DistrictSlug, Bounds>;
  regions: Bounds;
  region: Record<string, Bounds>;
} {
  const links = model.regionLinks;
  const pathBounds = (paths: [number, number][][]): Bounds =>
    boundsOf({ type: 'MultiLineString', coordinates: paths.length > 0 ? paths : [[shanghaiOrigin(model)]] });
  return {
    regions: pathBounds(links.map((l) => l.path)),
    region: Object.fromEntries(links.map((l) => [l.region.id, pathBounds([l.path])])),
    city: boundsOf({
      type: 'FeatureCollection',
      features: model.districts.map((d) => ({ type: 'Feature', properties: {}, geometry: d.geometry })),
    }),
    district: Object.fromEntries(model.districts.map((d) => [d.slug, boundsOf(d.geometry)])) as Record<
      DistrictSlug,
      Bounds
    >,
  };
}

/** Margin around a fitted view: 6% of the short side, or room for the caption card when presenting. */
export function framePadding(width: number, height: number, presenting: boolean): Padding {
  if (presenting) return presentationPadding(width, height);
  const m = Math.round(Math.min(width, height) * 0.06);
  return { top: m, bottom: m, left: m, right: m };
}

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

/** The camera MapLibre's fitBounds would choose (same formula: centre the bounds in the padded area). */
export function fitCamera(
  b: Bounds,
  width: number,
  height: number,
  pad: Padding,
  maxZoom = FIT_MAX_ZOOM,
): ScreenCamera {
  const x0 = mercatorX(b[0][0]);
  const x1 = mercatorX(b[1][0]);
  const y0 = mercatorY(b[1][1]);
  const y1 = mercatorY(b[0][1]);
  const availW = Math.max(1, width - pad.left - pad.right);
  const availH = Math.max(1, height - pad.top - pad.bottom);
  const scale = Math.min(availW / (x1 - x0), availH / (y1 - y0), TILE_SIZE * 2 ** maxZoom);
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

/** A camera as MapLibre takes it. */
export interface LngLatZoom {
  lng: number;
  lat: number;
  zoom: number;
}

export function toLngLatZoom(cam: ScreenCamera): LngLatZoom {
  const [lng, lat] = fromMercator(cam.cx, cam.cy);
  return { lng, lat, zoom: Math.log2(cam.scale / TILE_SIZE) };
}

/** Zoom at which a selected record is shown. */
export const RECORD_ZOOM = 12;

export interface FramedView {
  mapView: 'city' | 'region';
  region: string | null;
  district: DistrictSlug | null;
  record: string | null;
  camera: LngLatZoom | null;
  presenting: boolean;
}

/**
 * The camera for a view on a width×height map: the user's own camera if the view has
 * one, else the selected record, the selected district, or the whole city, fitted.
 */
export function frameView(
  model: AtlasModel,
  bounds: ReturnType<typeof modelBounds>,
  view: FramedView,
  width: number,
  height: number,
): ScreenCamera {
  if (view.camera) return cameraAt(view.camera.lng, view.camera.lat, view.camera.zoom);
  const placed = view.record ? model.placed.find((p) => p.id === view.record) : undefined;
  if (placed) return cameraAt(placed.lng, placed.lat, RECORD_ZOOM);
  const pad = framePadding(width, height, view.presenting);
  if (view.mapView === 'region')
    return fitCamera((view.region && bounds.region[view.region]) || bounds.regions, width, height, pad);
  const b = view.district ? bounds.district[view.district] : bounds.city;
  return fitCamera(b, width, height, pad);
}
