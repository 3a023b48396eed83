/**
 * One pass of the label placement: the labels placed one by one in a given order, each at
 * the best spot left by those before it. Candidate spots run outward from the anchor; each
 * is first checked against the hard rules (inside the map, over nothing), then scored by
 * the cartographer's rules it breaks and by its cost. label-placement.ts tries several
 * orders and keeps the best pass.
 */
import type { LabelRequest, PlacedLabel, PlacementOptions } from './label-request';
import {
  boxAt,
  contains,
  grow,
  inside,
  insideRing,
  intersects,
  nearestPoint,
  ringOf,
  segmentCrossesRing,
  segmentHitsBox,
  segmentsCross,
  type Box,
  type Segment,
} from './screen-geometry';

/** A label's leader line, from its anchor to the nearest point of its box. */
type Leader = Segment;

/** Directions tried around an anchor, in order of preference: below-right of a point reads first in both scripts. */
const DIRECTIONS = Array.from({ length: 32 }, (_, i) => {
  const a = (i * Math.PI) / 16;
  return [Math.cos(a), Math.sin(a)] as const;
}).sort(([ax, ay], [bx, by]) => preference(ax, ay) - preference(bx, by));

function preference(x: number, y: number): number {
  // Prefer right, then left, then below, then above; straight up/down last for wide boxes.
  return -x * 0.2 - Math.abs(x) * 0.6 - y * 0.1;
}

/** Distances (in label heights) from the anchor to the nearest edge of a moved label. */
const RINGS = [0.35, 0.8, 1.4, 2.1, 3, 4.2, 5.6, 7.4, 9.5, 12, 15, 19, 24];

/** Candidate centres for a label, nearest first: on the anchor (unless it must stay beside it), then rings around it. */
function candidates(r: LabelRequest): { x: number; y: number }[] {
  const { x, y } = r.anchor;
  const out: { x: number; y: number }[] = [];
  if (!r.besideAnchor) out.push({ x, y });
  for (const ring of RINGS) {
    const d = ring * r.height;
    for (const [cx, cy] of DIRECTIONS) {
      // An ellipse around the box: the nearest edge is d away from the anchor in every direction.
      out.push({ x: x + cx * (r.width / 2 + d), y: y + cy * (r.height / 2 + d) });
    }
  }
  return out;
}

/** What a candidate spot costs: its distance, plus a penalty for each thing it makes harder to read. */
const PENALTY = { blocksHome: 3 } as const;

/** A spot's score: first how many of the cartographer's rules it breaks, then its cost. */
interface Scored {
  box: Box;
  broken: number;
  cost: number;
}

function better(a: Scored, b: Scored | null): boolean {
  return !b || a.broken < b.broken || (a.broken === b.broken && a.cost < b.cost);
}

/** One full layout and how well it kept the rules, for placeLabels to compare. */
export interface Attempt {
  placed: PlacedLabel[];
  /** Labels that found no free spot. */
  unclear: number;
  /** Rules broken, all labels together. */
  broken: number;
  /** The labels that found no free spot or broke a rule. */
  troubled: Set<string>;
}

