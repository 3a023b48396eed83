/**
 * The camera limits the map and the links share: each view's box holds everything that
 * view draws, and a camera fits only within the box and the zoom limits.
 */
import { describe, expect, it } from 'vitest';
import bbox from '@turf/bbox';
import { cameraFits, VIEW_BOUNDS, ZOOM_LIMITS, type CameraBounds } from '../../src/domain/camera-limits';
import { loadRealModel, loadValidData } from './fixtures/real-data';

function inside(b: CameraBounds, lng: number, lat: number): boolean {
  return lng >= b[0][0] && lng <= b[1][0] && lat >= b[0][1] && lat <= b[1][1];
}

describe('the camera limits', () => {
  it("the city view's box holds every district and the neighbouring cities drawn around them", () => {
    const model = loadRealModel();
    for (const geo of [
      {
        type: 'FeatureCollection' as const,
        features: model.districts.map((d) => ({ type: 'Feature' as const, properties: {}, geometry: d.geometry })),
      },
      model.contextGeo,
    ]) {
      const [w, s, e, n] = bbox(geo);
      expect(inside(VIEW_BOUNDS.city, w, s) && inside(VIEW_BOUNDS.city, e, n), `${w},${s} → ${e},${n}`).toBe(true);
    }
  });

  it("the regional view's box holds China as drawn and every place a regional link goes to", () => {
    const model = loadRealModel();
    const [w, s, e, n] = bbox(loadValidData().china);
    expect(inside(VIEW_BOUNDS.region, w, s) && inside(VIEW_BOUNDS.region, e, n)).toBe(true);
    expect(model.regionLinks.length).toBeGreaterThan(0);
    for (const l of model.regionLinks)
      expect(inside(VIEW_BOUNDS.region, l.region.lng, l.region.lat), l.region.id).toBe(true);
  });

  it('fits a camera inside the box and the zoom limits, and no other', () => {
    expect(cameraFits({ lng: 121.47, lat: 31.23, zoom: 11 }, 'city')).toBe(true);
    expect(cameraFits({ lng: 98.7, lat: 36.9, zoom: 4.4 }, 'region')).toBe(true);
    expect(cameraFits({ lng: 98.7, lat: 36.9, zoom: 4.4 }, 'city')).toBe(false);
    expect(cameraFits({ lng: 121.47, lat: 31.23, zoom: ZOOM_LIMITS.max + 1 }, 'city')).toBe(false);
    expect(cameraFits({ lng: 121.47, lat: 31.23, zoom: ZOOM_LIMITS.min - 1 }, 'region')).toBe(false);
    expect(cameraFits({ lng: 2.35, lat: 48.86, zoom: 5 }, 'region')).toBe(false);
  });
});
