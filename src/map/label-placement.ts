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
  /** The map's centre: the label's centre stays on its anchor's side of it (at most 90° round from the anchor, seen from here). */
  centre?: { x: number; y: number };
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
  /**
   * Boxes along lines drawn on the map (the regional view's arcs): no label covers them, but
   * a leader, itself a thin line, may cross them. A place a few pixels from where every arc
   * starts (Jiashan beside Shanghai) has arcs on every side, and could not be named at all.
   */
  lines?: readonly Box[];
  /** Space kept between labels, and between a label and an obstacle, in pixels. */
  gap: number;
  /** The longest leader line, in pixels. */
  maxLeader?: number;
  /** Areas (closed rings of points) no leader may cross, but one that starts inside them. */
  keepOut?: readonly (readonly { x: number; y: number }[])[];
  /** Points no label may cover: the anchors of labels still to be placed in a later call. */
  reserved?: readonly { x: number; y: number }[];
  /** Labels placed in an earlier call: their boxes and leader lines are kept clear of, as this call's own. */
  placedBefore?: readonly PlacedLabel[];
  /** How much a spot is somebody else's ground (e.g. over another district), in label heights. */
  trespass?: (id: string, box: Box) => number;
}

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

interface Attempt {
  placed: PlacedLabel[];
  /** Labels that found no free spot. */
  unclear: number;
  /** Rules broken, all labels together. */
  broken: number;
  /** The labels that found no free spot or broke a rule. */
  troubled: Set<string>;
}

/** Places the labels one by one in the order given, each at its best spot given those placed before. */
function placeInOrder(
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

interface Ring {
  pts: readonly { x: number; y: number }[];
  box: Box;
}

function ringOf(pts: readonly { x: number; y: number }[]): Ring {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of pts) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  return { pts, box: { x0, y0, x1, y1 } };
}

/** True when p lies inside the ring (even–odd rule). */
export function insideRing(ring: Ring | readonly { x: number; y: number }[], p: { x: number; y: number }): boolean {
  const r = 'pts' in ring ? ring : ringOf(ring);
  if (!contains(r.box, p)) return false;
  let inside = false;
  for (let i = 0, j = r.pts.length - 1; i < r.pts.length; j = i++) {
    const a = r.pts[i] as { x: number; y: number };
    const b = r.pts[j] as { x: number; y: number };
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** True when the leader runs into the ring: across its edge, or wholly inside it. */
function segmentCrossesRing(l: Leader, ring: Ring): boolean {
  if (!segmentHitsBox(l.p, l.q, ring.box)) return false;
  if (insideRing(ring, l.p) || insideRing(ring, l.q)) return true;
  for (let i = 0, j = ring.pts.length - 1; i < ring.pts.length; j = i++)
    if (segmentsCross(l, { p: ring.pts[i] as { x: number; y: number }, q: ring.pts[j] as { x: number; y: number } }))
      return true;
  return false;
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
