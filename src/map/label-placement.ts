/**
 * Where each label of the map goes: pure, and the same for the WebGL map and the SVG
 * drawing, so both show the same labels in the same places.
 *
 * A label is a box naming a point (its anchor): a district's name-and-count badge, a
 * selected record's name, a linked place. It sits on its anchor when it fits; in the
 * dense centre it moves out to the nearest free place and a leader line joins it to
 * its anchor. Every label is placed: none is dropped, none overlaps another label, an
 * obstacle (a symbol, a panel, the legend, the caption card) or a leader line, and
 * every box stays inside the free area. Least crowded anchors are placed first, so the
 * outer districts keep their spot and the centre fans out around them.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  /** The point the label names, in screen pixels. */
  anchor: { x: number; y: number };
  width: number;
  height: number;
  /** True when the label should not cover its anchor (a record's symbol sits there). */
  besideAnchor?: boolean;
  /** Placed before all others whatever the crowding (the selection). */
  first?: boolean;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  anchor: { x: number; y: number };
  /** A leader line from the anchor to the box is drawn when the box does not hold its anchor. */
  leader: boolean;
  /** False only when no free place was found: the label then sits at its least bad spot. */
  clear: boolean;
}

export interface PlacementOptions {
  /** Where labels may go (the map minus nothing: obstacles are separate). */
  bounds: Box;
  obstacles: readonly Box[];
  /** Space kept between labels, and between a label and an obstacle, in pixels. */
  gap: number;
  /** Where each label was last time (its box centre relative to its anchor): kept when still free, so labels do not jump while the map moves. */
  previous?: ReadonlyMap<string, { dx: number; dy: number }>;
  /** Points no label may cover: the anchors of labels still to be placed in a later call. */
  reserved?: readonly { x: number; y: number }[];
  /** Labels placed in an earlier call: their boxes and leader lines are kept clear of, as this call's own. */
  placedBefore?: readonly PlacedLabel[];
  /** How much a spot is somebody else's ground (e.g. over another district), in label heights. */
  trespass?: (id: string, box: Box) => number;
}

/** Directions tried around an anchor, in order of preference: below-right of a point reads first in both scripts. */
const DIRECTIONS = Array.from({ length: 16 }, (_, i) => {
  const a = (i * Math.PI) / 8;
  return [Math.cos(a), Math.sin(a)] as const;
}).sort(([ax, ay], [bx, by]) => preference(ax, ay) - preference(bx, by));

function preference(x: number, y: number): number {
  // Prefer right, then left, then below, then above; straight up/down last for wide boxes.
  return -x * 0.2 - Math.abs(x) * 0.6 - y * 0.1;
}

/** Distances (in label heights) from the anchor to the nearest edge of a moved label. */
const RINGS = [0.35, 0.8, 1.4, 2.1, 3, 4.2, 5.6, 7.4, 9.5, 12, 15, 19, 24];

