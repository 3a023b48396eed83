/**
 * The boxes the camera frames: the whole city, each district, and the regional links
 * (all of them, and each). Computed once, when the model is joined (turf's bbox), and
 * shipped with the prepared model, so the browser needs no geometry library to frame.
 */
import bbox from '@turf/bbox';
import type { Bounds, ModelBounds, RegionLink } from './model';
import type { AreaGeometry, DistrictSlug } from './schema';

function boundsOf(geo: Parameters<typeof bbox>[0]): Bounds {
  const [w, s, e, n] = bbox(geo);
  return [
    [w, s],
    [e, n],
  ];
}

/** The framing boxes of districts and links; `origin` stands in for the links when there are none. */
export function computeBounds(
  districts: readonly { slug: DistrictSlug; geometry: AreaGeometry }[],
  links: readonly RegionLink[],
  origin: [number, number],
): ModelBounds {
  const pathBounds = (paths: [number, number][][]): Bounds =>
    boundsOf({ type: 'MultiLineString', coordinates: paths.length > 0 ? paths : [[origin]] });
  return {
    regions: pathBounds(links.map((l) => l.path)),
    region: Object.fromEntries(links.map((l) => [l.region.id, pathBounds([l.path])])),
    city: boundsOf({
      type: 'FeatureCollection',
      features: districts.map((d) => ({ type: 'Feature', properties: {}, geometry: d.geometry })),
    }),
    district: Object.fromEntries(districts.map((d) => [d.slug, boundsOf(d.geometry)])) as Record<DistrictSlug, Bounds>,
  };
}
