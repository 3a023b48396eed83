/**
 * What the map shows for a tour step, how step numbers are kept inside the tour, and
 * where the caption card sits: the camera padding must leave the card's side of the
 * screen to the card and still leave room for the map.
 */
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/domain/schema';
import { buildTour, type TourStep } from '../../src/domain/tour';
import {
  captionMargin,
  captionWidth,
  deckCardFor,
  presentationPadding,
  presenterWindowSize,
} from '../../src/map/deck-layout';
import { clampStep, viewForStep } from '../../src/presentation/step-view';
import { loadRealModel } from './fixtures/real-data';

const step = (focus: TourStep['focus']): TourStep => ({ id: 'x', focus, recordIds: ['a', 'b'], quote: 'q' });
const ALL = [...LAYER_IDS];

describe('viewForStep', () => {
  it('shows the whole city with every layer for the overview and international cooperation', () => {
    const base = {
      mapView: 'city',
      region: null,
      district: null,
      record: null,
      layers: ALL,
      industries: [],
      camera: null,
    };
    expect(viewForStep(step({ type: 'city' }))).toEqual(base);
    expect(viewForStep(step({ type: 'beyond', scope: 'international' }))).toEqual(base);
  });

  it('shows regional cooperation on the map of China', () => {
    expect(viewForStep(step({ type: 'beyond', scope: 'region' }))).toEqual({
      mapView: 'region',
      region: null,
      district: null,
      record: null,
      layers: ALL,
      industries: [],
      camera: null,
    });
  });

  it('shows only its layer for a layer step', () => {
    for (const layer of LAYER_IDS)
      expect(viewForStep(step({ type: 'layer', layer }))).toEqual({
        mapView: 'city',
        region: null,
        district: null,
        record: null,
        layers: [layer],
        industries: [],
        camera: null,
      });
  });

  it('selects the district, with every layer and no filter, for a district step', () => {
    expect(viewForStep(step({ type: 'district', district: 'pudong' }))).toEqual({
      mapView: 'city',
      region: null,
      district: 'pudong',
      record: null,
      layers: ALL,
      industries: [],
      camera: null,
    });
  });

  it('returns a fresh layer list each time (the store may not share it with the tour)', () => {
    const a = viewForStep(step({ type: 'city' }));
    const b = viewForStep(step({ type: 'city' }));
    expect(a.layers).not.toBe(b.layers);
    expect(a.layers).not.toBe(LAYER_IDS);
  });

  it('frames every step of the real tour as its focus says', () => {
    for (const s of buildTour(loadRealModel())) {
      const v = viewForStep(s);
      expect(v.district, s.id).toBe(s.focus.type === 'district' ? s.focus.district : null);
      expect(v.layers, s.id).toEqual(s.focus.type === 'layer' ? [s.focus.layer] : ALL);
      expect(v.camera, s.id).toBeNull();
      expect(v.record, s.id).toBeNull();
    }
  });
});

describe('clampStep', () => {
  it('keeps a step inside the tour', () => {
    expect(clampStep(0, 25)).toBe(0);
    expect(clampStep(7, 25)).toBe(7);
    expect(clampStep(24, 25)).toBe(24);
    expect(clampStep(25, 25)).toBe(24);
    expect(clampStep(1000, 25)).toBe(24);
    expect(clampStep(-1, 25)).toBe(0);
    expect(clampStep(-1000, 25)).toBe(0);
  });

  it('truncates fractions and maps non-numbers to the first step', () => {
    expect(clampStep(3.7, 25)).toBe(3);
    expect(clampStep(-0.5, 25)).toBe(0);
    expect(clampStep(Number.NaN, 25)).toBe(0);
  });

  it('is 0 for an empty tour', () => {
    expect(clampStep(0, 0)).toBe(0);
    expect(clampStep(5, 0)).toBe(0);
    expect(clampStep(-5, 0)).toBe(0);
  });
});

describe('caption layout', () => {
  const SCREENS: [number, number][] = [
    [1280, 720],
    [1920, 1080],
    [2560, 1440],
    [3840, 2160],
    [1024, 768],
  ];

  it.each(SCREENS)('at %i×%i the padding keeps the map beside the card, with room left', (w, h) => {
    const card = captionWidth(w, h);
    const m = captionMargin(w, h);
    const pad = presentationPadding(w, h);
    expect(card).toBeGreaterThan(0);
    expect(card + 2 * m, 'the card and its margins fit the screen').toBeLessThan(w);
    // The padding's right side covers the card and its gap to the screen edge.
    expect(pad.right).toBeGreaterThan(card);
    expect(pad.right).toBeGreaterThanOrEqual(card + m);
    for (const side of ['top', 'bottom', 'left', 'right'] as const) expect(pad[side], side).toBeGreaterThanOrEqual(0);
    const freeWidth = w - pad.left - pad.right;
    const freeHeight = h - pad.top - pad.bottom;
    expect(freeWidth, `free width at ${w}×${h}`).toBeGreaterThan(0);
    expect(freeHeight, `free height at ${w}×${h}`).toBeGreaterThan(0);
  });

  it('scales with the screen', () => {
    expect(captionWidth(3840, 2160)).toBe(2 * captionWidth(1920, 1080));
    const a = presentationPadding(1920, 1080);
    const b = presentationPadding(3840, 2160);
    expect(Math.abs(b.right - 2 * a.right)).toBeLessThanOrEqual(2);
  });

  it.each(SCREENS)('at %i×%i the wide card is wider, and the map is padded beside it, with room left', (w, h) => {
    const card = captionWidth(w, h, 'wide');
    const m = captionMargin(w, h);
    const pad = presentationPadding(w, h, 'wide');
    expect(card).toBeGreaterThan(captionWidth(w, h));
    expect(pad.right).toBeGreaterThanOrEqual(card + m);
    expect(pad.right).toBeGreaterThan(presentationPadding(w, h).right);
    expect(w - pad.left - pad.right, `free width at ${w}×${h}`).toBeGreaterThan(0.25 * w);
  });

  it('gives only the matrix step the wide card', () => {
    const cards = buildTour(loadRealModel()).map((s) => [s.focus.type, deckCardFor(s.focus.type)]);
    expect(cards.filter(([, c]) => c === 'wide')).toEqual([['matrix', 'wide']]);
  });
});

describe('presenterWindowSize', () => {
  it('opens at 1280×800 where the screen has room', () => {
    expect(presenterWindowSize(1920, 1040)).toEqual({ width: 1280, height: 800 });
  });
  it('fits a 1366×768 laptop below its taskbar, leaving room for the window frame', () => {
    const s = presenterWindowSize(1366, 728);
    expect(s.width).toBeLessThanOrEqual(1366 - 40);
    expect(s.height).toBeLessThanOrEqual(728 - 40);
  });
  it('never opens smaller than 640×480, nor from a screen that reports nothing', () => {
    expect(presenterWindowSize(300, 200)).toEqual({ width: 640, height: 480 });
    expect(presenterWindowSize(0, Number.NaN)).toEqual({ width: 1240, height: 760 });
  });
});
