/**
 * GeoJSON the map's sources hold, built from the model and the filter. Pure, so the
 * adapter only has to hand the results to MapLibre.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { recordMatches } from '../domain/join';
import type { AtlasModel, RecordFilter } from '../domain/model';
import type { LayerId, Precision } from '../domain/schema';
import { iconName } from './palette';

export interface PointProps {
  id: string;
  district: string;
  layer: LayerId;
  precision: Precision;
  icon: string;
  name_zh: string;
  name_en: string;
}

/** District polygons; the feature id is the administrative code, which feature-state keys on. */
export function districtsGeoJSON(model: AtlasModel): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: model.districts.map((d) => ({
      type: 'Feature',
      id: d.adcode,
      properties: { slug: d.slug, name_zh: d.name.zh, name_en: d.name.en },
      geometry: d.geometry,
    })),
  };
}

/**
 * The records the map draws on the ground: those the source places, exactly or
 * approximately, that pass the filter. District-only records have no place on the
 * ground; the overlay draws them around their district's badge.
 */
export function pointsGeoJSON(model: AtlasModel, filter: RecordFilter): FeatureCollection<Point, PointProps> {
  const features: Feature<Point, PointProps>[] = [];
  for (const p of model.placed) {
    if (p.precision === 'district') continue;
    const r = model.recordById[p.id];
    if (!r || !recordMatches(r, filter)) continue;
    features.push({
      type: 'Feature',
      properties: {
        id: p.id,
        district: p.district,
        layer: p.layer,
        precision: p.precision,
        icon: iconName(p.layer, p.precision),
        name_zh: r.name.zh,
        name_en: r.name.en,
      },
      geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The regional links as lines, and their far ends as labelled points. */
export function linksGeoJSON(model: AtlasModel): { lines: FeatureCollection; ends: FeatureCollection<Point> } {
  const links = model.regionLinks;
  return {
    lines: {
      type: 'FeatureCollection',
      features: links.map((l) => ({
        type: 'Feature',
        properties: { region: l.region.id, count: l.recordIds.length },
        geometry: { type: 'LineString', coordinates: l.path },
      })),
    },
    ends: {
      type: 'FeatureCollection',
      features: links.map((l) => ({
        type: 'Feature',
        properties: {
          region: l.region.id,
          count: l.recordIds.length,
          name_zh: l.region.name.zh,
          name_en: l.region.name.en,
        },
        geometry: { type: 'Point', coordinates: [l.region.lng, l.region.lat] },
      })),
    },
  };
}
