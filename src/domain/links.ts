/**
 * The regional cooperation links: from Shanghai to each place in China the report
 * names, with the records behind each link, drawn as gentle arcs. Pure.
 */
import type { AtlasModel, RegionLink } from './model';

/** Points per arc: smooth at any zoom the regional view allows. */
const ARC_POINTS = 48;
/** How far an arc bows out, as a share of its length. */
const BOW = 0.18;

/** Where links start: Shanghai's centre, Huangpu's label point. */
export function shanghaiOrigin(model: Pick<AtlasModel, 'districtBySlug'>): [number, number] {
  return model.districtBySlug.huangpu.label;
}

/** A quadratic arc from a to b, bowing to the north (left of west-bound, right of east-bound). */
export function arc(a: [number, number], b: [number, number], n = ARC_POINTS): [number, number][] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return [a, b];
  // Unit normal pointing north (positive latitude) where possible.
  let nx = -dy / len;
  let ny = dx / len;
  if (ny < 0 || (ny === 0 && nx < 0)) {
    nx = -nx;
    ny = -ny;
  }
  const c: [number, number] = [(a[0] + b[0]) / 2 + nx * len * BOW, (a[1] + b[1]) / 2 + ny * len * BOW];
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = i / n;
    const u = 1 - t;
    return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]];
  });
}

/** One link per place with coordinates that a regional record names (joinAtlas keeps the result as `regionLinks`). */
export function buildRegionLinks(model: Pick<AtlasModel, 'districtBySlug' | 'records' | 'regions'>): RegionLink[] {
  const origin = shanghaiOrigin(model);
  const byRegion = new Map<string, string[]>();
  for (const r of model.records)
    if (r.scope === 'region') for (const id of r.regions) byRegion.set(id, [...(byRegion.get(id) ?? []), r.id]);
  const links: RegionLink[] = [];
  for (const region of model.regions) {
    const recordIds = byRegion.get(region.id);
    if (!recordIds || region.lng === null || region.lat === null) continue;
    const place = { ...region, lng: region.lng, lat: region.lat };
    links.push({ region: place, recordIds, path: arc(origin, [place.lng, place.lat]) });
  }
  return links;
}

/**
 * The regional view's headline: the report's main figure for it (a regional record of
 * kind figure, e.g. the technology transferred to Zhejiang, Jiangsu and Anhui), or null.
 */
export function regionHeadline(model: Pick<AtlasModel, 'records'>): AtlasModel['records'][number] | null {
  return model.records.find((r) => r.scope === 'region' && r.kind === 'figure' && r.figures.length > 0) ?? null;
}
