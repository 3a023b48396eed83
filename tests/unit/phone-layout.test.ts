import { describe, expect, it } from 'vitest';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS } from '../../src/domain/schema';
import { TILE_SIZE, toScreen, viewBounds } from '../../src/map/mercator-camera';
import { insetsFor } from '../../src/map/frame-padding';
import { frameView, modelBounds } from '../../src/map/framing';
import { intersects } from '../../src/map/screen-geometry';
import { BADGE } from '../../src/map/overlay/badge';
import { layoutOverlay } from '../../src/map/overlay/layout';
import { NARROW_MIN_FONT_PX } from '../../src/map/overlay/thresholds';
import { labelPx } from '../../src/map/screen-scale';
import { cardBelow, locatorBox, presentationPadding } from '../../src/map/deck-layout';
import { nextSheetSize } from '../../src/ui/SheetBar';
import { loadRealModel } from './fixtures/real-data';
import { measure } from './fixtures/measure';

const model = loadRealModel();
const bounds = modelBounds(model);

/** The city on a map of w×h CSS px in a window of vw×vh. */
function city(lang: 'zh' | 'en', vw: number, vh: number, w: number, h: number) {
  const view = { mapView: 'city', district: null, record: null, region: null, lang, presenting: false } as const;
  const cam = frameView(model, bounds, { ...view, camera: null }, w, h, { insets: insetsFor([], w, h, 8) });
  const zoom = Math.log2(cam.scale / TILE_SIZE);
  const out = layoutOverlay(
    {
      model,
      view,
      filter: { layers: LAYER_IDS, industries: [] },
      counts: countByDistrict(model, { layers: LAYER_IDS, industries: [] }),
      originName: 'Shanghai',
    },
    {
      project: (lng, lat) => {
        const [x, y] = toScreen(lng, lat, cam, w, h);
        return { x, y };
      },
      zoom,
      bounds: viewBounds(cam, w, h),
      width: w,
      height: h,
      viewport: { width: vw, height: vh },
    },
    [],
    measure,
  );
  return Object.assign(out, { zoom });
}

describe("a phone's city map", () => {
  // The map's box at each screen as the phone layout gives it (the header and the sheet's peek taken off).
  const PHONES = [
    [390, 844, 390, 680],
    [360, 800, 360, 636],
    [844, 390, 506, 304],
  ] as const;
  for (const [vw, vh, w, h] of PHONES)
    for (const lang of ['zh', 'en'] as const)
      it(`${vw}×${vh} (${lang}): all 16 badges placed apart, inside the map, counts at 14 px or more`, () => {
        const out = city(lang, vw, vh, w, h);
        expect(out.fontPx * BADGE.countScale).toBeGreaterThanOrEqual(NARROW_MIN_FONT_PX - 1e-9);
        const badges = out.labels.filter((l) => l.kind === 'district');
        expect(badges).toHaveLength(16);
        for (const [i, a] of badges.entries()) {
          expect(a.placed.clear, `${a.id} found a free place`).toBe(true);
          const b = a.placed.box;
          expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= w && b.y1 <= h, `${a.id} inside the map`).toBe(true);
          for (const o of badges.slice(i + 1)) expect(intersects(b, o.placed.box), `${a.id} / ${o.id}`).toBe(false);
        }
        // Names are given up only where they do not fit: most badges keep theirs.
        const named = badges.filter((l) => l.kind === 'district' && l.name !== '');
        expect(named.length).toBeGreaterThanOrEqual(12);
      });

  it('a map as wide as a tablet keeps every name and the desk size', () => {
    const out = city('zh', 768, 1024, 768, 870);
    expect(out.labels.every((l) => l.kind !== 'district' || l.name !== '')).toBe(true);
    expect(out.fontPx).toBeCloseTo(labelPx(out.zoom, 768, 1024, false), 6);
  });
});

describe('the bottom sheet', () => {
  it('steps between peek, half and full, and stops at either end', () => {
    expect(nextSheetSize('peek', 1)).toBe('half');
    expect(nextSheetSize('half', 1)).toBe('full');
    expect(nextSheetSize('full', 1)).toBe('full');
    expect(nextSheetSize('full', -1)).toBe('half');
    expect(nextSheetSize('peek', -1)).toBe('peek');
  });
});

describe("the deck's framing on a phone", () => {
  it('keeps no room for a card beside a map narrower than 600 px (the card is below it)', () => {
    const p = presentationPadding(390, 420);
    expect(p.right).toBe(p.left);
    expect(presentationPadding(1920, 1080).right).toBeGreaterThan(600);
  });
});

describe('the vertical story (card below the map)', () => {
  it('is the deck of a phone either way up and of a tablet held upright, never of the desk or a tablet on its side', () => {
    expect(cardBelow(390, 844)).toBe(true);
    expect(cardBelow(360, 800)).toBe(true);
    expect(cardBelow(568, 320)).toBe(true);
    expect(cardBelow(768, 1024)).toBe(true);
    expect(cardBelow(1024, 1366)).toBe(true);
    expect(cardBelow(1024, 768)).toBe(false);
    expect(cardBelow(844, 390)).toBe(false);
    expect(cardBelow(1280, 1600)).toBe(false);
    expect(cardBelow(1920, 1080)).toBe(false);
  });

  it("frames an upright tablet's map (wider than it is tall above the card) with no room kept for a card beside it", () => {
    const p = presentationPadding(768, 523, 'normal', { width: 768, height: 1024 });
    expect(p.right).toBe(p.left);
    // The same map in a window on its side keeps the card's room.
    expect(presentationPadding(768, 523, 'normal', { width: 1366, height: 600 }).right).toBeGreaterThan(p.left);
  });

  it('puts the locator at the right edge of the map, under the toolbar row, inside the window', () => {
    for (const [w, h] of [
      [390, 844],
      [768, 1024],
    ] as const) {
      const l = locatorBox(w, h);
      expect(l.x1).toBeLessThan(w);
      expect(l.x1).toBeGreaterThan(w - 0.05 * w);
      expect(l.y0).toBeGreaterThanOrEqual(52);
      expect(l.x1 - l.x0).toBeCloseTo(l.y1 - l.y0, 9);
    }
  });
});
