/**
 * Which records on the ground are drawn where. A selected district's records are drawn by
 * the overlay while they are few (placed-index.ts, MAX_OVERLAY_GROUND) and never in the
 * deck; every other record on the ground, once zoomed in, by the map itself. One rule for
 * both renderers: above the limit the map draws the selected district's records too, so
 * none is drawn nowhere.
 */
import type { AtlasModel, PlacedRecord, RecordFilter } from '../../domain/model';
import { recordMatches } from '../../domain/join';
import type { DistrictSlug } from '../../domain/schema';
import { groundOnMap } from '../overlay/thresholds';
import { overlayDrawsGround } from '../placed-index';
import { sizeAt, SYMBOLOGY } from '../symbology';
import type { DrawingState } from './types';

/** The district whose records on the ground the overlay draws, so the map leaves them out; or null. */
export function overlayGroundDistrict(
  model: AtlasModel,
  view: Pick<DrawingState, 'district' | 'presenting'>,
): DistrictSlug | null {
  return view.district && !view.presenting && overlayDrawsGround(model, view.district) ? view.district : null;
}

/** The records the map itself draws on the ground at `zoom`: those of the filter, less the overlay's. */
export function groundRecords(
  model: AtlasModel,
  view: Pick<DrawingState, 'mapView' | 'district' | 'presenting'>,
  filter: RecordFilter,
  zoom: number,
): PlacedRecord[] {
  if (!groundOnMap(view, zoom)) return [];
  const own = overlayGroundDistrict(model, view);
  return model.placed.filter((p) => {
    if (p.precision === 'district' || p.district === own) return false;
    const r = model.recordById[p.id];
    return r !== undefined && recordMatches(r, filter);
  });
}

/** The size of a record's symbol on the ground, CSS px. */
export function groundSymbolPx(zoom: number, k: number): number {
  return SYMBOLOGY.icon.cssPx * sizeAt('iconSize', zoom, k);
}
