import { describe, expect, it } from 'vitest';
import {
  cameraAt,
  fitCamera,
  framePadding,
  frameView,
  fromMercator,
  mercatorX,
  mercatorY,
  modelBounds,
  toLngLatZoom,
  toScreen,
  type Bounds,
} from '../../src/map/framing';
import { labelSizeAt, placeLabels, textWidth } from '../../src/map/label-placement';
import { loadRealModel } from './fixtures/real-data';

const SHANGHAI: Bounds = [
  [120.85, 30.68],
  [122.2, 31.87],
];

describe('framing', () => {
  it('inverts Web Mercator', () => {
    const [lng, lat] = fromMercator(mercatorX(121.47), mercatorY(31.23));
    expect(lng).toBeCloseTo(121.47, 9);
    expect(lat).toBeCloseTo(31.23, 9);
  });

  it('fits bounds inside the padded area, touching it on one axis, centred on the other', () => {
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
      [1024, 768],
      [3840, 2160],
    ] as const) {
      const pad = { top: 30, bottom: 50, left: 20, right: 400 };
      const cam = fitCamera(SHANGHAI, w, h, pad);
      const [x0, y0] = toScreen(SHANGHAI[0][0], SHANGHAI[1][1], cam, w, h);
      const [x1, y1] = toScreen(SHANGHAI[1][0], SHANGHAI[0][1], cam, w, h);
      expect(x0).toBeGreaterThanOrEqual(pad.left - 1e-6);
      expect(x1).toBeLessThanOrEqual(w - pad.right + 1e-6);
      expect(y0).toBeGreaterThanOrEqual(pad.top - 1e-6);
      expect(y1).toBeLessThanOrEqual(h - pad.bottom + 1e-6);
      const touchesX = Math.abs(x0 - pad.left) < 1e-6 && Math.abs(w - pad.right - x1) < 1e-6;
      const touchesY = Math.abs(y0 - pad.top) < 1e-6 && Math.abs(h - pad.bottom - y1) < 1e-6;
      expect(touchesX || touchesY, `${w}×${h}`).toBe(true);
      expect((x0 + x1) / 2).toBeCloseTo((pad.left + w - pad.right) / 2, 6);
      expect((y0 + y1) / 2).toBeCloseTo((pad.top + h - pad.bottom) / 2, 6);
    }
  });

  it('never zooms a small district in past the fit limit', () => {
    const tiny: Bounds = [
      [121.47, 31.23],
      [121.4701, 31.2301],
    ];
    expect(toLngLatZoom(fitCamera(tiny, 1920, 1080, framePadding(1920, 1080, false))).zoom).toBeCloseTo(13, 9);
  });

  it('uses a camera given by the view as it is, at MapLibre zoom semantics', () => {
    const model = loadRealModel();
    const cam = frameView(
      model,
      modelBounds(model),
      {
        mapView: 'city',
        region: null,
        district: 'pudong',
        record: null,
        camera: { lng: 121.5, lat: 31.2, zoom: 10 },
        presenting: false,
      },
      800,
      600,
    );
    expect(cam).toEqual(cameraAt(121.5, 31.2, 10));
    // At zoom 0 the world is 512 px wide.
    expect(cameraAt(0, 0, 0).scale).toBe(512);
  });

  it('frames a selected district inside its padded area and leaves room for the caption when presenting', () => {
    const model = loadRealModel();
    const bounds = modelBounds(model);
    const normal = frameView(
      model,
      bounds,
      { mapView: 'city', region: null, district: 'minhang', record: null, camera: null, presenting: false },
      1920,
      1080,
    );
    const deck = frameView(
      model,
      bounds,
      { mapView: 'city', region: null, district: 'minhang', record: null, camera: null, presenting: true },
      1920,
      1080,
    );
    const [x] = toScreen(
      model.districtBySlug.minhang.label[0],
      model.districtBySlug.minhang.label[1],
      deck,
      1920,
      1080,
    );
    const right = framePadding(1920, 1080, true).right;
    expect(x).toBeLessThan(1920 - right);
    expect(deck.cx).not.toBeCloseTo(normal.cx, 6);
  });
});

describe('label placement', () => {
  it('puts a lone label above its point', () => {
    expect(placeLabels([{ id: 'a', x: 100, y: 100, width: 40, height: 10 }], [], 10)).toEqual([
      { id: 'a', x: 100, y: 85 },
    ]);
  });

  it('moves a label that would collide to another side, and leaves one out when every side is taken', () => {
    const same = { x: 100, y: 100, width: 40, height: 10 };
    const placed = placeLabels(
      [
        { id: 'a', ...same },
        { id: 'b', ...same },
        { id: 'c', ...same },
        { id: 'd', ...same },
        { id: 'e', ...same },
      ],
      [],
      10,
    );
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(placed.map((p) => `${p.x},${p.y}`)).size).toBe(4);
  });

  it('keeps labels off the obstacles it is given (count bubbles)', () => {
    const placed = placeLabels(
      [{ id: 'a', x: 100, y: 100, width: 40, height: 10 }],
      [{ x0: 70, y0: 70, x1: 130, y1: 96 }],
      10,
    );
    expect(placed).toEqual([{ id: 'a', x: 100, y: 115 }]);
  });

  it('measures Chinese characters wider than Latin ones, and follows the map label sizes', () => {
    expect(textWidth('浦东新区', 10)).toBe(40);
    expect(textWidth('Pudong', 10)).toBeCloseTo(34.8, 6);
    expect([labelSizeAt(7), labelSizeAt(9), labelSizeAt(11.5), labelSizeAt(14)]).toEqual([12, 14, 18, 20]);
  });
});

describe('the regional view framing', () => {
  it('frames Shanghai and every linked place, or Shanghai and one place', () => {
    const model = loadRealModel();
    const bounds = modelBounds(model);
    const all = frameView(
      model,
      bounds,
      { mapView: 'region', region: null, district: null, record: null, camera: null, presenting: false },
      1200,
      900,
    );
    const one = frameView(
      model,
      bounds,
      { mapView: 'region', region: 'jiashan', district: null, record: null, camera: null, presenting: false },
      1200,
      900,
    );
    const city = frameView(
      model,
      bounds,
      { mapView: 'city', region: null, district: null, record: null, camera: null, presenting: false },
      1200,
      900,
    );
    expect(all.scale).toBeLessThan(city.scale);
    expect(one.scale).toBeGreaterThan(all.scale);
    for (const id of ['kashgar', 'guoluo', 'zhejiang']) {
      const r = model.regionById[id];
      if (!r || r.lng === null || r.lat === null) throw new Error(`${id} has no place`);
      const [x, y] = toScreen(r.lng, r.lat, all, 1200, 900);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1200);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(900);
    }
  });
});
