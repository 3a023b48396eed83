/**
 * Where the map's camera may go: its zoom limits and, for each view, the box its centre
 * stays in. One definition for the map (the adapter's minZoom and maxZoom) and for the
 * links (which camera a URL may set), so a camera the map can show is a camera a link
 * keeps, and a link cannot ask for one the map would refuse.
 */

/** The two views of the map: Shanghai's districts, and its links across China. */
export type CameraView = 'city' | 'region';

/** [[west, south], [east, north]] in degrees. */
export type CameraBounds = readonly [readonly [number, number], readonly [number, number]];

/** The map's zoom limits (MapLibre zoom levels): from all of China down to a few streets. */
export const ZOOM_LIMITS = { min: 2, max: 15 } as const;

/**
 * The box each view's camera centre stays in. City: Shanghai and Jiangsu and Zhejiang,
 * drawn whole around it (geo/districts.geojson, geo/context.geojson). Region: China as
 * geo/china.geojson draws it, to whole degrees outwards. A unit test checks both boxes
 * hold what their view draws.
 */
export const VIEW_BOUNDS: Record<CameraView, CameraBounds> = {
  city: [
    [116, 27],
    [124, 36],
  ],
  region: [
    [73, 3],
    [136, 54],
  ],
};

/** True when the camera's zoom is within the map's limits and its centre within the view's box. */
export function cameraFits(camera: { lng: number; lat: number; zoom: number }, view: CameraView): boolean {
  const [[west, south], [east, north]] = VIEW_BOUNDS[view];
  const { lng, lat, zoom } = camera;
  return (
    zoom >= ZOOM_LIMITS.min && zoom <= ZOOM_LIMITS.max && lng >= west && lng <= east && lat >= south && lat <= north
  );
}
