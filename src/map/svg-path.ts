/**
 * Boundaries as SVG path data, for the SVG drawing of the map and the deck's locator:
 * each projects with mercator-camera.ts (toScreen) and draws no finer than a screen can show.
 */
import type { AreaGeometry } from '../domain/schema';

/** A projection to CSS px, e.g. mercator-camera.ts's toScreen under a camera. */
export type Project = (lng: number, lat: number) => [number, number];

/** Drops points closer than half a pixel to the last one kept: the detail the zoom can show, no more. */
export function pathOfLines(lines: readonly (readonly [number, number][])[], project: Project, close: boolean): string {
  let d = '';
  for (const line of lines) {
    let last: [number, number] | null = null;
    line.forEach(([lng, lat], i) => {
      const p = project(lng, lat);
      if (last && i < line.length - 1 && Math.abs(p[0] - last[0]) < 0.5 && Math.abs(p[1] - last[1]) < 0.5) return;
      d += `${last ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
      last = p;
    });
    if (close) d += 'Z';
  }
  return d;
}

/** A polygon or multipolygon, every ring closed. */
export function pathOf(g: AreaGeometry, project: Project): string {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return pathOfLines(
    polys.flatMap((poly) => poly as [number, number][][]),
    project,
    true,
  );
}
