/**
 * The map's overlay, laid out: district badges (name and count), the selected district's
 * record symbols, the selected record's ring and name, and in the regional view the
 * linked places and Shanghai as their origin. Pure: the same layout serves the WebGL
 * map, the SVG drawing and the PNG export, from a projection and the screen's sizes.
 *
 * Honest placement: a record the source places only approximately is drawn at its
 * approximate point; one it gives only a district for is not drawn on the ground at
 * all but around its district's badge, as the legend says ("arranged around the
 * district name").
 */
import { shanghaiOrigin } from '../../domain/links';
import type { Box } from '../screen-geometry';
import { labelPx, maxLeaderPx, screenScale } from '../screen-scale';
import { sizeAt, SYMBOLOGY } from '../symbology';
import { BADGE } from './badge';
import { layoutCity } from './city-layout';
import { layoutRegion } from './region-layout';
import { NARROW_MAP_PX, NARROW_MIN_FONT_PX } from './thresholds';
import type { LayoutFrame, Measure, OverlayCamera, OverlayInput, OverlayLayout } from './types';

/**
 * Lays the overlay out; `obstacles` are the panels, legend and cards over the map. A
 * function of its arguments alone: the same framing always gives the same layout.
 */
export function layoutOverlay(
  input: OverlayInput,
  cam: OverlayCamera,
  obstacles: readonly Box[],
  measure: Measure,
): OverlayLayout {
  const f = layoutFrame(input, cam, measure);
  const base: OverlayLayout = {
    fontPx: f.fontPx,
    k: f.k,
    symbolPx: f.symbolPx,
    labels: [],
    symbols: [],
    ring: null,
    origin: null,
  };
  if (input.view.mapView === 'region') return { ...base, ...layoutRegion(input, f, obstacles) };
  return { ...base, ...layoutCity(input, f, obstacles) };
}

/** The sizes this camera and screen give every part of the layout. */
function layoutFrame(input: OverlayInput, cam: OverlayCamera, measure: Measure): LayoutFrame {
  const { view } = input;
  const { width: vw, height: vh } = cam.viewport;
  const k = screenScale(vw, vh, view.presenting);
  // A phone's map: type no smaller than the rest of its page, counts (the smaller type) included.
  const narrow = cam.width < NARROW_MAP_PX;
  const fontPx = Math.max(
    narrow ? NARROW_MIN_FONT_PX / BADGE.countScale : 0,
    labelPx(cam.zoom, vw, vh, view.presenting),
  );
  const origin = shanghaiOrigin(input.model);
  return {
    cam,
    measure,
    fontPx,
    k,
    symbolPx: SYMBOLOGY.icon.cssPx * sizeAt('iconSize', cam.zoom, k),
    gap: Math.max(2, fontPx * 0.2),
    height: Math.round(fontPx * BADGE.height),
    bounds: { x0: 2, y0: 2, x1: cam.width - 2, y1: cam.height - 2 },
    maxLeader: maxLeaderPx(vw, vh, view.presenting),
    narrow,
    centre: cam.project(origin[0], origin[1]),
  };
}
