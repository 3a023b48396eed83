/**
 * The map style, built by functions from the model, the language and the theme. No
 * glyph, sprite or tile URL: labels use the system's fonts, symbols are drawn by the
 * adapter, so the map needs no network at all.
 *
 * How records stay readable at every zoom: at the city view each district shows one
 * bubble with its count (no bubble ever mixes two districts); the selected district's
 * own records are drawn at any zoom, clustered among themselves; from CITY_MAX_ZOOM
 * on, every record is drawn, clustered where they still overlap.
 */
import type {
  Map as MlMap,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AtlasModel } from '../domain/join';
import type { Lang } from '../i18n/strings';
import { THEMES, type ThemeName } from './palette';
import { districtsGeoJSON, labelsGeoJSON, linksGeoJSON } from './sources';

export const SOURCE = {
  context: 'context',
  districts: 'districts',
  labels: 'labels',
  bubbles: 'bubbles',
  points: 'points',
  selectedPoints: 'selected-points',
  ring: 'ring',
  china: 'china',
  links: 'links',
  linkEnds: 'link-ends',
} as const;

export const LAYER = {
  background: 'sea',
  chinaFill: 'china-fill',
  chinaLine: 'china-line',
  contextFill: 'context-fill',
  contextLine: 'context-line',
  districtFill: 'district-fill',
  districtLine: 'district-line',
  districtHover: 'district-hover',
  districtSelected: 'district-selected',
  bubbleCircle: 'bubble-circle',
  bubbleCount: 'bubble-count',
  clusterCircle: 'cluster-circle',
  clusterCount: 'cluster-count',
  points: 'points',
  selClusterCircle: 'sel-cluster-circle',
  selClusterCount: 'sel-cluster-count',
  selPoints: 'sel-points',
  ring: 'record-ring',
  labels: 'district-labels',
  links: 'links',
  linkEnds: 'link-ends',
  linkLabels: 'link-labels',
} as const;

/** Drawn only in the regional view. */
export const REGION_LAYERS: readonly string[] = [LAYER.links, LAYER.linkEnds, LAYER.linkLabels];
/** Drawn only in the city view: records, counts and district names. */
export const CITY_LAYERS: readonly string[] = [
  LAYER.bubbleCircle,
  LAYER.bubbleCount,
  LAYER.clusterCircle,
  LAYER.clusterCount,
  LAYER.points,
  LAYER.selClusterCircle,
  LAYER.selClusterCount,
  LAYER.selPoints,
  LAYER.ring,
  LAYER.labels,
];

/** Layers a pointer can act on, top first. */
export const INTERACTIVE_LAYERS = [
  LAYER.linkEnds,
  LAYER.links,
  LAYER.selClusterCircle,
  LAYER.selPoints,
  LAYER.clusterCircle,
  LAYER.points,
  LAYER.bubbleCircle,
  LAYER.districtFill,
] as const;
export const CLUSTER_LAYERS: readonly string[] = [LAYER.clusterCircle, LAYER.selClusterCircle];
export const POINT_LAYERS: readonly string[] = [LAYER.points, LAYER.selPoints];

/** Below this zoom the city view shows one count bubble per district. */
export const CITY_MAX_ZOOM = 11;

const FONT = ['sans-serif'];

