/**
 * The map style, built by functions from the model, the theme and the screen scale. No
 * glyph, sprite or tile URL: symbols are drawn by the adapter and every name is placed
 * by the overlay (map/overlay/), so the map needs no network and no fonts at all.
 *
 * What the map itself draws: the sea, the land around Shanghai as one cleaned mosaic
 * (fills opaque, so nothing shows through, and borders drawn once as lines), the
 * districts coloured by the choropleth, the records on the ground once zoomed in, and
 * the regional links.
 */
import { DASHED_LINE_ADCODE } from './inset/model';
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  Map as MlMap,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { assertNever } from '../domain/exhaustive';
import type { AtlasModel } from '../domain/model';
import type { BorderLevel } from '../domain/schema';
import { GROUND_MIN_ZOOM } from './overlay/thresholds';
import { linkOpacityExpr } from './drawing';
import { THEMES } from './palette';
import type { ThemeName } from '../vocabulary';
import { districtsGeoJSON, linksGeoJSON } from './sources';
import { interpolateColour, sizeExpr, SYMBOLOGY, type SizeName } from './symbology';

export const SOURCE = {
  china: 'china',
  chinaBorders: 'china-borders',
  context: 'context',
  borders: 'borders',
  districts: 'districts',
  points: 'points',
  links: 'links',
  linkEnds: 'link-ends',
} as const;

export const LAYER = {
  background: 'sea',
  chinaFill: 'china-fill',
  chinaIslands: 'china-islands',
  contextFill: 'context-fill',
  cityBorder: 'border-city',
  countryBorder: 'border-country',
  provinceBorder: 'border-province',
  districtFill: 'district-fill',
  districtLine: 'district-line',
  shanghaiBorder: 'border-shanghai',
  districtHover: 'district-hover',
  districtSelected: 'district-selected',
  clusterCircle: 'cluster-circle',
  clusterCount: 'cluster-count',
  points: 'points',
  links: 'links',
  linkEnds: 'link-ends',
} as const;

/** Every layer of the style. */
export type StyleLayerId = (typeof LAYER)[keyof typeof LAYER];
export const STYLE_LAYER_IDS: readonly StyleLayerId[] = Object.values(LAYER);

/**
 * The views a layer is drawn in: every view, the city view only (the records on the
 * ground), or the regional view only (the links). A new layer fails the type check here
 * until it says where it belongs; the adapter shows and hides layers from this.
 */
export function layerShownIn(id: StyleLayerId): 'every' | 'city' | 'region' {
  switch (id) {
    case LAYER.background:
    case LAYER.chinaFill:
    case LAYER.chinaIslands:
    case LAYER.contextFill:
    case LAYER.cityBorder:
    case LAYER.countryBorder:
    case LAYER.provinceBorder:
    case LAYER.districtFill:
    case LAYER.districtLine:
    case LAYER.shanghaiBorder:
    case LAYER.districtHover:
    case LAYER.districtSelected:
      return 'every';
    case LAYER.clusterCircle:
    case LAYER.clusterCount:
    case LAYER.points:
      return 'city';
    case LAYER.links:
    case LAYER.linkEnds:
      return 'region';
    default:
      return assertNever(id, 'map layer');
  }
}

/**
 * What a pointer on a layer's feature acts on, or null for a layer it passes through.
 * A new layer fails the type check here until it says; the adapter's hover and click
 * switch over the answer.
 */
export function pointerTarget(id: StyleLayerId): 'district' | 'record' | 'cluster' | 'region' | null {
  switch (id) {
    case LAYER.districtFill:
      return 'district';
    case LAYER.points:
      return 'record';
    case LAYER.clusterCircle:
      return 'cluster';
    case LAYER.links:
    case LAYER.linkEnds:
      return 'region';
    case LAYER.background:
    case LAYER.chinaFill:
    case LAYER.chinaIslands:
    case LAYER.contextFill:
    case LAYER.cityBorder:
    case LAYER.countryBorder:
    case LAYER.provinceBorder:
    case LAYER.districtLine:
    case LAYER.shanghaiBorder:
    case LAYER.districtHover:
    case LAYER.districtSelected:
    case LAYER.clusterCount:
      return null;
    default:
      return assertNever(id, 'map layer');
  }
}

/** Drawn only in the regional view. */
export const REGION_LAYERS = STYLE_LAYER_IDS.filter((id) => layerShownIn(id) === 'region');
/** Drawn only in the city view: the records on the ground. */
export const CITY_LAYERS = STYLE_LAYER_IDS.filter((id) => layerShownIn(id) === 'city');
/** Layers a pointer can act on (MapLibre answers a query with the topmost feature first, whatever this order). */
export const INTERACTIVE_LAYERS = STYLE_LAYER_IDS.filter((id) => pointerTarget(id) !== null);

const FONT = ['sans-serif'];

