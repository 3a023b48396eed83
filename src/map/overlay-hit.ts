/**
 * What a point on the map hits among the overlay's names and symbols. The overlay is
 * drawn over the map but takes no pointer events of its own: the map receives every
 * touch and click, so a pinch or a drag that starts on a badge still moves the map, and
 * the map asks this function whether a tap meant a badge or a symbol. Pure.
 */
import type { DistrictSlug } from '../vocabulary';
import type { OverlayLayout } from './overlay/types';

export type OverlayHit =
  { kind: 'district'; slug: DistrictSlug } | { kind: 'place'; region: string } | { kind: 'record'; recordId: string };

/**
 * The badge or symbol at (x, y), CSS px relative to the map; labels first (they are
 * drawn above the symbols), the last drawn first. `slop` widens each target, for a
 * finger that is less exact than a mouse.
 */
export function overlayHitAt(layout: OverlayLayout, x: number, y: number, slop = 0): OverlayHit | null {
  for (let i = layout.labels.length - 1; i >= 0; i--) {
    const l = layout.labels[i];
    if (!l) continue;
    const b = l.placed.box;
    if (x < b.x0 - slop || x > b.x1 + slop || y < b.y0 - slop || y > b.y1 + slop) continue;
    if (l.kind === 'district') return { kind: 'district', slug: l.slug };
    if (l.kind === 'place') return { kind: 'place', region: l.region };
  }
  const reach = layout.symbolPx / 2 + slop;
  let best: { id: string; d: number } | null = null;
  for (const s of layout.symbols) {
    const d = Math.hypot(s.x - x, s.y - y);
    if (d <= reach && (!best || d < best.d)) best = { id: s.recordId, d };
  }
  return best ? { kind: 'record', recordId: best.id } : null;
}

/** The store actions a hit calls for (a slice of the store, so this stays testable). */
export interface HitActions {
  presenting: boolean;
  mapView: 'city' | 'region';
  selectDistrict: (slug: DistrictSlug) => void;
  selectRegion: (id: string) => void;
  selectRecord: (id: string, district: DistrictSlug | null) => void;
  showDetour: (slug: DistrictSlug) => void;
}

/**
 * What a tap on a badge or symbol does, the same for the WebGL map and the SVG drawing:
 * at the desk it selects; in the deck a district becomes a detour and nothing else moves
 * the step.
 */
export function actOnHit(st: HitActions, hit: OverlayHit, recordDistrict: (id: string) => DistrictSlug | null): void {
  if (st.presenting) {
    if (hit.kind === 'district' && st.mapView === 'city') st.showDetour(hit.slug);
    return;
  }
  if (hit.kind === 'district') st.selectDistrict(hit.slug);
  else if (hit.kind === 'place') st.selectRegion(hit.region);
  else st.selectRecord(hit.recordId, recordDistrict(hit.recordId));
}
