/**
 * A scale bar for the SVG drawing, as MapLibre's own scale control draws one on the
 * WebGL map: the longest round distance (1, 2 or 5 times a power of ten) that fits.
 */

/** Ground metres per CSS pixel at a latitude, for a camera of `scale` CSS pixels per world width. */
export function metresPerPixel(lat: number, scale: number): number {
  return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / scale;
}

/** The bar's length in pixels, what it measures on the ground and its label (e.g. "20 km"), no longer than maxWidth pixels. */
export function scaleBar(mpp: number, maxWidth: number): { px: number; metres: number; label: string } {
  const maxMetres = mpp * maxWidth;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  return {
    px: metres / mpp,
    metres,
    label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m`,
  };
}
