/**
 * The districts' outlines on screen, for two questions the city layout asks: which
 * district a point is over (so a name can stay over its own ground) and where the
 * highlighted district's edge runs (so no leader crosses it).
 */
import type { AtlasModel } from '../../domain/model';
import type { DistrictSlug } from '../../domain/schema';
import { insideRing, type Box } from '../screen-geometry';
import type { OverlayCamera } from './types';

export interface ScreenRing {
  slug: DistrictSlug;
  pts: { x: number; y: number }[];
  box: Box;
}

/** The districts' outer rings on screen, thinned to a few pixels: enough to tell which district a point is over. */
export function screenRings(model: AtlasModel, cam: OverlayCamera): ScreenRing[] {
  const out: ScreenRing[] = [];
  for (const d of model.districts) {
    const polys = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates;
    for (const poly of polys) {
      const outer = poly[0];
      if (!outer) continue;
      const pts: { x: number; y: number }[] = [];
      for (const [lng, lat] of outer) {
        const p = cam.project(lng, lat);
        const last = pts[pts.length - 1];
        if (!last || Math.abs(p.x - last.x) + Math.abs(p.y - last.y) >= 3) pts.push(p);
      }
      if (pts.length < 3) continue;
      const xs = pts.map((p) => p.x);
      const ys = pts.map((p) => p.y);
      out.push({
        slug: d.slug,
        pts,
        box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
      });
    }
  }
  return out;
}

/** The district a point on screen is over (even-odd rule), or null over the sea and the land beyond the city. */
export function districtAt(rings: readonly ScreenRing[], x: number, y: number): DistrictSlug | null {
  return rings.find((r) => insideRing(r, { x, y }))?.slug ?? null;
}

/**
 * A district's name is best over its own ground, or over the sea and the land around
 * the city; over a neighbour it misleads a little, over the highlighted district a lot.
 */
export function trespassing(model: AtlasModel, cam: OverlayCamera, selected: DistrictSlug | null) {
  const rings = screenRings(model, cam);
  return (id: string, b: Box): number => {
    if (!id.startsWith('d:')) return 0;
    const own = id.slice(2);
    let cost = 0;
    const cx = (b.x0 + b.x1) / 2;
    const cy = (b.y0 + b.y1) / 2;
    for (const [x, y] of [
      [cx, cy],
      [b.x0 + 2, b.y0 + 2],
      [b.x1 - 2, b.y0 + 2],
      [b.x0 + 2, b.y1 - 2],
      [b.x1 - 2, b.y1 - 2],
    ] as const) {
      const at = districtAt(rings, x, y);
      if (at && at !== own) cost += at === selected ? 0.6 : 0.15;
    }
    return cost;
  };
}

/** A district's outer rings on screen, for leaders to keep out of: all but the vertices a fraction of a pixel from the last. */
export function outline(d: AtlasModel['districts'][number], cam: OverlayCamera): { x: number; y: number }[][] {
  const polys = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates;
  return polys.map((poly) => {
    const pts: { x: number; y: number }[] = [];
    for (const [lng, lat] of poly[0] ?? []) {
      const p = cam.project(lng, lat);
      const last = pts[pts.length - 1];
      if (!last || Math.abs(p.x - last.x) + Math.abs(p.y - last.y) >= 0.25) pts.push(p);
    }
    return pts;
  });
}
