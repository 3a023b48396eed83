/**
 * The map style, built by a function from the model and the language. No glyph, sprite
 * or tile URL: labels use the system's fonts, symbols are drawn by the adapter, so the
 * map needs no network at all.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { AtlasModel } from '../domain/join';
import type { Lang } from '../i18n/strings';
import { BASE } from './palette';
import { districtsGeoJSON, labelsGeoJSON } from './sources';

export const SOURCE = { context: 'context', districts: 'districts', labels: 'labels', points: 'points' } as const;

export const LAYER = {
  background: 'sea',
  contextFill: 'context-fill',
  contextLine: 'context-line',
  districtFill: 'district-fill',
  districtLine: 'district-line',
  districtHover: 'district-hover',
  districtSelected: 'district-selected',
  clusterCircle: 'cluster-circle',
  clusterCount: 'cluster-count',
  pointSelected: 'point-selected',
  points: 'points',
  labels: 'district-labels',
} as const;

/** Layers a pointer can act on, top first. */
export const INTERACTIVE_LAYERS = [LAYER.clusterCircle, LAYER.points, LAYER.districtFill] as const;

/** Below this zoom, overlapping records are gathered into numbered clusters. */
export const CLUSTER_MAX_ZOOM = 11;

const FONT = ['sans-serif'];

/** District names in the UI language. */
export function labelText(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

/** The selected-point ring follows one record id; an id no point has draws nothing. */
export function selectedPointFilter(recordId: string | null): FilterSpecification {
  return ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], recordId ?? '']];
}

function layers(lang: Lang): LayerSpecification[] {
  const hovered = ['boolean', ['feature-state', 'hover'], false];
  const selected = ['boolean', ['feature-state', 'selected'], false];
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': BASE.sea } },
    { id: LAYER.contextFill, type: 'fill', source: SOURCE.context, paint: { 'fill-color': BASE.land } },
    {
      id: LAYER.contextLine,
      type: 'line',
      source: SOURCE.context,
      paint: { 'line-color': BASE.landLine, 'line-width': 0.8 },
    },
    {
      id: LAYER.districtFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        'fill-color': ['coalesce', ['feature-state', 'fill'], BASE.zero],
        'fill-opacity': ['case', ['boolean', ['feature-state', 'dim'], false], 0.45, 0.95],
      },
    },
    {
      id: LAYER.districtLine,
      type: 'line',
      source: SOURCE.districts,
      paint: { 'line-color': BASE.districtLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 12, 2.5] },
    },
    {
      id: LAYER.districtHover,
      type: 'line',
      source: SOURCE.districts,
      paint: { 'line-color': BASE.hoverLine, 'line-width': 2, 'line-opacity': ['case', hovered, 1, 0] },
    },
    {
      id: LAYER.districtSelected,
      type: 'line',
      source: SOURCE.districts,
      paint: { 'line-color': BASE.selectedLine, 'line-width': 3.5, 'line-opacity': ['case', selected, 1, 0] },
    },
    {
      id: LAYER.pointSelected,
      type: 'circle',
      source: SOURCE.points,
      filter: selectedPointFilter(null),
      paint: {
        'circle-radius': 17,
        'circle-color': 'rgba(255,255,255,0.85)',
        'circle-stroke-color': BASE.selectedLine,
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYER.points,
      type: 'symbol',
      source: SOURCE.points,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 9, 0.8, 13, 1.1],
      },
    },
    {
      id: LAYER.clusterCircle,
      type: 'circle',
      source: SOURCE.points,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': BASE.clusterFill,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 12, 10, 17, 40, 24],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER.clusterCount,
      type: 'symbol',
      source: SOURCE.points,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': FONT,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': BASE.clusterText },
    },
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
        // Above the point or cluster that sits on the label point, never under it.
        'text-anchor': 'bottom',
        'text-offset': [0, -0.9],
      },
      paint: { 'text-color': BASE.labelText, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.6 },
    },
  ] as LayerSpecification[];
}

/** The whole style. Points start empty: the adapter fills them from the filter. */
export function buildStyle(model: AtlasModel, lang: Lang): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.context]: { type: 'geojson', data: model.contextGeo },
      [SOURCE.districts]: { type: 'geojson', data: districtsGeoJSON(model) },
      [SOURCE.labels]: { type: 'geojson', data: labelsGeoJSON(model) },
      [SOURCE.points]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        cluster: true,
        clusterRadius: 22,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
      },
    },
    layers: layers(lang),
  };
}
