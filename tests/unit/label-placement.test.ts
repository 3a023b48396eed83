import { describe, expect, it } from 'vitest';
import { insideRing, intersects, nearestPoint, segmentHitsBox, type Box } from '../../src/map/screen-geometry';
import type { LabelRequest, PlacedLabel } from '../../src/map/label-request';
import { placeLabels } from '../../src/map/label-placement';

const BOUNDS: Box = { x0: 0, y0: 0, x1: 1000, y1: 800 };
const opts = { bounds: BOUNDS, obstacles: [] as Box[], gap: 3 };

function label(id: string, x: number, y: number, width = 80, height = 20): LabelRequest {
  return { id, anchor: { x, y }, width, height };
}

/** True when the segments ab and cd cross. */
function crosses(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

interface Point {
  x: number;
  y: number;
}

/** Every pair of boxes apart (by the gap), every leader clear of the other boxes. */
function expectTidy(placed: PlacedLabel[], gap: number) {
  for (const a of placed) {
    expect(a.clear, `${a.id} found a free place`).toBe(true);
    for (const b of placed) {
      if (a === b) continue;
      const grown = { x0: a.box.x0 - gap, y0: a.box.y0 - gap, x1: a.box.x1 + gap, y1: a.box.y1 + gap };
      expect(intersects(grown, b.box), `${a.id} and ${b.id} overlap`).toBe(false);
      if (a.leader) {
        const q = nearestPoint(a.box, a.anchor);
        expect(segmentHitsBox(a.anchor, q, b.box), `${a.id}'s leader runs through ${b.id}`).toBe(false);
      }
    }
  }
}

describe('label placement', () => {
  it('puts a lone label on its anchor, with no leader line', () => {
    const [p] = placeLabels([label('a', 500, 400)], opts);
    expect(p?.box).toEqual({ x0: 460, y0: 390, x1: 540, y1: 410 });
    expect(p?.leader).toBe(false);
    expect(p?.clear).toBe(true);
  });

  it('keeps a label that names a symbol beside it, never over it', () => {
    const [p] = placeLabels([{ ...label('a', 500, 400), besideAnchor: true }], opts);
    if (!p) throw new Error('not placed');
    expect(p.box.x0 > 500 || p.box.x1 < 500 || p.box.y0 > 400 || p.box.y1 < 400).toBe(true);
    expect(Math.hypot(nearestPoint(p.box, p.anchor).x - 500, nearestPoint(p.box, p.anchor).y - 400)).toBeLessThan(20);
  });

  it('places every one of a dozen labels crowded in a small area: none dropped, none overlapping, leaders clear', () => {
    // Like the city centre: a dozen points within 60 px, each name far wider than the gaps between them.
    const requests = Array.from({ length: 12 }, (_, i) =>
      label(`l${i}`, 500 + ((i * 37) % 60) - 30, 400 + ((i * 23) % 60) - 30, 90 + (i % 4) * 15),
    );
    const placed = placeLabels(requests, opts);
    expect(placed.map((p) => p.id)).toEqual(requests.map((r) => r.id));
    expectTidy(placed, opts.gap);
    for (const p of placed) expect(p.box.x0 >= 0 && p.box.y0 >= 0 && p.box.x1 <= 1000 && p.box.y1 <= 800).toBe(true);
  });

  it('keeps off the obstacles it is given, and inside its bounds', () => {
    const card = { x0: 480, y0: 0, x1: 1000, y1: 800 };
    const placed = placeLabels([label('a', 470, 400), label('b', 20, 10)], { ...opts, obstacles: [card] });
    expectTidy(placed, opts.gap);
    for (const p of placed) {
      expect(intersects(p.box, card), `${p.id} under the card`).toBe(false);
      expect(p.box.x0).toBeGreaterThanOrEqual(0);
      expect(p.box.y0).toBeGreaterThanOrEqual(0);
    }
  });

  it('leaves an uncrowded label on its own anchor rather than giving its spot to a crowded one', () => {
    // c sits alone just right of a crowd of three.
    const requests = [label('a', 400, 400), label('b', 402, 402), label('d', 398, 404), label('c', 492, 400)];
    const placed = placeLabels(requests, opts);
    expectTidy(placed, opts.gap);
    expect(placed.find((p) => p.id === 'c')?.leader).toBe(false);
  });

  it('gives the same layout for the same inputs, and the same relative layout for a panned map', () => {
    const requests = Array.from({ length: 10 }, (_, i) => label(`l${i}`, 480 + ((i * 29) % 50), 390 + ((i * 17) % 40)));
    const first = placeLabels(requests, opts);
    expect(placeLabels(requests, opts)).toEqual(first);
    // Something else laid out in between changes nothing: no state is kept from one call to the next.
    placeLabels([label('x', 100, 100), ...requests.slice(3)], opts);
    expect(placeLabels(requests, opts)).toEqual(first);
    const again = placeLabels(
      requests.map((r) => ({ ...r, anchor: { x: r.anchor.x + 7, y: r.anchor.y - 3 } })),
      opts,
    );
    for (const [i, p] of again.entries()) {
      const before = first[i];
      if (!before) throw new Error(p.id);
      expect(p.box.x0 - before.box.x0, p.id).toBeCloseTo(7, 6);
      expect(p.box.y0 - before.box.y0, p.id).toBeCloseTo(-3, 6);
    }
  });

  it('keeps a label on its anchor’s side of the centre, even when the nearer spot is across it', () => {
    // b's anchor is just right of the centre, and a's label covers the right: b would go left, across the centre.
    const centre = { x: 500, y: 400 };
    const requests = [
      { ...label('a', 560, 400, 120), first: true },
      { ...label('b', 505, 400, 80), centre },
    ];
    const free = placeLabels(
      requests.map((r) => ({ ...r, centre: undefined })),
      { ...opts, obstacles: [{ x0: 505, y0: 300, x1: 700, y1: 390 }] },
    );
    const sided = placeLabels(requests, { ...opts, obstacles: [{ x0: 505, y0: 300, x1: 700, y1: 390 }] });
    const side = (p: PlacedLabel | undefined) => ((p?.box.x0 ?? 0) + (p?.box.x1 ?? 0)) / 2 - centre.x;
    expect(side(free[1]), 'without the rule it goes across').toBeLessThan(0);
    expect(side(sided[1])).toBeGreaterThanOrEqual(0);
    expectTidy(sided, opts.gap);
  });

  it('keeps leaders shorter than the limit, and off each other', () => {
    const requests = Array.from({ length: 10 }, (_, i) =>
      label(`l${i}`, 500 + ((i * 37) % 60) - 30, 400 + ((i * 23) % 60) - 30, 90 + (i % 4) * 15),
    );
    const leadersOf = (placed: PlacedLabel[]) =>
      placed.filter((p) => p.leader).map((p) => ({ p, q: nearestPoint(p.box, p.anchor) }));
    const length = (l: { p: PlacedLabel; q: Point }) => Math.hypot(l.q.x - l.p.anchor.x, l.q.y - l.p.anchor.y);
    // Left to itself, this crowd reaches further than 80 px.
    expect(Math.max(...leadersOf(placeLabels(requests, opts)).map(length))).toBeGreaterThan(80);
    const placed = placeLabels(requests, { ...opts, maxLeader: 80 });
    expectTidy(placed, opts.gap);
    const leaders = leadersOf(placed);
    for (const l of leaders) {
      expect(length(l), l.p.id).toBeLessThanOrEqual(80);
      for (const o of leaders)
        if (o !== l) expect(crosses(l.p.anchor, l.q, o.p.anchor, o.q), `${l.p.id} × ${o.p.id}`).toBe(false);
    }
  });

  it('runs no leader across an area kept clear, but the one whose point is inside it', () => {
    // A square "subject" right of a crowd: the crowd's leaders go round it, its own badge's from inside.
    const subject = [
      { x: 560, y: 340 },
      { x: 700, y: 340 },
      { x: 700, y: 460 },
      { x: 560, y: 460 },
    ];
    const requests = [
      ...Array.from({ length: 8 }, (_, i) => label(`l${i}`, 520 + ((i * 7) % 20), 390 + ((i * 11) % 20))),
      { ...label('own', 630, 400), besideAnchor: true },
    ];
    const placed = placeLabels(requests, { ...opts, keepOut: [subject] });
    expectTidy(placed, opts.gap);
    for (const p of placed.filter((l) => l.leader && l.id !== 'own')) {
      const q = nearestPoint(p.box, p.anchor);
      for (let t = 0; t <= 1; t += 0.01)
        expect(
          insideRing(subject, { x: p.anchor.x + (q.x - p.anchor.x) * t, y: p.anchor.y + (q.y - p.anchor.y) * t }),
          p.id,
        ).toBe(false);
    }
    expect(placed.find((p) => p.id === 'own')?.leader).toBe(true);
  });

  it('runs a leader across a line drawn on the map, but covers none with a label', () => {
    // A point hemmed in by lines on every side (a place beside the hub every arc leaves from): as obstacles they
    // would leave it no leader at all; as lines, it is named beyond them.
    const ring: Box[] = [];
    for (let a = 0; a < 2 * Math.PI; a += Math.PI / 24) {
      const x = 500 + 12 * Math.cos(a);
      const y = 400 + 12 * Math.sin(a);
      ring.push({ x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 });
    }
    const request = { ...label('a', 500, 400), besideAnchor: true };
    expect(placeLabels([request], { ...opts, obstacles: ring })[0]?.clear).toBe(false);
    const [placed] = placeLabels([request], { ...opts, lines: ring });
    expect(placed?.clear).toBe(true);
    for (const b of ring) expect(intersects(placed?.box ?? b, b), 'a label over a line').toBe(false);
  });

  it('says so rather than dropping a label when there is no room at all', () => {
    const tiny = { x0: 0, y0: 0, x1: 100, y1: 30 };
    const placed = placeLabels([label('a', 50, 15), label('b', 50, 15)], { ...opts, bounds: tiny });
    expect(placed).toHaveLength(2);
    expect(placed.filter((p) => !p.clear)).toHaveLength(1);
  });

  it('tells whether a segment passes through a box', () => {
    const b = { x0: 10, y0: 10, x1: 20, y1: 20 };
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 30, y: 30 }, b)).toBe(true);
    expect(segmentHitsBox({ x: 0, y: 0 }, { x: 30, y: 5 }, b)).toBe(false);
    expect(segmentHitsBox({ x: 15, y: 0 }, { x: 15, y: 9 }, b)).toBe(false);
  });
});
