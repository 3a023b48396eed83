/**
 * Checks of the district boundaries (geo/districts.geojson): each of the 16 districts
 * exactly once, with a unique feature id and a label point inside it. The map joins
 * records to districts by slug and promotes feature ids for its hover and selection
 * state, so a duplicate or a gap would draw the wrong district, not fail loudly.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { DATA_FILES } from '../atlas-data.ts';
import { DISTRICT_SLUGS, type DistrictFeature } from '../schema.ts';
import { duplicates, eachItem, type DataCheck, type ItemCheck } from './check.ts';

const file = DATA_FILES.districts;

/** A district drawn twice: only the last would be found by its slug. */
export const uniqueDistrictSlug: ItemCheck<DistrictFeature> = (f, at, i, { data }) =>
  data.districts.features.findIndex((g) => g.properties.slug === f.properties.slug) < i
    ? [{ file, path: `${at}.properties.slug`, reason: `duplicate district "${f.properties.slug}"` }]
    : [];

/** The district's name is placed at its label point, so the point must lie in the district. */
export const labelInsideDistrict: ItemCheck<DistrictFeature> = (f, at) =>
  booleanPointInPolygon([f.properties.label_lng, f.properties.label_lat], f.geometry)
    ? []
    : [{ file, path: `${at}.properties.label_lng`, reason: 'label point lies outside the district' }];

/** The checks of one district feature, in the order they run. */
export const DISTRICT_FEATURE_CHECKS: readonly ItemCheck<DistrictFeature>[] = [uniqueDistrictSlug, labelInsideDistrict];

/** Runs the feature checks on every district feature, feature by feature. */
export const eachDistrictFeature: DataCheck = (ctx) =>
  eachItem(ctx.data.districts.features, DISTRICT_FEATURE_CHECKS, ctx, 'features');

/** Feature ids key the map's feature state (hover, selection): two features must not share one. */
export const uniqueDistrictFeatureIds: DataCheck = ({ data }) =>
  [...duplicates(data.districts.features.map((f) => String(f.id)))].map(([id, at]) => ({
    file,
    path: `features[${at[1]}].id`,
    reason: `duplicate feature id ${id}`,
  }));

/** Every one of the 16 districts has a boundary; the app has no other way to draw one. */
export const everyDistrictDrawn: DataCheck = ({ districtsBySlug }) =>
  DISTRICT_SLUGS.filter((slug) => !districtsBySlug.has(slug)).map((slug) => ({
    file,
    path: 'features',
    reason: `district "${slug}" is missing`,
  }));
