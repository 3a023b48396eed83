/**
 * Where the South China Sea Islands inset goes on this map, measured from the page: the
 * controls over the map (`data-map-obstacle`) and the screen's scale, handed to the pure
 * placement (map/inset/place.ts). The framing asks it too, so a fitted view keeps its
 * places out from under the inset rather than finding it drawn over them.
 */
import { STRINGS } from '../i18n/strings';
import type { Lang } from '../vocabulary';
import type { FrameOptions } from '../map/framing';
import { insetHeight, type InsetOptions } from '../map/inset/model';
import { placeInset } from '../map/inset/place';
import type { Box } from '../map/screen-geometry';
import { NARROW_MAP_PX, NARROW_MIN_FONT_PX } from '../map/overlay/thresholds';
import { screenScale } from '../map/screen-scale';
import { SYMBOLOGY } from '../map/symbology';
import { canvasMeasure } from './measure-text';
import { obstaclesOver } from './overlay-controller';
import { viewportSize } from './viewport';

/** Marks the inset's own element, which is an obstacle for labels but not for itself. */
export const SEA_INSET_SELECTOR = '[data-sea-inset]';

export interface SeaInsetPlan {
  box: Box;
  /** The controls over the map, as the placement saw them. */
  obstacles: Box[];
  options: InsetOptions;
}

/** The inset's box and drawing options over `container` (the map's box), or null when it does not fit. */
export function planSeaInset(container: HTMLElement, s: { lang: Lang; presenting: boolean }): SeaInsetPlan | null {
  const width = container.clientWidth;
  const height = container.clientHeight;
  if (width === 0 || height === 0) return null;
  const v = viewportSize();
  const k = screenScale(v.width, v.height, s.presenting);
  const minFontPx = width < NARROW_MAP_PX ? NARROW_MIN_FONT_PX : 10;
  const title = STRINGS[s.lang].seaInset;
  const measure = canvasMeasure(container);
  const obstacles = obstaclesOver(container, SEA_INSET_SELECTOR);
  const I = SYMBOLOGY.inset;
  const box = placeInset(width, height, obstacles, {
    width: Math.round(I.width * k),
    minWidth: Math.max(I.minWidth, minFontPx * 6),
    margin: I.margin * k,
    heightOf: (w) => insetHeight(w, title, minFontPx, measure),
  });
  if (!box) return null;
  return { box, obstacles, options: { width: box.x1 - box.x0, title, minFontPx, k, measure } };
}

/**
 * The inset as the framing needs it (FrameOptions.seaInset): its box and the controls it was
 * placed among, over `container`; null outside the regional view or where it does not fit.
 * The WebGL map, the SVG drawing and the printed handout frame with this one answer.
 */
export function seaInsetForFraming(
  container: HTMLElement | null,
  s: { mapView: 'city' | 'region'; lang: Lang; presenting: boolean },
): FrameOptions['seaInset'] {
  const plan = container && s.mapView === 'region' ? planSeaInset(container, s) : null;
  return plan ? { box: plan.box, obstacles: plan.obstacles } : null;
}
