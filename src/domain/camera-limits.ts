/**
 * How far the map zooms, one constant for the map and for the links that carry a
 * camera: a camera outside these limits is one the map would not show.
 */
export const CAMERA_LIMITS = { minZoom: 2, maxZoom: 15 } as const;
