import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { countByDistrict } from '../../src/domain/join';
import { LAYER_IDS } from '../../src/domain/schema';
import { fromMercator } from '../../src/map/mercator-camera';
import { frameView, modelBounds } from '../../src/map/framing';
import { screenShape, spotsInside, squareInside } from '../../src/map/district-spots';
import { intersects } from '../../src/map/screen-geometry';
import { layoutOverlay } from '../../src/map/overlay/layout';
import { ringAround } from '../../src/map/overlay/ring';
import type { OverlayView } from '../../src/map/overlay/types';
import { loadRealModel } from './fixtures/real-data';
import { measure } from './fixtures/measure';
import { overlayCameraOf } from './fixtures/overlay-camera';

const model = loadRealModel();
const bounds = modelBounds(model);

/** The desk's map at a window size (the map beside the two panels), with a district open. */
function deskLayout(slug: (typeof model.districts)[number]['slug'], lang: 'zh' | 'en', vw: number, vh: number) {
  const w = Math.round(vw * 0.58);
  const h = vh - 100;
  const view: OverlayView = { mapView: 'city', district: slug, record: null, region: null, lang, presenting: false };
  const cam = frameView(model, bounds, { ...view, camera: null }, w, h, {});
  const counts = countByDistrict(model, { layers: LAYER_IDS, industries: [] });
  const out = layoutOverlay(
    { model, view, filter: { layers: LAYER_IDS, industries: [] }, counts, originName: 'Shanghai' },
    overlayCameraOf(cam, w, h, vw, vh),
    [],
    measure,
  );
  return {
    out,
    unproject: (x: number, y: number) =>
      fromMercator(cam.cx + (x - w / 2) / cam.scale, cam.cy + (y - h / 2) / cam.scale),
  };
}

describe('district-only symbols', () => {
  for (const [vw, vh] of [
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
  ] as const)
    for (const lang of ['zh', 'en'] as const)
      it(`sit inside their own district, every district, at ${vw}×${vh} in ${lang}`, () => {
        const outside: string[] = [];
        for (const d of model.districts) {
          const { out, unproject } = deskLayout(d.slug, lang, vw, vh);
          const h = out.symbolPx / 2;
          for (const s of out.symbols.filter((x) => x.precision === 'district'))
            for (const [x, y] of [
              [s.x, s.y],
              [s.x - h, s.y - h],
              [s.x + h, s.y - h],
              [s.x - h, s.y + h],
              [s.x + h, s.y + h],
            ] as const)
              if (!booleanPointInPolygon(unproject(x, y), d.geometry)) {
                outside.push(`${d.slug} ${s.recordId} at ${Math.round(x)},${Math.round(y)}`);
                break;
              }
        }
        expect(outside).toEqual([]);
      });
});

describe('spots inside a district', () => {
  // A district 400 px long and 60 px tall on screen, its badge in the middle: a ring round the badge
  // would put symbols above and below it, off the district.
  const strip = screenShape(
    {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [400, 0],
          [400, 60],
          [0, 60],
          [0, 0],
        ],
      ],
    },
    (x, y) => ({ x, y }),
  );
  const badge = { x0: 160, y0: 18, x1: 240, y1: 42 };
  const around = (m: number) => ringAround(badge, m, 20, 4);

  it('keep to the district where the ring round the badge leaves it, one symbol apart and clear of the badge', () => {
    expect(around(12).some((p) => !squareInside(strip, p.x, p.y, 20))).toBe(true);
    const spots = spotsInside(around, 12, 20, 4, strip, badge);
    expect(spots).toHaveLength(12);
    for (const p of spots) {
      expect(squareInside(strip, p.x, p.y, 20), `${p.x},${p.y}`).toBe(true);
      expect(intersects({ x0: p.x - 10, y0: p.y - 10, x1: p.x + 10, y1: p.y + 10 }, badge)).toBe(false);
      for (const q of spots) if (p !== q) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(20);
    }
  });

  it('stay as near the badge as the district allows: the first ones in the ring beside it', () => {
    const [first] = spotsInside(around, 1, 20, 4, strip, badge);
    expect(first && first.x > badge.x1 && first.x < badge.x1 + 30).toBe(true);
  });

  it('are fewer than asked when the district has no room for more', () => {
    const spots = spotsInside(around, 100, 20, 4, strip, badge);
    expect(spots.length).toBeGreaterThan(12);
    expect(spots.length).toBeLessThan(100);
  });
});
