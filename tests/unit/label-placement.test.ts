import { describe, expect, it } from 'vitest';
import {
  intersects,
  nearestPoint,
  placeLabels,
  segmentHitsBox,
  type Box,
  type LabelRequest,
  type PlacedLabel,
} from '../../src/map/label-placement';

const BOUNDS: Box = { x0: 0, y0: 0, x1: 1000, y1: 800 };
const opts = { bounds: BOUNDS, obstacles: [] as Box[], gap: 3 };

function label(id: string, x: number, y: number, width = 80, height = 20): LabelRequest {
  return { id, anchor: { x, y }, width, height };
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

  it('keeps a label where it was while that spot stays free, so labels do not jump as the map moves', () => {
    const requests = [label('a', 400, 400), label('b', 401, 401)];
    const first = placeLabels(requests, opts);
    const moved = first.find((p) => p.leader);
    if (!moved) throw new Error('one of the two should have moved');
    const previous = new Map(
      first.map((p) => [
        p.id,
        { dx: (p.box.x0 + p.box.x1) / 2 - p.anchor.x, dy: (p.box.y0 + p.box.y1) / 2 - p.anchor.y },
      ]),
    );
    // Pan by a few pixels: same relative places.
    const again = placeLabels(
      requests.map((r) => ({ ...r, anchor: { x: r.anchor.x + 7, y: r.anchor.y - 3 } })),
      { ...opts, previous },
    );
    for (const p of again) {
      const before = first.find((f) => f.id === p.id);
      if (!before) throw new Error(p.id);
      expect(p.box.x0 - before.box.x0, p.id).toBeCloseTo(7, 6);
      expect(p.box.y0 - before.box.y0, p.id).toBeCloseTo(-3, 6);
    }
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
