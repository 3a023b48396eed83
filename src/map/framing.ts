/**
 * What the camera frames, and how, as pure functions shared by the WebGL map and the SVG
 * drawing that stands in for it: both must show the same place at the same scale, so
 * the hand-over from one to the other neither jumps nor flashes. The camera maths is in
 * mercator-camera.ts, the margins in frame-padding.ts.
 */
import { ZOOM_LIMITS } from '../domain/camera-limits.ts';
import type { AtlasModel, Bounds, ModelBounds } from '../domain/model';
import type { DistrictSlug } from '../domain/schema';
import type { DeckCard } from '../vocabulary.ts';
import { locatorBox } from './deck-layout.ts';
import {
  addPadding,
  framePadding,
  INSET_GAP,
  insetsFor,
  maxPadding,
  NO_PADDING,
  type Padding,
  type Rect,
} from './frame-padding';
import { needsInset, SOUTH_CHINA_SEA } from './inset/visible.ts';
import { labelPx } from './screen-scale';
import {
  cameraAt,
  FIT_MAX_ZOOM,
  fitCamera,
  TILE_SIZE,
  viewBounds,
  type LngLatZoom,
  type ScreenCamera,
} from './mercator-camera';

export type { Bounds };

/** Bounds of the whole city, of each district, and of the regional links: prepared with the model. */
export function modelBounds(model: AtlasModel): ModelBounds {
  return model.bounds;
}

export interface FramedView {
  mapView: 'city' | 'region';
  region: string | null;
  district: DistrictSlug | null;
  record: string | null;
  camera: LngLatZoom | null;
  presenting: boolean;
  /** The deck's card beside the map (the store's `deckCard`); the usual one if absent. */
  deckCard?: DeckCard;
}

export interface FrameOptions {
  /**
   * Ways to keep clear of the floating controls over the map (the legend, the view
   * switch): each is a margin (from the map's edges) that clears all of them; the view
   * takes the one that leaves it biggest.
   */
  insets?: readonly Padding[];
  /** The size of the map's labels, CSS px: the regional view leaves them room around its places. */
  labelPx?: number;
  /**
   * The browser window, whose short side the deck's CSS sizes its locator map with (the
   * map itself is shorter by the attribution line); the map's size when not given.
   */
  viewport?: { width: number; height: number };
  /**
   * Where the regional view's South China Sea Islands inset would go (map/inset/place.ts)
   * and the controls it was placed among: a frame that needs it keeps its places above it.
   */
  seaInset?: { box: Rect; obstacles: readonly Rect[] } | null;
}

/**
 * The zoom whose name size the regional view leaves room for around its places, whatever
 * zoom its frame comes to: the room must not depend on the frame it helps decide.
 */
const ROOM_LABEL_ZOOM = 10;

/**
 * The options every renderer frames a view with (the WebGL map, the SVG drawing, the first
 * paint, the sea inset's own check): the same inputs, so each shows the same place at the
 * same scale. `viewport` is the browser window.
 */
export function frameOptions(
  viewport: { width: number; height: number },
  presenting: boolean,
  insets: readonly Padding[] | undefined,
  seaInset: FrameOptions['seaInset'],
): FrameOptions {
  return {
    insets,
    seaInset,
    labelPx: labelPx(ROOM_LABEL_ZOOM, viewport.width, viewport.height, presenting),
    viewport,
  };
}

/**
 * Around a district, how much of its neighbours stays in view: a share of its own size,
 * at least NEIGHBOURS_MIN_DEG, so even Huangpu is shown among the districts around it.
 */
const NEIGHBOURS_SHARE = 0.4;
const NEIGHBOURS_MIN_DEG = 0.05;

/** A district's bounds grown to take in its neighbours. */
export function withNeighbours(b: Bounds): Bounds {
  const dx = Math.max(NEIGHBOURS_MIN_DEG, (b[1][0] - b[0][0]) * NEIGHBOURS_SHARE);
  const dy = Math.max(NEIGHBOURS_MIN_DEG, (b[1][1] - b[0][1]) * NEIGHBOURS_SHARE);
  return [
    [b[0][0] - dx, b[0][1] - dy],
    [b[1][0] + dx, b[1][1] + dy],
  ];
}

