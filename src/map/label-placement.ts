/**
 * Where each label of the map goes: pure, and the same for the WebGL map and the SVG
 * drawing, so both show the same labels in the same places.
 *
 * A label is a box naming a point (its anchor): a district's name-and-count badge, a
 * selected record's name, a linked place. It sits on its anchor when it fits; in the
 * dense centre it moves out to the nearest free place and a leader line joins it to
 * its anchor. Every label is placed: none is dropped, none overlaps another label, an
 * obstacle (a symbol, a panel, the legend, the caption card) or a leader line, and
 * every box stays inside the free area. The most crowded anchors are placed first,
 * while they still have good spots, and the rest fan out around them.
 *
 * A cartographer's rules, kept wherever any spot keeps them: a label stays on its
 * anchor's side of the map's centre, no leader crosses another or an area kept clear
 * (the step's subject), and no leader is longer than a limit. Only when no free spot
 * keeps them all does a label take the free spot that breaks the fewest.
 *
 * The layout is a function of its inputs alone: the same anchors, sizes and obstacles
 * always give the same labels in the same places, whatever was on screen before.
 *
 * This module chooses the orders to place labels in and keeps the best attempt; one
 * attempt is label-pass.ts, the words label-request.ts, the geometry screen-geometry.ts.
 */
import { placeInOrder, type Attempt } from './label-pass';
import type { LabelRequest, PlacedLabel, PlacementOptions } from './label-request';

/** How crowded an anchor is: how much the other anchors lie within reach of its label, nearer counting more. */
function crowding(r: LabelRequest, all: readonly LabelRequest[]): number {
  let n = 0;
  for (const o of all) {
    if (o === r) continue;
    const dx = Math.abs(o.anchor.x - r.anchor.x) / ((r.width + o.width) * 0.75);
    const dy = Math.abs(o.anchor.y - r.anchor.y) / ((r.height + o.height) * 1.5);
    n += Math.max(0, 1 - dx) * Math.max(0, 1 - dy);
  }
  return n;
}

/** Places every label; see the module comment for the rules. */
export function placeLabels(requests: readonly LabelRequest[], opts: PlacementOptions): PlacedLabel[] {
  const firstOf = (a: LabelRequest, b: LabelRequest) => Number(b.first ?? false) - Number(a.first ?? false);
  const crowd = new Map(requests.map((r) => [r.id, crowding(r, requests)]));
  const index = new Map(requests.map((r, i) => [r.id, i]));
  const byIndex = (a: LabelRequest, b: LabelRequest) => (index.get(a.id) ?? 0) - (index.get(b.id) ?? 0);
  // The selection first; then the most crowded anchors, which have the fewest good spots, while those are free.
  const crowdedFirst = [...requests].sort(
    (a, b) => firstOf(a, b) || (crowd.get(b.id) ?? 0) - (crowd.get(a.id) ?? 0) || byIndex(a, b),
  );
  // Other ways in, for when that one leaves a label breaking a rule: from the middle of the anchors out, and in.
  const mx = requests.reduce((n, r) => n + r.anchor.x, 0) / Math.max(1, requests.length);
  const my = requests.reduce((n, r) => n + r.anchor.y, 0) / Math.max(1, requests.length);
  const out = (r: LabelRequest) => Math.hypot(r.anchor.x - mx, r.anchor.y - my);
  const middleOut = [...requests].sort((a, b) => firstOf(a, b) || out(a) - out(b) || byIndex(a, b));
  const outsideIn = [...requests].sort((a, b) => firstOf(a, b) || out(b) - out(a) || byIndex(a, b));
  // And round the middle, one way and the other: neighbours in turn, each leaving the next its side.
  const turn = (r: LabelRequest) => Math.atan2(r.anchor.y - my, r.anchor.x - mx);
  const clockwise = [...requests].sort((a, b) => firstOf(a, b) || turn(a) - turn(b) || byIndex(a, b));
  const counterClockwise = [...requests].sort((a, b) => firstOf(a, b) || turn(b) - turn(a) || byIndex(a, b));
  // One label at a time cannot look ahead: from the first way in, the labels that ended up breaking a rule, or
  // with no free spot, are placed first (after the selection) in the next round, while the others still leave
  // them room. The first attempt that breaks no rule is kept, else the one that breaks fewest. Every attempt is
  // a full layout, so only a crowded screen pays for more than one.
  let best: Attempt | null = null;
  for (const [seed, rounds] of [
    [crowdedFirst, 4],
    [middleOut, 1],
    [outsideIn, 1],
    [clockwise, 1],
    [counterClockwise, 1],
  ] as const) {
    let order: readonly LabelRequest[] = seed;
    for (let round = 0; round < rounds; round++) {
      const attempt = placeInOrder(requests, order, opts);
      if (!best || attempt.unclear < best.unclear || (attempt.unclear === best.unclear && attempt.broken < best.broken))
        best = attempt;
      if (attempt.troubled.size === 0) break;
      // A label with no free spot at all goes to the very front; one that broke a rule next.
      const homeless = new Set(attempt.placed.filter((p) => !p.clear).map((p) => p.id));
      const rank = (r: LabelRequest) => (r.first ? 0 : homeless.has(r.id) ? 1 : attempt.troubled.has(r.id) ? 2 : 3);
      order = [...order].sort((a, b) => rank(a) - rank(b));
    }
    if (best && best.troubled.size === 0) break;
  }
  const placed = (best as Attempt).placed;
  // In the order asked for, so callers can zip with their requests.
  const byId = new Map(placed.map((p) => [p.id, p]));
  return requests.map((r) => byId.get(r.id) as PlacedLabel);
}
