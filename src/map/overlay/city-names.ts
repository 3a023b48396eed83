/**
 * The names of the city view after the selected district's badge: the selected record's
 * name beside its ringed symbol, then every other district's badge, all placed together;
 * on a phone, badges that find no room give up their names until all do.
 */
import type { AtlasModel } from '../../domain/model';
import type { DistrictSlug } from '../../domain/schema';
import { anchorInView } from '../anchor-in-view';
import { boxAt, contains, insideAnyRing, union, type Box } from '../screen-geometry';
import type { LabelRequest, PlacedLabel } from '../label-request';
import { placeLabels } from '../label-placement';
import { SYMBOLOGY } from '../symbology';
import { nameWidth, wrapName } from './badge';
import { outline, screenRings, trespassing, type ScreenRing } from './screen-outlines';
import { NARROW_PASSES } from './thresholds';
import type { LayoutFrame, OverlayInput, OverlayLabel, OverlayLayout, OverlaySymbol } from './types';

export type DistrictLabel = Extract<OverlayLabel, { kind: 'district' }>;

/** A label and what it asks of placement, kept together so a pass can change both. */
export interface Named {
  label: OverlayLabel;
  request: LabelRequest;
  /** Named only from a patch of land too small for its badge: left out if the badge finds no free place. */
  optional?: boolean;
}

/** The ring on the selected record's symbol (it joins `fixed`), and its name to place beside it. */
export function recordName(
  input: OverlayInput,
  f: LayoutFrame,
  symbols: readonly OverlaySymbol[],
  fixed: Box[],
): { ring: OverlayLayout['ring']; named: Named | null } {
  const { model, view } = input;
  const sym = view.record ? symbols.find((s) => s.recordId === view.record) : undefined;
  if (!sym || !view.record) return { ring: null, named: null };
  const ringR = (SYMBOLOGY.ring.radius + SYMBOLOGY.ring.stroke) * f.k;
  fixed.push(boxAt(sym.x, sym.y, 2 * ringR, 2 * ringR));
  const ring = { x: sym.x, y: sym.y, r: SYMBOLOGY.ring.radius * f.k };
  const r = model.recordById[view.record];
  if (!r) return { ring, named: null };
  const lines = wrapName(r.name[view.lang], f.fontPx, Math.max(160, f.cam.width * 0.32), f.measure);
  return {
    ring,
    named: {
      label: { kind: 'record', id: `r:${r.id}`, recordId: r.id, lines },
      request: {
        id: `r:${r.id}`,
        anchor: { x: sym.x, y: sym.y },
        width: nameWidth(lines, f.fontPx, f.measure),
        height: Math.round(f.fontPx * (0.3 + 1.25 * lines.length)),
        besideAnchor: true,
        first: true,
      },
    },
  };
}

/**
 * The badges of the districts in view. A district whose point is off the map (a neighbour of
 * the one framed) is named on its land in view where that land can hold the badge
 * (anchor-in-view.ts), never from the edge: at the desk such a neighbour went unnamed, and with
 * Huangpu framed Pudong filled half the map without a name. A point on the map but too near
 * its edge to hold a badge, or under a panel or control, moves onto the district's land in
 * view: on that point a badge found no free place and stood half off the map, on the view
 * switch (Chongming at the top edge with Pudong framed on a 1366×768 laptop). Where its land in
 * view cannot hold the badge, a deck step leaves the name out and the desk, for a point on the
 * map, points a leader at what land it shows, if the badge then finds a free place
 * (placeNames): kept on its own point, a badge under the legend sent a leader of 170–210 px to
 * a point nobody could see (Jinshan framed at 1280×720). A district none of whose land is in
 * view is not named.
 */