/** District names in the UI language. */
export function labelText(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

/** A linked place's name and its number of records, e.g. "喀什 · 2". */
export function linkLabelText(lang: Lang): ExpressionSpecification {
  return ['concat', labelText(lang), ' · ', ['to-string', ['get', 'count']]];
}

/** A selected place's link stands out; the others step back. */
export function linkOpacity(selected: string | null): ExpressionSpecification {
  return ['case', ['==', ['get', 'region'], selected ?? ''], 1, selected ? 0.3 : 0.85];
}

/** Bubbles for every district with records, except the selected one (its records are drawn instead). */
export function bubbleFilter(selected: string | null): FilterSpecification {
  return ['all', ['>', ['get', 'count'], 0], ['!=', ['get', 'slug'], selected ?? '']];
}

type PaintName = Parameters<MlMap['setPaintProperty']>[1];

/** Paint values that follow the theme: [layer, property, value]. */
export function themePaint(theme: ThemeName): [string, PaintName, string][] {
  const t = THEMES[theme];
  return [
    [LAYER.background, 'background-color', t.sea],
    [LAYER.chinaFill, 'fill-color', t.province],
    [LAYER.chinaLine, 'line-color', t.provinceLine],
    [LAYER.links, 'line-color', t.link],
    [LAYER.linkEnds, 'circle-color', t.link],
    [LAYER.linkEnds, 'circle-stroke-color', t.labelHalo],
    [LAYER.linkLabels, 'text-color', t.labelText],
    [LAYER.linkLabels, 'text-halo-color', t.labelHalo],
    [LAYER.contextFill, 'fill-color', t.land],
    [LAYER.contextLine, 'line-color', t.landLine],
    [LAYER.districtLine, 'line-color', t.districtLine],
    [LAYER.districtHover, 'line-color', t.hoverLine],
    [LAYER.districtSelected, 'line-color', t.selectedLine],
    [LAYER.bubbleCircle, 'circle-color', t.clusterFill],
    [LAYER.bubbleCircle, 'circle-stroke-color', t.clusterStroke],
    [LAYER.bubbleCount, 'text-color', t.clusterText],
    [LAYER.clusterCircle, 'circle-color', t.clusterFill],
    [LAYER.clusterCircle, 'circle-stroke-color', t.clusterStroke],
    [LAYER.clusterCount, 'text-color', t.clusterText],
    [LAYER.selClusterCircle, 'circle-color', t.clusterFill],
    [LAYER.selClusterCircle, 'circle-stroke-color', t.clusterStroke],
    [LAYER.selClusterCount, 'text-color', t.clusterText],
    [LAYER.ring, 'circle-stroke-color', t.selectedLine],
    [LAYER.labels, 'text-color', t.labelText],
    [LAYER.labels, 'text-halo-color', t.labelHalo],
  ];
}

function countBubble(
  ids: { circle: string; count: string },
  source: string,
  countField: string,
  zoom: { minzoom?: number; maxzoom?: number },
  filter: FilterSpecification,
): LayerSpecification[] {
  const radius: DataDrivenPropertyValueSpecification<number> = [
    'interpolate',
    ['linear'],
    ['get', countField],
    1,
    11,
    10,
    16,
    40,
    24,
  ];
  return [
    {
      id: ids.circle,
      type: 'circle',
      source,
      ...zoom,
      filter,
      paint: { 'circle-radius': radius, 'circle-stroke-width': 2 },
    },
    {
      id: ids.count,
      type: 'symbol',
      source,
      ...zoom,
      filter,
      layout: {
        'text-field': ['to-string', ['get', countField]],
        'text-font': FONT,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
    },
  ] as LayerSpecification[];
}

function recordSymbols(id: string, source: string, zoom: { minzoom?: number; maxzoom?: number }): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...zoom,
    filter: ['!', ['has', 'point_count']],
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 9, 0.85, 13, 1.1],
    },
  };
}

