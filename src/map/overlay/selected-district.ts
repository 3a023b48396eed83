/**
 * The selected district in the city view: its badge, placed first on its own point, and
 * round it the records the source places only by district, on the district's own ground,
 * as many as there is room for; the rest are counted in a "+n" chip.
 */
import type { AtlasModel } from '../../domain/model';
import { screenShape, spotsInside } from '../district-spots';
import { boxAt, contains, type Box } from '../screen-geometry';
import type { LabelRequest, PlacedLabel } from '../label-request';
import { placeLabels } from '../label-placement';
import { placedIn } from '../placed-index';
import { visibleRecord } from './city-ground';
import { MAX_RING_SYMBOLS, ringAround } from './ring';
import type { LayoutFrame, OverlayInput, OverlayLabel, OverlaySymbol } from './types';

type District = AtlasModel['districts'][number];

export interface SelectedDistrict {
  /** The badge, placed; null when its point is off the map (it is then named like the others). */
  placed: PlacedLabel | null;
  /** The records around the badge. */
  symbols: OverlaySymbol[];
  /** The "+n" chip, placed, when not every record found room. */
  more: { label: OverlayLabel; placed: PlacedLabel } | null;
}

/**
 * Places the selected district's badge and its ring of records. `request` is its badge's
 * request and `others` the other badges' anchors, which it leaves free; what it places
 * joins `fixed`.
 */
export function layoutSelected(
  input: OverlayInput,
  f: LayoutFrame,
  selected: District,
  request: LabelRequest | null,
  others: readonly { x: number; y: number }[],
  fixed: Box[],
): SelectedDistrict {
  const out: SelectedDistrict = { placed: null, symbols: [], more: null };
  if (request && contains(f.bounds, request.anchor))
    out.placed =
      placeLabels([request], {
        bounds: f.bounds,
        obstacles: fixed,
        gap: f.gap,
        maxLeader: f.maxLeader,
        reserved: others,
      })[0] ?? null;
  // In the deck a district's records would only crowd its neighbours' names: its card lists them instead.
  if (out.placed && !input.view.presenting) ringRecords(input, f, selected, out.placed.box, fixed, out);
  return out;
}

/** The district-only records round the badge, and the "+n" chip for those without room. */
function ringRecords(
  input: OverlayInput,
  f: LayoutFrame,
  selected: District,
  badge: Box,
  fixed: Box[],
  out: SelectedDistrict,
): void {
  const { model, view } = input;
  const { symbolPx, gap, fontPx } = f;
  const visible = visibleRecord(input);
  const ringed = placedIn(model, selected.slug)
    .filter((p) => p.precision === 'district' && visible(p))
    .map((p) => p.id);
  const spots = spotsInside(
    (m) => ringAround(badge, m, symbolPx, gap),
    Math.min(ringed.length, MAX_RING_SYMBOLS),
    symbolPx,
    gap,
    screenShape(selected.geometry, f.cam.project),
    badge,
  );
  const shown = ringed.length > spots.length ? ringed.slice(0, Math.max(0, spots.length - 1)) : ringed;
  // The selected record is always among those shown.
  if (view.record && ringed.includes(view.record) && !shown.includes(view.record) && shown.length > 0)
    shown[shown.length - 1] = view.record;
  shown.forEach((id, i) => {
    const r = model.recordById[id];
    const at = spots[i];
    if (!r || !at) return;
    fixed.push(boxAt(at.x, at.y, symbolPx, symbolPx));
    out.symbols.push({
      recordId: id,
      layer: r.layer,
      precision: 'district',
      x: at.x,
      y: at.y,
      selected: id === view.record,
    });
  });
  const at = spots[shown.length];
  if (shown.length < ringed.length && at) {
    const more: OverlayLabel = {
      kind: 'more',
      id: `m:${selected.slug}`,
      slug: selected.slug,
      count: ringed.length - shown.length,
    };
    const w = Math.ceil(f.measure(`+${more.count}`, fontPx * 0.8, true) + fontPx * 0.6);
    const box = boxAt(at.x, at.y, w, symbolPx);
    fixed.push(box);
    out.more = { label: more, placed: { id: more.id, box, anchor: at, leader: false, clear: true } };
  }
}
