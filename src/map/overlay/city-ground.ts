/**
 * Records on the ground (approximate or surveyed places) in the city view: the selected
 * district's, which the overlay draws itself (when they are few), and, once zoomed in,
 * everyone's, which the map draws and the names keep clear of.
 */
import { recordMatches } from '../../domain/join';
import type { AtlasModel, PlacedRecord } from '../../domain/model';
import { boxAt, type Box } from '../screen-geometry';
import { overlayGroundDistrict } from '../drawing/ground';
import { groundWithin, placedIn } from '../placed-index';
import { groundOnMap } from './thresholds';
import type { LayoutFrame, OverlayInput, OverlaySymbol } from './types';

/** Beyond this many records on the ground in view, names stop keeping clear of each one (the map clusters them). */
const MAX_GROUND_OBSTACLES = 400;

type District = AtlasModel['districts'][number];

/** Whether a record is drawn: it passes the filter, or it is the one selected. */
export function visibleRecord(input: OverlayInput): (p: PlacedRecord) => boolean {
  return (p) => {
    const r = input.model.recordById[p.id];
    return r !== undefined && (recordMatches(r, input.filter) || p.id === input.view.record);
  };
}

/**
 * The selected district's records on the ground, as symbols for the overlay to draw;
 * each of them, and every record the map draws on the ground in view, joins `fixed`.
 */
export function groundSymbols(
  input: OverlayInput,
  f: LayoutFrame,
  selected: District | null,
  fixed: Box[],
): OverlaySymbol[] {
  const { model, view } = input;
  const { cam, symbolPx } = f;
  const symbols: OverlaySymbol[] = [];
  const visible = visibleRecord(input);
  // The drawing model's rule: the map leaves out exactly the records the overlay draws here.
  const ownGround = selected !== null && overlayGroundDistrict(model, view) === selected.slug;
  const onScreen = (at: { x: number; y: number }) =>
    at.x > -symbolPx && at.y > -symbolPx && at.x < cam.width + symbolPx && at.y < cam.height + symbolPx;
  if (ownGround)
    for (const p of placedIn(model, selected.slug)) {
      if (p.precision === 'district' || !visible(p)) continue;
      const at = cam.project(p.lng, p.lat);
      if (!onScreen(at)) continue;
      fixed.push(boxAt(at.x, at.y, symbolPx, symbolPx));
      symbols.push({
        recordId: p.id,
        layer: p.layer,
        precision: p.precision,
        x: at.x,
        y: at.y,
        selected: p.id === view.record,
      });
    }
  // The deck draws no records on the ground (groundOnMap): its card lists a step's records.
  if (groundOnMap(view, cam.zoom)) {
    const around = groundWithin(model, cam.bounds).filter(
      (p) => visible(p) && !(ownGround && p.district === selected.slug),
    );
    // A crowded ground is drawn in clusters by the map; names then keep clear of the few, not of thousands.
    if (around.length <= MAX_GROUND_OBSTACLES)
      for (const p of around) {
        const at = cam.project(p.lng, p.lat);
        if (onScreen(at)) fixed.push(boxAt(at.x, at.y, symbolPx, symbolPx));
      }
  }
  return symbols;
}