function layers(lang: Lang): LayerSpecification[] {
  const hovered = ['boolean', ['feature-state', 'hover'], false];
  const selected = ['boolean', ['feature-state', 'selected'], false];
  const all = { minzoom: CITY_MAX_ZOOM };
  const city = { maxzoom: CITY_MAX_ZOOM };
  return [
    { id: LAYER.background, type: 'background' },
    { id: LAYER.chinaFill, type: 'fill', source: SOURCE.china },
    { id: LAYER.chinaLine, type: 'line', source: SOURCE.china, paint: { 'line-width': 0.7 } },
    { id: LAYER.contextFill, type: 'fill', source: SOURCE.context },
    { id: LAYER.contextLine, type: 'line', source: SOURCE.context, paint: { 'line-width': 0.8 } },
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        'fill-color': ['coalesce', ['feature-state', 'fill'], THEMES.light.zero],
        'fill-opacity': ['case', ['boolean', ['feature-state', 'dim'], false], 0.45, 0.95],
      },
    },
    {
      id: LAYER.districtLine,
      type: 'line',
      source: SOURCE.districts,
      paint: { 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 12, 2.5] },
    },
    {
      id: LAYER.districtHover,
      type: 'line',
      source: SOURCE.districts,
      paint: { 'line-width': 2, 'line-opacity': ['case', hovered, 1, 0] },
    },
    {
      id: LAYER.districtSelected,
      type: 'line',
      source: SOURCE.districts,
      paint: { 'line-width': 3.5, 'line-opacity': ['case', selected, 1, 0] },
    },
    {
      id: LAYER.ring,
      type: 'circle',
      source: SOURCE.ring,
      paint: { 'circle-radius': 17, 'circle-color': 'rgba(255,255,255,0.85)', 'circle-stroke-width': 3 },
    },
    ...countBubble(
      { circle: LAYER.bubbleCircle, count: LAYER.bubbleCount },
      SOURCE.bubbles,
      'count',
      city,
      bubbleFilter(null),
    ),
    recordSymbols(LAYER.points, SOURCE.points, all),
    ...countBubble({ circle: LAYER.clusterCircle, count: LAYER.clusterCount }, SOURCE.points, 'point_count', all, [
      'has',
      'point_count',
    ]),
    recordSymbols(LAYER.selPoints, SOURCE.selectedPoints, city),
    ...countBubble(
      { circle: LAYER.selClusterCircle, count: LAYER.selClusterCount },
      SOURCE.selectedPoints,
      'point_count',
      city,
      ['has', 'point_count'],
    ),
    {
      id: LAYER.labels,
      type: 'symbol',
      source: SOURCE.labels,
      layout: {
        'text-field': labelText(lang),
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 10, 16, 13, 20],
        'text-allow-overlap': false,
        'text-padding': 1,
        // Beside the count bubble on the label point, never under it; crowded names try other sides.
        'text-variable-anchor': ['bottom', 'top', 'left', 'right'],
        'text-radial-offset': 1.1,
      },
      paint: { 'text-halo-width': 1.6 },
    },
    {
      id: LAYER.links,
      type: 'line',
      source: SOURCE.links,
      layout: { visibility: 'none', 'line-cap': 'round' },
      paint: {
        'line-width': ['interpolate', ['linear'], ['get', 'count'], 1, 2, 8, 6],
        'line-opacity': linkOpacity(null),
      },
    },
    {
      id: LAYER.linkEnds,
      type: 'circle',
      source: SOURCE.linkEnds,
      layout: { visibility: 'none' },
      paint: { 'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 6, 8, 11], 'circle-stroke-width': 2 },
    },
    {
      id: LAYER.linkLabels,
      type: 'symbol',
      source: SOURCE.linkEnds,
      layout: {
        visibility: 'none',
        'text-field': linkLabelText(lang),
        'text-font': FONT,
        'text-size': 15,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1,
      },
      paint: { 'text-halo-width': 1.8 },
    },
  ] as LayerSpecification[];
}

function empty(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

/** The whole style. Counts and points start empty: the adapter fills them from the filter. */
export function buildStyle(model: AtlasModel, lang: Lang, theme: ThemeName = 'light'): StyleSpecification {
  const links = linksGeoJSON(model);
  const clustered = () =>
    ({ type: 'geojson', data: empty(), cluster: true, clusterRadius: 22, clusterMaxZoom: 15 }) as const;
  const style: StyleSpecification = {
    version: 8,
    sources: {
      [SOURCE.context]: { type: 'geojson', data: model.contextGeo },
      [SOURCE.districts]: { type: 'geojson', data: districtsGeoJSON(model) },
      [SOURCE.labels]: { type: 'geojson', data: labelsGeoJSON(model) },
      [SOURCE.bubbles]: { type: 'geojson', data: empty() },
      [SOURCE.points]: clustered(),
      [SOURCE.selectedPoints]: clustered(),
      [SOURCE.ring]: { type: 'geojson', data: empty() },
      [SOURCE.china]: { type: 'geojson', data: model.chinaGeo },
      [SOURCE.links]: { type: 'geojson', data: links.lines },
      [SOURCE.linkEnds]: { type: 'geojson', data: links.ends },
    },
    layers: layers(lang),
  };
  for (const [id, prop, value] of themePaint(theme)) {
    const layer = style.layers.find((l) => l.id === id);
    if (!layer) throw new Error(`themePaint names unknown layer ${id}`);
    (layer as { paint?: Record<string, unknown> }).paint = { ...layer.paint, [prop]: value };
  }
  return style;
}