const zoom: ExpressionSpecification = ['zoom'];

/** A selected place's link stands out; the others step back (the drawing model's rule, map/drawing/links.ts). */
export const linkOpacity = linkOpacityExpr;

/**
 * Records on the ground the map draws itself: all but those of `overlayDistrict`, which the
 * overlay draws (the drawing model's overlayGroundDistrict says which).
 */
export function pointsFilter(overlayDistrict: string | null): FilterSpecification {
  return ['all', ['!', ['has', 'point_count']], ['!=', ['get', 'district'], overlayDistrict ?? '']];
}

type PaintName = Parameters<MlMap['setPaintProperty']>[1];
type LayoutName = Parameters<MlMap['setLayoutProperty']>[1];

/** Paint values that follow the theme: [layer, property, value]. */
export function themePaint(theme: ThemeName): [string, PaintName, string | ExpressionSpecification][] {
  const t = THEMES[theme];
  // City borders fade in with the zoom, from the land's own colour: they always cover the seam between cities.
  const cityBorder = interpolateColour(zoom, SYMBOLOGY.cityBorder.fadeIn, t.land, t.cityBorder);
  return [
    [LAYER.background, 'background-color', t.sea],
    // The dashed line in the South China Sea is drawn dark, as national maps draw it (and as the inset does).
    [LAYER.chinaFill, 'fill-color', ['case', ['==', ['get', 'adcode'], DASHED_LINE_ADCODE], t.inset.dash, t.land]],
    // An island too small for its outline is a dot in the borders' colour, ringed in the land's: on a
    // projector's dark sea a dot of land colour alone would be lost (Diaoyu Dao at 1280×720).
    [LAYER.chinaIslands, 'circle-color', t.provinceBorder],
    [LAYER.chinaIslands, 'circle-stroke-color', t.land],
    [LAYER.contextFill, 'fill-color', t.land],
    [LAYER.cityBorder, 'line-color', cityBorder],
    [LAYER.provinceBorder, 'line-color', t.provinceBorder],
    [LAYER.countryBorder, 'line-color', t.provinceBorder],
    [LAYER.shanghaiBorder, 'line-color', t.shanghaiBorder],
    [LAYER.districtLine, 'line-color', t.districtLine],
    [LAYER.districtHover, 'line-color', t.hoverLine],
    [LAYER.districtSelected, 'line-color', t.selectedLine],
    [LAYER.clusterCircle, 'circle-color', t.clusterFill],
    [LAYER.clusterCircle, 'circle-stroke-color', t.clusterStroke],
    [LAYER.clusterCount, 'text-color', t.clusterText],
    [LAYER.links, 'line-color', t.link],
    [LAYER.linkEnds, 'circle-color', t.link],
    [LAYER.linkEnds, 'circle-stroke-color', t.labelHalo],
  ];
}

/** Every length that grows with the screen, at scale k: paint [layer, property, size]. */
export const SCALED_PAINT: readonly [string, PaintName, SizeName][] = [
  [LAYER.cityBorder, 'line-width', 'cityBorder'],
  [LAYER.provinceBorder, 'line-width', 'provinceBorder'],
  [LAYER.countryBorder, 'line-width', 'provinceBorder'],
  [LAYER.shanghaiBorder, 'line-width', 'shanghaiBorder'],
  [LAYER.districtLine, 'line-width', 'districtLine'],
  [LAYER.districtHover, 'line-width', 'districtHover'],
  [LAYER.districtSelected, 'line-width', 'districtSelected'],
  [LAYER.clusterCircle, 'circle-radius', 'clusterRadius'],
  [LAYER.clusterCircle, 'circle-stroke-width', 'clusterStroke'],
  [LAYER.links, 'line-width', 'linkWidth'],
  [LAYER.linkEnds, 'circle-radius', 'linkEndRadius'],
  [LAYER.linkEnds, 'circle-stroke-width', 'linkEndStroke'],
  [LAYER.chinaIslands, 'circle-radius', 'islandRadius'],
  [LAYER.chinaIslands, 'circle-stroke-width', 'islandStroke'],
];

/** Layout values that grow with the screen: [layer, property, size]. */
export const SCALED_LAYOUT: readonly [string, LayoutName, SizeName][] = [
  [LAYER.clusterCount, 'text-size', 'clusterText'],
  [LAYER.points, 'icon-size', 'iconSize'],
];

/** The scaled paint values at screen scale k. */
export function scaledPaint(k: number): [string, PaintName, DataDrivenPropertyValueSpecification<number>][] {
  return SCALED_PAINT.map(([layer, prop, size]) => [layer, prop, sizeExpr(size, k)]);
}

/** The scaled layout values at screen scale k. */
export function scaledLayout(k: number): [string, LayoutName, DataDrivenPropertyValueSpecification<number>][] {
  return SCALED_LAYOUT.map(([layer, prop, size]) => [layer, prop, sizeExpr(size, k)]);
}