/** The larger of two fits; at the same scale, the one centred in more free room. */
function better(a: { cam: ScreenCamera; room: number }, b: { cam: ScreenCamera; room: number }) {
  if (Math.abs(a.cam.scale - b.cam.scale) > 1e-9 * a.cam.scale) return a.cam.scale > b.cam.scale ? a : b;
  return a.room >= b.room ? a : b;
}

/**
 * A deck step about one district: the district as large as honest framing allows (never
 * closer than the district among its neighbours, withNeighbours, fitted beside the card),
 * so it reads from the back of the room, and the district itself clear of the floating
 * controls and of the locator map (locatorBox) that keeps the audience oriented. The
 * neighbours around it may pass under those: they are its setting, not its subject.
 * The locator is reserved here rather than measured, so a step frames alike whether the
 * locator was on screen before it or not.
 */
export function frameDeckDistrict(
  b: Bounds,
  width: number,
  height: number,
  insets: readonly Padding[] = [NO_PADDING],
  viewport: { width: number; height: number } = { width, height },
): ScreenCamera {
  const base = framePadding(width, height, true, 'normal', viewport);
  const honest = fitCamera(withNeighbours(b), width, height, base);
  const maxZoom = Math.min(FIT_MAX_ZOOM, Math.log2(honest.scale / TILE_SIZE));
  // Where the CSS draws it (the deck and the map share their top left corner), one px larger all round, so
  // the measured box (when on screen) never widens the margins.
  const l = locatorBox(viewport.width, viewport.height);
  const locator = insetsFor([{ x0: l.x0 - 1, y0: l.y0 - 1, x1: l.x1 + 1, y1: l.y1 + 1 }], width, height, INSET_GAP);
  const options = (insets.length > 0 ? insets : [NO_PADDING]).flatMap((i) =>
    locator.map((l) => maxPadding(maxPadding(base, i), l)),
  );
  return options
    .map((pad) => ({
      cam: fitCamera(b, width, height, pad, maxZoom),
      room: Math.max(0, width - pad.left - pad.right) * Math.max(0, height - pad.top - pad.bottom),
    }))
    .reduce(better).cam;
}

/**
 * The camera for a view on a width×height map: the user's own camera if the view has
 * one; else what the selection calls for, fitted.
 *
 * Honest framing: no selection zooms in past its district. A record (whose place the
 * source gives approximately at best) and a district are both framed as the district
 * among its neighbours. The deck frames the whole city, so every district keeps its name
 * on the screen, except on a district's own step, which shows that district among its
 * neighbours (frameDeckDistrict).
 */
export function frameView(
  model: AtlasModel,
  bounds: ModelBounds,
  view: FramedView,
  width: number,
  height: number,
  opts: FrameOptions = {},
): ScreenCamera {
  if (view.camera) return cameraAt(view.camera.lng, view.camera.lat, view.camera.zoom);
  const base = framePadding(width, height, view.presenting, view.deckCard, opts.viewport);
  const fit = (b: Bounds) => fitAround(b, width, height, base, opts.insets);
  if (view.mapView === 'region') return frameRegion(bounds, view, width, height, opts).cam;
  if (view.presenting)
    return view.district
      ? frameDeckDistrict(bounds.district[view.district], width, height, opts.insets, opts.viewport)
      : fit(bounds.city);
  const recordDistrict = view.record ? model.placed.find((p) => p.id === view.record)?.district : undefined;
  const focus = recordDistrict ?? view.district;
  if (!focus) return fit(bounds.city);
  return fit(withNeighbours(bounds.district[focus]));
}

/**
 * The bounds fitted in the map's padding (`base`), clear of the floating controls by the
 * way round them (`insets`) that frames them largest, with `extra` room and a `reserve`d
 * strip. At the map's smallest zoom (a phone), where every way may stop, the one that
 * leaves most room wins, so the bounds are centred clear of the controls.
 */