export function districtNames(
  input: OverlayInput,
  f: LayoutFrame,
  badges: readonly DistrictLabel[],
  requestOf: (l: DistrictLabel) => LabelRequest,
  skip: DistrictSlug | null,
  obstacles: readonly Box[],
  fixed: readonly Box[],
): Named[] {
  const { model, view } = input;
  const { bounds, height } = f;
  const deckDistrict = view.presenting && view.district !== null;
  const inner: Box = { x0: bounds.x0 + height, y0: bounds.y0 + height, x1: bounds.x1 - height, y1: bounds.y1 - height };
  let rings: ScreenRing[] | null = null;
  // The deepest point of the district's land in view (and how deep it is), if any is in view.
  const landInView = (slug: DistrictSlug) => {
    rings ??= screenRings(model, f.cam);
    const own = rings.filter((r) => r.slug === slug);
    const within = own.reduce<Box | null>((b, r) => (b ? union(b, r.box) : r.box), null);
    if (!within) return null;
    return anchorInView(insideAnyRing(own), bounds, fixed, Math.max(8, f.fontPx), within);
  };
  // Land deep enough to hold most of the badge; a deck step names a neighbour only on such land.
  const badgeDepth = (width: number) => Math.max(height, Math.min(width * 0.4, height * 1.5));
  const out: Named[] = [];
  for (const l of badges) {
    if (l.slug === skip) continue;
    const request = requestOf(l);
    const onMap = contains(bounds, request.anchor);
    if (contains(inner, request.anchor) && !obstacles.some((o) => contains(o, request.anchor))) {
      out.push({ label: l, request });
      continue;
    }
    // At the desk, a district with no room for its badge on its land still has the land the
    // view shows of it (a small city district beside the legend): the leader points there.
    const land = landInView(l.slug);
    const roomy = land !== null && land.depth >= badgeDepth(request.width);
    if (land && (roomy || (onMap && !deckDistrict)))
      out.push({ label: l, request: { ...request, anchor: { x: land.x, y: land.y } }, optional: !roomy });
  }
  return out;
}

/**
 * Places the names (in place: a phone's pass may shorten them, and a name that was only
 * optional may give way) around the selected district's badge already placed, and returns
 * their places in the same order.
 */
export function placeNames(
  input: OverlayInput,
  f: LayoutFrame,
  names: Named[],
  requestOf: (l: DistrictLabel) => LabelRequest,
  selected: AtlasModel['districts'][number] | null,
  placedSelected: PlacedLabel | null,
  fixed: readonly Box[],
): PlacedLabel[] {
  const { model, view } = input;
  const placeAll = () =>
    placeLabels(
      names.map((n) => n.request),
      {
        bounds: f.bounds,
        obstacles: fixed,
        gap: f.gap,
        maxLeader: f.maxLeader,
        // The highlighted district is the one the room looks at: no leader runs across it.
        keepOut: selected ? outline(selected, f.cam) : [],
        placedBefore: placedSelected ? [placedSelected] : [],
        trespass: trespassing(model, f.cam, view.district),
      },
    );
  let placed = placeAll();
  // A phone's map has no room for sixteen named badges at a readable size: a badge that
  // finds no free place keeps only its count (its name is in the district list, and comes
  // back as one zooms in), and all are placed again; one still without a place then takes
  // the name of its nearest named neighbour too.
  for (let pass = 0; f.narrow && pass < NARROW_PASSES; pass++) {
    const stuck = names.flatMap((n, i) => (n.label.kind === 'district' && !placed[i]?.clear ? [i] : []));
    if (stuck.length === 0) break;
    const shorten = new Set<number>();
    for (const i of stuck) {
      const n = names[i];
      if (n?.label.kind === 'district' && n.label.name) shorten.add(i);
      else if (n) {
        const nearest = nearestNamed(names, n.request.anchor);
        if (nearest >= 0) shorten.add(nearest);
      }
    }
    if (shorten.size === 0) break;
    for (const i of shorten) {
      const n = names[i];
      if (n?.label.kind !== 'district') continue;
      const short = { ...n.label, name: '' };
      // Its anchor as chosen (on its land in view, perhaps), only narrower.
      names[i] = { ...n, label: short, request: { ...requestOf(short), anchor: n.request.anchor } };
    }
    placed = placeAll();
  }
  // A district named only for the sliver of it in view gives way when it finds no free place.
  const giveWay = names.flatMap((n, i) => (n.optional && !placed[i]?.clear ? [i] : []));
  if (giveWay.length > 0) {
    for (const i of giveWay.reverse()) names.splice(i, 1);
    placed = placeAll();
  }
  return placed;
}

/** The index of the district badge still with a name whose anchor is nearest to `at`, or -1. */
function nearestNamed(names: readonly Named[], at: { x: number; y: number }): number {
  let best = -1;
  let bestD = Infinity;
  names.forEach((o, j) => {
    if (o.label.kind !== 'district' || !o.label.name) return;
    const q = o.request.anchor;
    const d = Math.hypot(q.x - at.x, q.y - at.y);
    if (d < bestD) [best, bestD] = [j, d];
  });
  return best;
}