/** Places the labels one by one in the order given, each at its best spot given those placed before. */
export function placeInOrder(
  requests: readonly LabelRequest[],
  order: readonly LabelRequest[],
  opts: PlacementOptions,
): Attempt {
  const troubled = new Set<string>();
  let unclear = 0;
  let brokenAll = 0;
  const before = opts.placedBefore ?? [];
  const taken: Box[] = [...opts.obstacles, ...(opts.lines ?? []), ...before.map((p) => p.box)].map((o) =>
    grow(o, opts.gap),
  );
  const leaders: Leader[] = before
    .filter((p) => p.leader)
    .map((p) => ({ p: p.anchor, q: nearestPoint(p.box, p.anchor) }));
  const placed: PlacedLabel[] = [...before];
  const placedBoxes: Box[] = before.map((p) => grow(p.box, 1));
  const keepOut = (opts.keepOut ?? []).map(ringOf);
  const pending = new Set(requests.map((r) => r.id));
  for (const r of order) {
    pending.delete(r.id);
    // No label may cover the point another still has to name: that label's leader would start under it.
    const anchors = [...requests.filter((o) => pending.has(o.id)).map((o) => o.anchor), ...(opts.reserved ?? [])];
    // Another label's own spot (on its anchor) is best left free, so that label can still sit there.
    const homes = requests
      .filter((o) => pending.has(o.id) && !o.besideAnchor)
      .map((o) => grow(boxAt(o.anchor.x, o.anchor.y, o.width, o.height), opts.gap));
    // A leader may start under an obstacle its own point is under, but not cross another.
    const leaderObstacles = opts.obstacles.filter((o) => !contains(o, r.anchor));
    // An area kept clear is not kept clear of its own label's leader.
    const areas = keepOut.filter((a) => !insideRing(a, r.anchor));
    let best: Scored | null = null;
    for (const c of candidates(r)) {
      const dist = Math.hypot(c.x - r.anchor.x, c.y - r.anchor.y);
      // Candidates come nearest first: nothing further away can beat a spot already found that breaks no rule.
      if (best && best.broken === 0 && dist - r.height > best.cost) break;
      const box = boxAt(c.x, c.y, r.width, r.height);
      if (!inside(box, opts.bounds)) continue;
      if (anyIntersects(taken, box)) continue;
      if (anyLeaderHits(leaders, box)) continue;
      if (anyInside(anchors, grow(box, opts.gap))) continue;
      const holds = contains(box, r.anchor);
      const leader: Leader | null = holds ? null : { p: r.anchor, q: nearestPoint(box, r.anchor) };
      if (leader && (hitsAny(leader, placedBoxes) || hitsAny(leader, leaderObstacles))) continue;
      // The rules first, cheapest first: a spot that breaks more than the best so far is not worth pricing.
      let broken = 0;
      if (
        r.centre &&
        (r.anchor.x - r.centre.x) * (c.x - r.centre.x) + (r.anchor.y - r.centre.y) * (c.y - r.centre.y) < 0
      )
        broken += 1;
      if (leader) {
        if (
          opts.maxLeader !== undefined &&
          Math.hypot(leader.q.x - leader.p.x, leader.q.y - leader.p.y) > opts.maxLeader
        )
          broken += 1;
        broken += countCrossings(leaders, leader);
        if (best && broken > best.broken) continue;
        for (const a of areas) if (segmentCrossesRing(leader, a)) broken += 1;
      }
      if (best && broken > best.broken) continue;
      let cost = dist;
      if (leader) cost += PENALTY.blocksHome * r.height * countHits(leader, homes);
      cost += PENALTY.blocksHome * r.height * countIntersects(homes, box);
      if (best && broken === best.broken && cost >= best.cost) continue;
      if (opts.trespass) cost += opts.trespass(r.id, box) * r.height;
      const scored: Scored = { box, broken, cost };
      if (better(scored, best)) best = scored;
      // On its own anchor and in nobody's way: nothing is better.
      if (holds && broken === 0 && cost <= 0) break;
    }
    if (best) {
      taken.push(grow(best.box, opts.gap));
      placedBoxes.push(grow(best.box, 1));
      const holds = contains(best.box, r.anchor);
      if (!holds) leaders.push({ p: r.anchor, q: nearestPoint(best.box, r.anchor) });
      placed.push({ id: r.id, box: best.box, anchor: r.anchor, leader: !holds, clear: true });
      if (best.broken > 0) troubled.add(r.id);
      brokenAll += best.broken;
    } else {
      // Nowhere free (a tiny window): keep it on its anchor rather than drop it, and say so.
      const box = boxAt(r.anchor.x, r.anchor.y, r.width, r.height);
      placed.push({ id: r.id, box, anchor: r.anchor, leader: false, clear: false });
      troubled.add(r.id);
      unclear += 1;
    }
  }
  return { placed: placed.slice(before.length), unclear, broken: brokenAll, troubled };
}

// Plain loops: these run for every candidate of every label, on every frame the map moves.
function anyIntersects(boxes: readonly Box[], b: Box): boolean {
  for (const t of boxes) if (intersects(t, b)) return true;
  return false;
}

function countIntersects(boxes: readonly Box[], b: Box): number {
  let n = 0;
  for (const t of boxes) if (intersects(t, b)) n += 1;
  return n;
}

function anyLeaderHits(leaders: readonly Leader[], b: Box): boolean {
  for (const l of leaders) if (segmentHitsBox(l.p, l.q, b)) return true;
  return false;
}

function hitsAny(l: Leader, boxes: readonly Box[]): boolean {
  for (const b of boxes) if (segmentHitsBox(l.p, l.q, b)) return true;
  return false;
}

function countHits(l: Leader, boxes: readonly Box[]): number {
  let n = 0;
  for (const b of boxes) if (segmentHitsBox(l.p, l.q, b)) n += 1;
  return n;
}

function anyInside(points: readonly { x: number; y: number }[], b: Box): boolean {
  for (const p of points) if (contains(b, p)) return true;
  return false;
}

function countCrossings(leaders: readonly Leader[], l: Leader): number {
  let n = 0;
  for (const o of leaders) if (segmentsCross(o, l)) n += 1;
  return n;
}