function fitAround(
  b: Bounds,
  width: number,
  height: number,
  base: Padding,
  insets: readonly Padding[] | undefined,
  extra: Padding = NO_PADDING,
  reserve: Padding = NO_PADDING,
): ScreenCamera {
  const floor = TILE_SIZE * 2 ** ZOOM_LIMITS.min;
  const options = (insets?.length ? insets : [NO_PADDING]).map((inset) => {
    const pad = addPadding(maxPadding(maxPadding(base, inset), reserve), extra);
    return {
      cam: fitCamera(b, width, height, pad),
      room: Math.max(0, width - pad.left - pad.right) * Math.max(0, height - pad.top - pad.bottom),
    };
  });
  return options.reduce((best, c) =>
    c.cam.scale > best.cam.scale || (c.cam.scale <= floor && best.cam.scale <= floor && c.room > best.room) ? c : best,
  ).cam;
}

/** The regional view's frame, and whether it takes in the whole South China Sea itself (so needs no inset). */
export interface RegionFrame {
  cam: ScreenCamera;
  wholeSea: boolean;
}

/**
 * The regional view's frame (frameView's, without a user's camera). The country framed on
 * its linked places, with Taiwan, Diaoyu Dao and Chiwei Yu; where that stops short of the
 * South China Sea, one of the two national maps:
 * - the landscape one, the standard: the places above or beside the inset (opts.seaInset),
 *   which stands in for the sea;
 * - the upright one (竖版): the places with the whole sea below them, no inset. A phone
 *   above its sheet has no room for the places beside or above an inset at any zoom the
 *   map allows; this frame fits there, and nothing lies over Shanghai or a place.
 */
export function frameRegion(
  bounds: ModelBounds,
  view: FramedView,
  width: number,
  height: number,
  opts: FrameOptions = {},
): RegionFrame {
  const base = framePadding(width, height, view.presenting, view.deckCard, opts.viewport);
  // Place names sit beside their points: leave them room at every edge.
  const room = Math.round((opts.labelPx ?? 14) * 2.2);
  const extra = { top: room, bottom: room, left: room * 2, right: room * 2 };
  const fit = (b: Bounds, reserve: Padding = NO_PADDING) =>
    fitAround(b, width, height, base, opts.insets, extra, reserve);
  const region = view.region ? bounds.region[view.region] : undefined;
  const b = region ?? union(bounds.regions, EAST_ISLANDS);
  const cam = fit(b);
  const sea = opts.seaInset;
  const needs = (c: ScreenCamera, inset: Rect | null) =>
    needsInset('region', viewBounds(c, width, height), width, height, sea?.obstacles ?? [], inset);
  if (!sea || !needs(cam, sea.box)) return { cam, wholeSea: false };
  // The inset goes in the lower right corner, over the sea south of the places: above it or beside it.
  const above = fit(b, { ...NO_PADDING, bottom: height - sea.box.y0 + INSET_GAP });
  const beside = fit(b, { ...NO_PADDING, right: width - sea.box.x0 + INSET_GAP });
  const reserved = above.scale >= beside.scale ? above : beside;
  // The landscape map is the standard; but where even the map's smallest zoom has no room for the places beside
  // or above the inset (the fit stops at it, so the places would run under the inset or off the map), the upright.
  if (reserved.scale > TILE_SIZE * 2 ** ZOOM_LIMITS.min) return { cam: reserved, wholeSea: false };
  const whole = fit(union(b, SOUTH_CHINA_SEA_BOUNDS));
  return needs(whole, null) ? { cam: reserved, wholeSea: false } : { cam: whole, wholeSea: true };
}

/**
 * Taiwan with Penghu, Jinmen and Mazu, Diaoyu Dao and Chiwei Yu: the map of China the
 * regional view draws keeps them whole in its frame, clear of the controls and of the
 * South China Sea Islands inset, as a national map must.
 */
export const EAST_ISLANDS: Bounds = [
  [118.2, 21.8],
  [124.7, 26.4],
];

/** The whole dashed line (map/inset/visible.ts), as bounds to frame. */
const SOUTH_CHINA_SEA_BOUNDS: Bounds = [
  [SOUTH_CHINA_SEA[0], SOUTH_CHINA_SEA[1]],
  [SOUTH_CHINA_SEA[2], SOUTH_CHINA_SEA[3]],
];

function union(a: Bounds, b: Bounds): Bounds {
  return [
    [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
    [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
  ];
}
