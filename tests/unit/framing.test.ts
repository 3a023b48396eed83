import { describe, expect, it } from 'vitest';
import {
  cameraAt,
  fitCamera,
  fromMercator,
  mercatorX,
  mercatorY,
  toLngLatZoom,
  toScreen,
} from '../../src/map/mercator-camera';
import { framePadding, INSET_GAP, insetsFor } from '../../src/map/frame-padding';
import { frameView, withNeighbours, modelBounds, type Bounds } from '../../src/map/framing';
import { cameraFits, ZOOM_LIMITS } from '../../src/domain/camera-limits';
import { captionMargin, captionWidth, locatorBox } from '../../src/map/deck-layout';
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

  it('never frames further out than the map allows, and centres the bounds in the padded area at the zoom it shows', () => {
    // All of China on a phone above its sheet: a fit would want zoom ~1, which the map clamps to its smallest.
    const china: Bounds = [
      [73, 3],
      [135, 54],
    ];
    const pad = { top: 62, bottom: 290, left: 20, right: 20 };
    const cam = fitCamera(china, 360, 578, pad);
    expect(toLngLatZoom(cam).zoom).toBeCloseTo(ZOOM_LIMITS.min, 9);
    const [x0, y0] = toScreen(china[0][0], china[1][1], cam, 360, 578);
    const [x1, y1] = toScreen(china[1][0], china[0][1], cam, 360, 578);
    expect((x0 + x1) / 2).toBeCloseTo((pad.left + 360 - pad.right) / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo((pad.top + 578 - pad.bottom) / 2, 6);
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

  it('frames a selected district whole, among its neighbours, and the whole city beside the card when presenting', () => {
    const model = loadRealModel();
    const bounds = modelBounds(model);
    const view = { mapView: 'city', region: null, district: 'minhang', record: null, camera: null } as const;
    const normal = frameView(model, bounds, { ...view, presenting: false }, 1920, 1080);
    const deck = frameView(model, bounds, { ...view, district: null, presenting: true }, 1920, 1080);
    const right = framePadding(1920, 1080, true).right;
    for (const d of model.districts) {
      const [x, y] = toScreen(d.label[0], d.label[1], deck, 1920, 1080);
      expect(x, `${d.slug} left of the card`).toBeLessThan(1920 - right);
      expect(x, `${d.slug} on screen`).toBeGreaterThan(0);
      expect(y, `${d.slug} on screen`).toBeGreaterThan(0);
      expect(y, `${d.slug} on screen`).toBeLessThan(1080);
    }
    expect(deck.scale).toBeLessThan(normal.scale);
  });
});

describe('honest framing', () => {
  const model = loadRealModel();
  const bounds = modelBounds(model);
  const placedRecords = model.placed;

  it.each([
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
  ])(
    'never zooms a record past its district: at %i×%i the district stays whole, with room for its neighbours',
    (w, h) => {
      expect(placedRecords.length).toBeGreaterThan(50);
      for (const p of placedRecords) {
        const cam = frameView(
          model,
          bounds,
          { mapView: 'city', region: null, district: p.district, record: p.id, camera: null, presenting: false },
          w,
          h,
        );
        const [[west, south], [east, north]] = bounds.district[p.district];
        const [x0, y0] = toScreen(west, north, cam, w, h);
        const [x1, y1] = toScreen(east, south, cam, w, h);
        const margin = Math.min(w, h) * 0.06;
        const where = `${p.id} in ${p.district}`;
        expect(x0, where).toBeGreaterThan(margin);
        expect(y0, where).toBeGreaterThan(margin);
        expect(x1, where).toBeLessThan(w - margin);
        expect(y1, where).toBeLessThan(h - margin);
        // And the district is not the whole screen: its neighbours show around it.
        expect(Math.max((x1 - x0) / w, (y1 - y0) / h), where).toBeLessThan(0.85);
      }
    },
  );

  it('frames a record the same as its district: a place the source gives only roughly earns no closer look', () => {
    const p = placedRecords.find((r) => r.precision === 'approximate');
    if (!p) throw new Error('no approximate record');
    const base = { mapView: 'city', region: null, camera: null, presenting: false } as const;
    const record = frameView(model, bounds, { ...base, district: p.district, record: p.id }, 1600, 900);
    const district = frameView(model, bounds, { ...base, district: p.district, record: null }, 1600, 900);
    expect(record).toEqual(district);
  });

  it('keeps a fitted view clear of the controls floating over the map, on whichever side leaves it bigger', () => {
    const legend = { x0: 900, y0: 10, x1: 1190, y1: 240 };
    const insets = insetsFor([legend], 1200, 900, 8);
    expect(insets).toEqual([
      { top: 248, bottom: 0, left: 0, right: 0 },
      { top: 0, bottom: 0, left: 0, right: 308 },
    ]);
    const view = {
      mapView: 'city',
      region: null,
      district: null,
      record: null,
      camera: null,
      presenting: false,
    } as const;
    const cam = frameView(model, bounds, view, 1200, 900, { insets });
    const [[west, south], [east, north]] = bounds.city;
    const [x0, y0] = toScreen(west, north, cam, 1200, 900);
    const [x1, y1] = toScreen(east, south, cam, 1200, 900);
    const clear = x1 <= legend.x0 || y0 >= legend.y1;
    expect(clear, `city box ${x0},${y0}–${x1},${y1} vs legend`).toBe(true);
    expect(cam.scale).toBeGreaterThanOrEqual(
      Math.min(...insets.map((inset) => frameView(model, bounds, view, 1200, 900, { insets: [inset] }).scale)),
    );
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

describe('a deck step about one district', () => {
  const model = loadRealModel();
  const bounds = modelBounds(model);
  const SIZES = [
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
  ] as const;
  const deckView = (district: (typeof model.districts)[number]['slug']) =>
    ({ mapView: 'city', region: null, district, record: null, camera: null, presenting: true }) as const;
  /** The subject's bounding box on screen under a camera. */
  const box = (
    cam: ReturnType<typeof frameView>,
    slug: (typeof model.districts)[number]['slug'],
    w: number,
    h: number,
  ) => {
    const [[west, south], [east, north]] = bounds.district[slug];
    const [x0, y0] = toScreen(west, north, cam, w, h);
    const [x1, y1] = toScreen(east, south, cam, w, h);
    return { x0, y0, x1, y1 };
  };
  // The deck's toolbar and legend, top left, as the CSS lays them out (about; the browser tests measure them).
  const controls = (w: number, h: number) => {
    const m = captionMargin(w, h);
    const vmin = Math.min(w, h) / 100;
    return [{ x0: m, y0: m, x1: m + 26 * vmin, y1: m + 4.2 * vmin + 8 * vmin }];
  };

  it.each(SIZES)(
    'shows every district large enough to read from the back of the room: at %i×%i its box is at least a quarter of the map area',
    (w, h) => {
      // The map area: the screen left of the caption card.
      const area = Math.min(w - captionWidth(w, h) - 2 * captionMargin(w, h), h);
      const insets = insetsFor(controls(w, h), w, h, INSET_GAP);
      for (const d of model.districts) {
        const b = box(frameView(model, bounds, deckView(d.slug), w, h, { insets }), d.slug, w, h);
        const side = Math.max(b.x1 - b.x0, b.y1 - b.y0);
        expect(side, `${d.slug} at ${w}×${h}`).toBeGreaterThanOrEqual(area / 4);
      }
    },
  );

  it.each(SIZES)(
    'never zooms past the district among its neighbours, and keeps it clear of the card, the controls and the locator at %i×%i',
    (w, h) => {
      const insets = insetsFor(controls(w, h), w, h, INSET_GAP);
      const pad = framePadding(w, h, true);
      const locator = locatorBox(w, h);
      for (const d of model.districts) {
        const cam = frameView(model, bounds, deckView(d.slug), w, h, { insets });
        const honest = fitCamera(withNeighbours(bounds.district[d.slug]), w, h, pad);
        expect(cam.scale, d.slug).toBeLessThanOrEqual(honest.scale * (1 + 1e-9));
        // A camera the map accepts (camera-limits.ts), as close as it comes.
        expect(cameraFits(toLngLatZoom(cam), 'city'), d.slug).toBe(true);
        const b = box(cam, d.slug, w, h);
        expect(b.x1, `${d.slug} left of the card`).toBeLessThanOrEqual(w - pad.right + 1e-6);
        expect(b.x0, d.slug).toBeGreaterThanOrEqual(0);
        expect(b.y0, d.slug).toBeGreaterThanOrEqual(0);
        expect(b.y1, d.slug).toBeLessThanOrEqual(h);
        for (const c of [...controls(w, h), locator]) {
          const clear = b.x1 <= c.x0 || b.x0 >= c.x1 || b.y1 <= c.y0 || b.y0 >= c.y1;
          expect(clear, `${d.slug} clear of ${JSON.stringify(c)}`).toBe(true);
        }
      }
    },
  );

  it('frames a step alike whether the locator is on screen (measured) or not yet', () => {
    const [w, h] = [1920, 1054];
    const viewport = { width: 1920, height: 1080 };
    // As the browser measured it at 1920×1080: the CSS's 15vmin square beside the card.
    const drawn = { x0: 1012.8125, y0: 27, x1: 1174.8125, y1: 189 };
    for (const d of model.districts) {
      const without = frameView(model, bounds, deckView(d.slug), w, h, {
        insets: insetsFor(controls(w, h), w, h, INSET_GAP),
        viewport,
      });
      const withIt = frameView(model, bounds, deckView(d.slug), w, h, {
        insets: insetsFor([...controls(w, h), drawn], w, h, INSET_GAP),
        viewport,
      });
      expect(withIt, d.slug).toEqual(without);
    }
  });

  it('frames the city overview, a layer and the regional step as before: only a district step comes closer', () => {
    const city = frameView(model, bounds, { ...deckView('huangpu'), district: null }, 1920, 1080);
    const [[west, south], [east, north]] = bounds.city;
    const [x0, y0] = toScreen(west, north, city, 1920, 1080);
    const [x1, y1] = toScreen(east, south, city, 1920, 1080);
    const pad = framePadding(1920, 1080, true);
    expect(x0).toBeGreaterThanOrEqual(pad.left - 1e-6);
    expect(x1).toBeLessThanOrEqual(1920 - pad.right + 1e-6);
    expect(y0).toBeGreaterThanOrEqual(pad.top - 1e-6);
    expect(y1).toBeLessThanOrEqual(1080 - pad.bottom + 1e-6);
  });
});