function border(id: string, level: BorderLevel, source: string = SOURCE.borders): LayerSpecification {
  return {
    id,
    type: 'line',
    source,
    filter: ['==', ['get', 'level'], level],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
  } as LayerSpecification;
}

function layers(): LayerSpecification[] {
  const hovered = ['boolean', ['feature-state', 'hover'], false];
  const selected = ['boolean', ['feature-state', 'selected'], false];
  const onGround = { minzoom: GROUND_MIN_ZOOM };
  return [
    { id: LAYER.background, type: 'background' },
    // Land is opaque and one colour, so no shape beneath can show through; every edge two shapes share is
    // drawn over with a border line, so no hairline of sea shows between them either.
    { id: LAYER.chinaFill, type: 'fill', source: SOURCE.china },
    // Islands national maps show whose outline is under a pixel from the regional view: a dot each.
    { id: LAYER.chinaIslands, type: 'circle', source: SOURCE.china, filter: ['==', ['geometry-type'], 'Point'] },
    { id: LAYER.contextFill, type: 'fill', source: SOURCE.context },
    border(LAYER.cityBorder, 'city'),
    border(LAYER.countryBorder, 'country', SOURCE.chinaBorders),
    border(LAYER.provinceBorder, 'province'),
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      // The adapter sets each district's colour, dimmed or not, as feature state (map/drawing/districts.ts).
      // Never translucent (DISTRICT_FILL_OPACITY is 1, MapLibre's default): no fill-opacity is set.
      paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], THEMES.light.zero] },
    },
    { id: LAYER.districtLine, type: 'line', source: SOURCE.districts, layout: { 'line-join': 'round' } },
    border(LAYER.shanghaiBorder, 'shanghai'),
    {
      id: LAYER.districtHover,
      type: 'line',
      source: SOURCE.districts,
      layout: { 'line-join': 'round' },
      paint: { 'line-opacity': ['case', hovered, 1, 0] },
    },
    {
      id: LAYER.districtSelected,
      type: 'line',
      source: SOURCE.districts,
      layout: { 'line-join': 'round' },
      paint: { 'line-opacity': ['case', selected, 1, 0] },
    },
    {
      id: LAYER.points,
      type: 'symbol',
      source: SOURCE.points,
      ...onGround,
      filter: pointsFilter(null),
      layout: { 'icon-image': ['get', 'icon'], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
    {
      id: LAYER.clusterCircle,
      type: 'circle',
      source: SOURCE.points,
      ...onGround,
      filter: ['has', 'point_count'],
    },
    {
      id: LAYER.clusterCount,
      type: 'symbol',
      source: SOURCE.points,
      ...onGround,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': FONT,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
    },
    {
      id: LAYER.links,
      type: 'line',
      source: SOURCE.links,
      layout: { visibility: 'none', 'line-cap': 'round' },
      paint: { 'line-opacity': linkOpacity(null) },
    },
    { id: LAYER.linkEnds, type: 'circle', source: SOURCE.linkEnds, layout: { visibility: 'none' } },
  ] as LayerSpecification[];
}

function empty(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

/**
 * The whole style at screen scale k. Points start empty: the adapter fills them from the
 * filter; so does China's outline, which the adapter loads when a view first needs it.
 */
export function buildStyle(model: AtlasModel, theme: ThemeName = 'light', k = 1): StyleSpecification {
  const links = linksGeoJSON(model);
  const style: StyleSpecification = {
    version: 8,
    sources: {
      [SOURCE.china]: { type: 'geojson', data: empty() },
      [SOURCE.chinaBorders]: { type: 'geojson', data: empty() },
      [SOURCE.context]: { type: 'geojson', data: model.contextGeo },
      [SOURCE.borders]: { type: 'geojson', data: model.bordersGeo },
      [SOURCE.districts]: { type: 'geojson', data: districtsGeoJSON(model) },
      [SOURCE.points]: { type: 'geojson', data: empty(), cluster: true, clusterRadius: 22, clusterMaxZoom: 15 },
      [SOURCE.links]: { type: 'geojson', data: links.lines },
      [SOURCE.linkEnds]: { type: 'geojson', data: links.ends },
    },
    layers: layers(),
  };
  const find = (id: string) => {
    const layer = style.layers.find((l) => l.id === id);
    if (!layer) throw new Error(`the style has no layer ${id}`);
    return layer as { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
  };
  for (const [id, prop, value] of [...themePaint(theme), ...scaledPaint(k)]) {
    const layer = find(id);
    layer.paint = { ...layer.paint, [prop]: value };
  }
  for (const [id, prop, value] of scaledLayout(k)) {
    const layer = find(id);
    layer.layout = { ...layer.layout, [prop]: value };
  }
  return style;
}
