/**
 * The regional view's layout: a badge for each linked place and one for Shanghai, the
 * arcs' origin, all kept off the arcs and their end circles (drawn on the map) and off
 * the islands too small to draw but as dots (their places come with China's outline).
 */
import type { RegionLink } from '../../domain/model';
import { boxAt, type Box } from '../screen-geometry';
import type { LabelRequest, PlacedLabel } from '../label-request';
import { placeLabels } from '../label-placement';
import { sizeAt } from '../symbology';
import { badgeWidth, nameWidth } from './badge';
import type { LayoutFrame, OverlayInput, OverlayLabel, OverlayLayout } from './types';

/** Lays out the regional view; `obstacles` are the panels, legend and cards over the map. */
export function layoutRegion(
  input: OverlayInput,
  f: LayoutFrame,
  obstacles: readonly Box[],
): Pick<OverlayLayout, 'labels' | 'origin'> {
  const { model, view } = input;
  // What labels keep off: the panels, then what the map draws (arcs, their ends, the islands);
  // a leader may cross an arc, not an end circle.
  const arcs: Box[] = [];
  const ends: Box[] = [];
  const o = f.centre;
  const requests: LabelRequest[] = [];
  const labels: OverlayLabel[] = [];
  for (const l of model.regionLinks) {
    const link = linkObstacles(l, f);
    ends.push(link.end);
    arcs.push(...link.arc);
    const e = f.cam.project(l.region.lng, l.region.lat);
    const name = l.region.name[view.lang];
    const count = l.recordIds.length;
    labels.push({
      kind: 'place',
      id: `g:${l.region.id}`,
      region: l.region.id,
      name,
      count,
      selected: view.region === l.region.id,
    });
    requests.push({
      id: `g:${l.region.id}`,
      anchor: e,
      width: badgeWidth(name, count, f.fontPx, f.measure),
      height: f.height,
      besideAnchor: true,
    });
  }
  const fixed: Box[] = [
    ...obstacles,
    boxAt(o.x, o.y, 2 * endRadius(1, f.k), 2 * endRadius(1, f.k)),
    ...islandObstacles(input.islandDots ?? [], f),
  ];
  labels.push({ kind: 'origin', id: 'origin', name: input.originName });
  requests.push({
    id: 'origin',
    anchor: o,
    width: nameWidth([input.originName], f.fontPx, f.measure),
    height: f.height,
    besideAnchor: true,
    first: true,
  });
  const options = { bounds: f.bounds, obstacles: [...fixed, ...ends], lines: arcs, gap: f.gap, maxLeader: f.maxLeader };
  let placed = placeLabels(requests, options);
  // A small map (a phone's) crowds the places by Shanghai: Jiashan, a few pixels from the origin, is ringed by
  // the ends of Zhejiang's, Jiangsu's and Anhui's arcs. Then a leader may cross an end circle too; no name
  // covers one still.
  if (placed.some((p) => !p.clear))
    placed = placeLabels(requests, { ...options, obstacles: fixed, lines: [...arcs, ...ends] });
  return { origin: o, labels: labels.map((l, i) => ({ ...l, placed: placed[i] as PlacedLabel })) };
}

/** The outer radius of an arc's end circle for a link of n records. */
function endRadius(n: number, k: number): number {
  return sizeAt('linkEndRadius', n, k) + sizeAt('linkEndStroke', n, k);
}

/** The arc and its end circle are drawn on the map: labels keep off them, the arc a square every few pixels along. */
function linkObstacles(l: RegionLink, f: LayoutFrame): { end: Box; arc: Box[] } {
  const out: Box[] = [];
  const e = f.cam.project(l.region.lng, l.region.lat);
  const endR = endRadius(l.recordIds.length, f.k);
  const end = boxAt(e.x, e.y, 2 * endR, 2 * endR);
  const w = sizeAt('linkWidth', l.recordIds.length, f.k);
  let last: { x: number; y: number } | null = null;
  for (const [lng, lat] of l.path) {
    const p = f.cam.project(lng, lat);
    if (!last || Math.hypot(p.x - last.x, p.y - last.y) >= Math.max(4, w)) {
      out.push(boxAt(p.x, p.y, w + 2, w + 2));
      last = p;
    }
  }
  return { end, arc: out };
}

/** Diaoyu Dao, Chiwei Yu and the other islands drawn as dots: a national map writes no name over them. */
function islandObstacles(dots: readonly (readonly [number, number])[], f: LayoutFrame): Box[] {
  const size = 2 * (sizeAt('islandRadius', 1, f.k) + sizeAt('islandStroke', 1, f.k)) + f.gap;
  return dots.map(([lng, lat]) => {
    const p = f.cam.project(lng, lat);
    return boxAt(p.x, p.y, size, size);
  });
}