export function intersects(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function grow(b: Box, by: number): Box {
  return { x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by };
}

function inside(b: Box, outer: Box): boolean {
  return b.x0 >= outer.x0 && b.y0 >= outer.y0 && b.x1 <= outer.x1 && b.y1 <= outer.y1;
}

function contains(b: Box, p: { x: number; y: number }): boolean {
  return p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;
}

/** The point of the box nearest to p: where a leader line from p ends. */
export function nearestPoint(b: Box, p: { x: number; y: number }): { x: number; y: number } {
  return { x: Math.min(Math.max(p.x, b.x0), b.x1), y: Math.min(Math.max(p.y, b.y0), b.y1) };
}

/** True when the segment p–q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: [number, number][] = [
    [-dx, p.x - b.x0],
    [dx, b.x1 - p.x],
    [-dy, p.y - b.y0],
    [dy, b.y1 - p.y],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function boxAt(cx: number, cy: number, w: number, h: number): Box {
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
}

interface Leader {
  p: { x: number; y: number };
  q: { x: number; y: number };
}

function segmentsCross(a: Leader, b: Leader): boolean {
  const orient = (p: { x: number; y: number }, q: { x: number; y: number }, r: { x: number; y: number }) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return (
    orient(a.p, a.q, b.p) !== orient(a.p, a.q, b.q) &&
    orient(b.p, b.q, a.p) !== orient(b.p, b.q, a.q) &&
    orient(a.p, a.q, b.p) !== 0 &&
    orient(b.p, b.q, a.p) !== 0
  );
}

/** Candidate centres for a label, nearest first: on the anchor (unless it must stay beside it), then rings around it. */
function candidates(r: LabelRequest, previous: { dx: number; dy: number } | undefined): { x: number; y: number }[] {
  const { x, y } = r.anchor;
  const out: { x: number; y: number }[] = [];
  if (!r.besideAnchor) out.push({ x, y });
  if (previous) out.push({ x: x + previous.dx, y: y + previous.dy });
  for (const ring of RINGS) {
    const d = ring * r.height;
    for (const [cx, cy] of DIRECTIONS) {
      // An ellipse around the box: the nearest edge is d away from the anchor in every direction.
      out.push({ x: x + cx * (r.width / 2 + d), y: y + cy * (r.height / 2 + d) });
    }
  }
  return out;
}

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

/** What a candidate spot costs: its distance, plus a penalty for each thing it makes harder to read. */
const PENALTY = { crossing: 6, blocksHome: 3 } as const;

/** Places every label; see the module comment for the rules. */
export function placeLabels(requests: readonly LabelRequest[], opts: PlacementOptions): PlacedLabel[] {
  // The selection first; then the most crowded anchors, which have the fewest good spots, while those are free.
  const order = requests
    .map((r, i) => ({ r, i, crowd: crowding(r, requests) }))
    .sort((a, b) => Number(b.r.first ?? false) - Number(a.r.first ?? false) || b.crowd - a.crowd || a.i - b.i);
  const before = opts.placedBefore ?? [];
  const taken: Box[] = [...opts.obstacles, ...before.map((p) => p.box)].map((o) => grow(o, opts.gap));
  const leaders: Leader[] = before
    .filter((p) => p.leader)
    .map((p) => ({ p: p.anchor, q: nearestPoint(p.box, p.anchor) }));
  const placed: PlacedLabel[] = [...before];
  const placedBoxes: Box[] = before.map((p) => grow(p.box, 1));
  const pending = new Set(requests.map((r) => r.id));
  for (const { r } of order) {
    pending.delete(r.id);
    // No label may cover the point another still has to name: that label's leader would start under it.
    const anchors = [...requests.filter((o) => pending.has(o.id)).map((o) => o.anchor), ...(opts.reserved ?? [])];
    // Another label's own spot (on its anchor) is best left free, so that label can still sit there.
    const homes = requests
      .filter((o) => pending.has(o.id) && !o.besideAnchor)
      .map((o) => grow(boxAt(o.anchor.x, o.anchor.y, o.width, o.height), opts.gap));
    // A leader may start under an obstacle its own point is under, but not cross another.
    const leaderObstacles = opts.obstacles.filter((o) => !contains(o, r.anchor));
    let best: { box: Box; cost: number } | null = null;
    const prev = opts.previous?.get(r.id);
    for (const c of candidates(r, prev)) {
      const dist = Math.hypot(c.x - r.anchor.x, c.y - r.anchor.y);
      // Candidates come nearest first: nothing further away can beat a spot already found.
      if (best && dist - r.height > best.cost) break;
      const box = boxAt(c.x, c.y, r.width, r.height);
      if (!inside(box, opts.bounds)) continue;
      if (anyIntersects(taken, box)) continue;
      if (anyLeaderHits(leaders, box)) continue;
      if (anyInside(anchors, grow(box, opts.gap))) continue;
      const holds = contains(box, r.anchor);
      const leader: Leader | null = holds ? null : { p: r.anchor, q: nearestPoint(box, r.anchor) };
      if (leader && (hitsAny(leader, placedBoxes) || hitsAny(leader, leaderObstacles))) continue;
      let cost = dist;
      if (leader) {
        cost += PENALTY.crossing * r.height * countCrossings(leaders, leader);
        cost += PENALTY.blocksHome * r.height * countHits(leader, homes);
      }
      cost += PENALTY.blocksHome * r.height * countIntersects(homes, box);
      if (opts.trespass) cost += opts.trespass(r.id, box) * r.height;
      if (prev && c.x === r.anchor.x + prev.dx && c.y === r.anchor.y + prev.dy) cost -= r.height;
      if (!best || cost < best.cost) best = { box, cost };
      // On its own anchor and in nobody's way: nothing is better.
      if (holds && cost <= 0) break;
    }
    if (best) {
      taken.push(grow(best.box, opts.gap));
      placedBoxes.push(grow(best.box, 1));
      const holds = contains(best.box, r.anchor);
      if (!holds) leaders.push({ p: r.anchor, q: nearestPoint(best.box, r.anchor) });
      placed.push({ id: r.id, box: best.box, anchor: r.anchor, leader: !holds, clear: true });
    } else {
      // Nowhere free (a tiny window): keep it on its anchor rather than drop it, and say so.
      const box = boxAt(r.anchor.x, r.anchor.y, r.width, r.height);
      placed.push({ id: r.id, box, anchor: r.anchor, leader: false, clear: false });
    }
  }
  // In the order asked for, so callers can zip with their requests.
  const byId = new Map(placed.slice(before.length).map((p) => [p.id, p]));
  return requests.map((r) => byId.get(r.id) as PlacedLabel);
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
