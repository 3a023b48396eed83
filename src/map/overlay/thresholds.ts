/**
 * Where the overlay changes its rules: from a zoom on, records are drawn on the ground;
 * below a width, the map is a phone's and its names make room for each other. The map
 * style (layers' minzoom) and the adapter read the same zoom, so they switch together.
 */

/** A map narrower than this (CSS px) is a phone's: names no smaller than NARROW_MIN_FONT_PX, and count-only badges where names do not fit. */
export const NARROW_MAP_PX = 600;

/** The smallest type on a phone, CSS px. */
export const NARROW_MIN_FONT_PX = 14;

/** How many times a phone's badges give up names to find everyone a place. */
export const NARROW_PASSES = 4;

/**
 * The least zoom at which the city view draws the records on the ground: below it,
 * districts and counts only. The ground layers' minzoom.
 */
export const GROUND_MIN_ZOOM = 11;

/**
 * Whether the map draws the records on the ground (every record with a place, clustered):
 * in the city view from GROUND_MIN_ZOOM, but never in the deck, which frames a district step
 * that close and whose card lists the step's records.
 */
export function groundOnMap(view: { mapView: 'city' | 'region'; presenting: boolean }, zoom: number): boolean {
  return view.mapView === 'city' && !view.presenting && zoom >= GROUND_MIN_ZOOM;
}
