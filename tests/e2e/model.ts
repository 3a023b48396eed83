/**
 * The app's own model of the committed data, built in Node the way the app builds it:
 * every data file read from disk, validated and joined with the pure src/domain
 * modules. Tests read where each record is drawn (`placed`, fanned out where several
 * share a place) from here, so a data edit never needs a test edit.
 */
import { loadRealData } from '../unit/fixtures/real-data';
import { joinAtlas, recordMatches } from '../../src/domain/join';
import type { AtlasModel, PlacedRecord, RecordFilter } from '../../src/domain/model';
import { LAYER_IDS } from '../../src/domain/schema';
import { formatIssue, validateAtlasData } from '../../src/domain/validate';

/** The joined model of the committed data; throws with every problem if the data does not validate. */
export function loadModel(): AtlasModel {
  const result = validateAtlasData(loadRealData());
  if (!result.ok) throw new Error(`the data does not validate:\n${result.issues.map(formatIssue).join('\n')}`);
  return joinAtlas(result.data);
}

/** Every layer, no industry: the default view's filter. */
export const EVERYTHING: RecordFilter = { layers: LAYER_IDS, industries: [] };

/** The placed records the filter shows: the points the map draws from zoom 11 on. */
export function drawnPoints(model: AtlasModel, filter: RecordFilter = EVERYTHING): PlacedRecord[] {
  return model.placed.filter((p) => {
    const r = model.recordById[p.id];
    return r !== undefined && recordMatches(r, filter);
  });
}

/** Web Mercator world pixels (512-pixel tiles, as MapLibre draws) of a coordinate at a zoom. */
export function worldPixels(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/** Screen distance, in CSS pixels, between two coordinates at a zoom. */
export function pixelDistance(a: PlacedRecord, b: PlacedRecord, zoom: number): number {
  const p = worldPixels(a.lng, a.lat, zoom);
  const q = worldPixels(b.lng, b.lat, zoom);
  return Math.hypot(p.x - q.x, p.y - q.y);
}

/** How far, in CSS pixels at the zoom, the point is from the nearest other drawn point. */
export function clearance(p: PlacedRecord, points: readonly PlacedRecord[], zoom: number): number {
  return Math.min(...points.filter((q) => q.id !== p.id).map((q) => pixelDistance(p, q, zoom)));
}

/** The districts that share a border with one (the boundaries are snapped: neighbours share vertices). */
export function neighboursOf(model: AtlasModel, slug: string): string[] {
  const vertices = (d: AtlasModel['districts'][number]) => {
    const polys = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates;
    return new Set(polys.flat(2).map(([lng, lat]) => `${lng},${lat}`));
  };
  const subject = model.districts.find((d) => d.slug === slug);
  if (!subject) throw new Error(`no district ${slug}`);
  const own = vertices(subject);
  return model.districts
    .filter((d) => d.slug !== slug && [...vertices(d)].filter((v) => own.has(v)).length >= 2)
    .map((d) => d.slug);
}
