import { describe, expect, it } from 'vitest';
import { anchorInView } from '../../src/map/anchor-in-view';
import { insideAnyRing, insideRing, ringOf } from '../../src/map/screen-geometry';
import { groundOnMap } from '../../src/map/overlay/thresholds';

const screen = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('anchorInView', () => {
  it('names a district at the middle of its land in view, away from its edges', () => {
    // Land: the left half of the screen.
    const at = anchorInView((x) => x < 200, screen, [], 10);
    expect(at?.depth).toBeGreaterThanOrEqual(20);
    expect(at?.x).toBeGreaterThan(70);
    expect(at?.x).toBeLessThan(130);
    expect(at?.y).toBeGreaterThan(120);
    expect(at?.y).toBeLessThan(180);
  });

  it('keeps off the panels over the map', () => {
    // The same land, with a panel over its lower half: the name moves up, clear of the panel.
    const panel = { x0: 0, y0: 150, x1: 200, y1: 300 };
    const at = anchorInView((x) => x < 200, screen, [panel], 10);
    expect(at?.y).toBeLessThan(150 - 20);
  });

  it('measures a sliver of land as too thin to hold a name, and gives no place where no land is free', () => {
    expect(anchorInView((x) => x < 15, screen, [], 10)?.depth ?? 0).toBeLessThan(20);
    expect(anchorInView(() => false, screen, [], 10)).toBeNull();
  });

  it('gives the same answer searching only the box the land lies in', () => {
    // A district in the lower right corner, partly under a panel; its box, and one far off the grid.
    const inside = (x: number, y: number) => (x - 330) ** 2 + (y - 240) ** 2 < 70 ** 2;
    const panel = { x0: 300, y0: 260, x1: 400, y1: 300 };
    const whole = anchorInView(inside, screen, [panel], 12);
    expect(whole).not.toBeNull();
    expect(anchorInView(inside, screen, [panel], 12, { x0: 260, y0: 170, x1: 400, y1: 310 })).toEqual(whole);
    expect(anchorInView(inside, screen, [panel], 12, { x0: 500, y0: 0, x1: 600, y1: 100 })).toBeNull();
  });

  it('tells land from sea on a grid as insideRing does, point for point', () => {
    // A concave ring and a second one inside its notch: a district and an island of it.
    const rings = [
      ringOf([
        { x: 20, y: 20 },
        { x: 380, y: 30 },
        { x: 200, y: 150 },
        { x: 370, y: 280 },
        { x: 30, y: 260 },
      ]),
      ringOf([
        { x: 300, y: 120 },
        { x: 360, y: 110 },
        { x: 350, y: 180 },
      ]),
    ];
    const test = insideAnyRing(rings);
    let land = 0;
    for (let y = 0.5; y < 300; y += 7)
      for (let x = 0.5; x < 400; x += 7) {
        const expected = rings.some((r) => insideRing(r, { x, y }));
        expect(test(x, y), `${x}, ${y}`).toBe(expected);
        if (expected) land++;
      }
    expect(land).toBeGreaterThan(100);
  });

  it('is the same for the same screen', () => {
    const inside = (x: number, y: number) => (x - 250) ** 2 + (y - 120) ** 2 < 90 ** 2;
    expect(anchorInView(inside, screen, [], 12)).toEqual(anchorInView(inside, screen, [], 12));
  });
});

describe('groundOnMap', () => {
  it('draws records on the ground in the city view from zoom 11, never in the deck or the regional view', () => {
    expect(groundOnMap({ mapView: 'city', presenting: false }, 11)).toBe(true);
    expect(groundOnMap({ mapView: 'city', presenting: false }, 10.9)).toBe(false);
    expect(groundOnMap({ mapView: 'city', presenting: true }, 12.5)).toBe(false);
    expect(groundOnMap({ mapView: 'region', presenting: false }, 12)).toBe(false);
  });
});
