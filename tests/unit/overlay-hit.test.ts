import { describe, expect, it } from 'vitest';
import { overlayHitAt } from '../../src/map/overlay-hit';
import type { OverlayLayout, PlacedOverlayLabel } from '../../src/map/overlay/types';

function badge(slug: 'pudong' | 'huangpu', x0: number, y0: number): PlacedOverlayLabel {
  const box = { x0, y0, x1: x0 + 80, y1: y0 + 24 };
  return {
    kind: 'district',
    id: `district-${slug}`,
    slug,
    name: slug,
    count: 3,
    selected: false,
    placed: { id: `district-${slug}`, box, anchor: { x: x0, y: y0 }, leader: false, clear: true },
  };
}

const layout: OverlayLayout = {
  fontPx: 16,
  k: 1,
  symbolPx: 20,
  labels: [badge('pudong', 100, 100), badge('huangpu', 150, 110)],
  symbols: [{ recordId: 'r1', layer: 'clusters', precision: 'approximate', x: 400, y: 300, selected: false }],
  ring: null,
  origin: null,
};

describe('overlayHitAt', () => {
  it('returns the badge under the point, the one drawn last where two overlap', () => {
    expect(overlayHitAt(layout, 110, 105)).toEqual({ kind: 'district', slug: 'pudong' });
    expect(overlayHitAt(layout, 160, 115)).toEqual({ kind: 'district', slug: 'huangpu' });
  });

  it('returns a symbol within its radius, and nothing beside it', () => {
    expect(overlayHitAt(layout, 405, 306)).toEqual({ kind: 'record', recordId: 'r1' });
    expect(overlayHitAt(layout, 416, 300)).toBeNull();
  });

  it('widens every target by the slop a finger needs', () => {
    expect(overlayHitAt(layout, 95, 97)).toBeNull();
    expect(overlayHitAt(layout, 95, 97, 8)).toEqual({ kind: 'district', slug: 'pudong' });
    expect(overlayHitAt(layout, 416, 300, 8)).toEqual({ kind: 'record', recordId: 'r1' });
  });
});
