import { describe, expect, it } from 'vitest';
import { anchorInView } from '../../src/map/anchor-in-view';
import { groundOnMap } from '../../src/map/overlay/thresholds';

const screen = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe('anchorInView', () => {
  it('names a district at the middle of its land in view, away from its edges', () => {
    // Land: the left half of the screen.
    const at = anchorInView((x) => x < 200, screen, [], 10, 20);
    expect(at).not.toBeNull();
    expect(at?.x).toBeGreaterThan(70);
    expect(at?.x).toBeLessThan(130);
    expect(at?.y).toBeGreaterThan(120);
    expect(at?.y).toBeLessThan(180);
  });

  it('keeps off the panels over the map', () => {
    // The same land, with a panel over its lower half: the name moves up, clear of the panel.
    const panel = { x0: 0, y0: 150, x1: 200, y1: 300 };
    const at = anchorInView((x) => x < 200, screen, [panel], 10, 20);
    expect(at?.y).toBeLessThan(150 - 20);
  });

  it('gives no place for a sliver of land, too thin to hold a name', () => {
    expect(anchorInView((x) => x < 15, screen, [], 10, 20)).toBeNull();
    expect(anchorInView(() => false, screen, [], 10, 20)).toBeNull();
  });

  it('is the same for the same screen', () => {
    const inside = (x: number, y: number) => (x - 250) ** 2 + (y - 120) ** 2 < 90 ** 2;
    expect(anchorInView(inside, screen, [], 12, 10)).toEqual(anchorInView(inside, screen, [], 12, 10));
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
