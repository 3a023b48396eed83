/**
 * The map's overlay, laid out: district badges (name and count), the selected district's
 * record symbols, the selected record's ring and name, and in the regional view the
 * linked places and Shanghai as their origin. Pure: the same layout serves the WebGL
 * map, the SVG drawing and the PNG export, from a projection and the screen's sizes.
 *
 * Honest placement: a record the source places only approximately is drawn at its
 * approximate point; one it gives only a district for is not drawn on the ground at
 * all but around its district's badge, as the legend says ("arranged around the
 * district name").
 */
import type { DistrictCounts } from '../domain/join';
import type { AtlasModel, PlacedRecord, RecordFilter } from '../domain/model';
import { recordMatches } from '../domain/join';
import { shanghaiOrigin } from '../domain/links';
import type { DistrictSlug, LayerId, Precision } from '../domain/schema';
import type { Lang } from '../vocabulary';
import { anchorInView } from './anchor-in-view';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './label-placement';
import { screenShape, spotsInside } from './district-spots';
import { groundWithin, overlayDrawsGround, placedIn } from './placed-index';
import { labelPx, maxLeaderPx, screenScale } from './screen-scale';
import { sizeAt, SYMBOLOGY } from './symbology';

/** What the overlay needs to know of the view. */
export interface OverlayView {
  mapView: 'city' | 'region';
  district: DistrictSlug | null;
  record: string | null;
  region: string | null;
  lang: Lang;
  presenting: boolean;
}

/** How the map looks right now: projection (CSS px relative to the map), zoom and sizes. */
export interface OverlayCamera {
  project: (lng: number, lat: number) => { x: number; y: number };
  zoom: number;
  /** What the map shows, [west, south, east, north] in degrees. */
  bounds: readonly [number, number, number, number];
  width: number;
  height: number;
  /** The browser window, which the deck's type scales with. */
  viewport: { width: number; height: number };
}

/** Text width in CSS px for a font size and weight (canvas measureText in the browser, an estimate in tests). */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

export type OverlayLabel =
  | { kind: 'district'; id: string; slug: DistrictSlug; name: string; count: number; selected: boolean }
  | { kind: 'record'; id: string; recordId: string; lines: string[] }
  | { kind: 'place'; id: string; region: string; name: string; count: number; selected: boolean }
  | { kind: 'origin'; id: string; name: string }
  | { kind: 'more'; id: string; slug: DistrictSlug; count: number };

export type PlacedOverlayLabel = OverlayLabel & { placed: PlacedLabel };

export interface OverlaySymbol {
  recordId: string;
  layer: LayerId;
  precision: Precision;
  /** Centre, in CSS px relative to the map. */
  x: number;
  y: number;
  selected: boolean;
}

export interface OverlayLayout {
  /** The font size of names, CSS px. */
  fontPx: number;
  /** The screen scale every SYMBOLOGY length is multiplied by. */
  k: number;
  /** Symbol size (CSS px). */
  symbolPx: number;
  labels: PlacedOverlayLabel[];
  symbols: OverlaySymbol[];
  /** The ring around the selected record's symbol. */
  ring: { x: number; y: number; r: number } | null;
  /** Where Shanghai's arcs start, in the regional view. */
  origin: { x: number; y: number } | null;
}

export interface OverlayInput {
  model: AtlasModel;
  view: OverlayView;
  filter: RecordFilter;
  counts: Record<DistrictSlug, DistrictCounts>;
  /** "Shanghai" in the UI language, for the origin of the regional arcs. */
  originName: string;
  /** The islands the regional view draws as dots, [lng, lat] (data/china.ts): no name covers one. */
  islandDots?: readonly (readonly [number, number])[];
}

/** Beyond this many records on the ground in view, names stop keeping clear of each one (the map clusters them). */
const MAX_GROUND_OBSTACLES = 400;

/** The most symbols drawn around a badge; the rest are counted in a "+n" chip. */
export const MAX_RING_SYMBOLS = 24;

/** Badge geometry as shares of the font size, shared with the CSS and the PNG export. */
export const BADGE = { padX: 0.45, gap: 0.35, height: 1.5, countPadX: 0.4, countScale: 0.92 } as const;

/** The width of a district badge: name, gap, count pill. */
export function badgeWidth(name: string, count: number, fontPx: number, measure: Measure): number {
  const countW = measure(String(count), fontPx * BADGE.countScale, true) + 2 * BADGE.countPadX * fontPx;
  return Math.ceil(BADGE.padX * fontPx + measure(name, fontPx, false) + BADGE.gap * fontPx + countW + 0.2 * fontPx);
}

/** Splits a long name into at most two lines no wider than maxWidth where it can. */
function wrapName(text: string, fontPx: number, maxWidth: number, measure: Measure): string[] {
  if (measure(text, fontPx, true) <= maxWidth) return [text];
  const cjk = /[\u3000-\u9fff]/.test(text);
  const parts = cjk ? [...text] : text.split(/(?<=\s)/);
  let best: [string, string] = [text, ''];
  let bestW = Infinity;
  for (let i = 1; i < parts.length; i++) {
    const a = parts.slice(0, i).join('').trimEnd();
    const b = parts.slice(i).join('').trimStart();
    const w = Math.max(measure(a, fontPx, true), measure(b, fontPx, true));
    if (w < bestW) {
      bestW = w;
      best = [a, b];
    }
  }
  return best[1] ? best : [text];
}

/**
 * Positions around a box for n symbols of size s: evenly along the line that runs `gap`
 * outside the box (straight along its sides, round at its corners), then a second such
 * line further out when the first is full. Neighbours are always at least s apart.
 */
export function ringAround(box: Box, n: number, s: number, gap: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let ring = 0; out.length < n; ring++) {
    // Half a diagonal out, so even a square symbol at a corner stays clear of the box.
    const r = gap + s * Math.SQRT1_2 + ring * (s + gap);
    const w = box.x1 - box.x0;
    const h = box.y1 - box.y0;
    const arc = (Math.PI / 2) * r;
    const perimeter = 2 * (w + h) + 4 * arc;
    // Along a corner's arc the straight distance is shorter than the way round: a little extra keeps them apart.
    const capacity = Math.max(1, Math.floor(perimeter / ((s + gap) * 1.12)));
    const here = Math.min(capacity, n - out.length);
    const at = (d: number): { x: number; y: number } => {
      // Clockwise from the middle of the right side: right, bottom-right corner, bottom, … .
      const legs: [number, (t: number) => { x: number; y: number }][] = [
        [h / 2, (t) => ({ x: box.x1 + r, y: box.y0 + h / 2 + t })],
        [arc, (t) => corner(box.x1, box.y1, t / r, 0)],
        [w, (t) => ({ x: box.x1 - t, y: box.y1 + r })],
        [arc, (t) => corner(box.x0, box.y1, t / r, Math.PI / 2)],
        [h, (t) => ({ x: box.x0 - r, y: box.y1 - t })],
        [arc, (t) => corner(box.x0, box.y0, t / r, Math.PI)],
        [w, (t) => ({ x: box.x0 + t, y: box.y0 - r })],
        [arc, (t) => corner(box.x1, box.y0, t / r, (3 * Math.PI) / 2)],
        [h / 2, (t) => ({ x: box.x1 + r, y: box.y0 + t })],
      ];
      let rest = d;
      for (const [len, f] of legs) {
        if (rest <= len) return f(rest);
        rest -= len;
      }
      return { x: box.x1 + r, y: box.y0 + h / 2 };
    };
    const corner = (cx: number, cy: number, t: number, from: number) => ({
      x: cx + r * Math.cos(from + t),
      y: cy + r * Math.sin(from + t),
    });
    for (let i = 0; i < here; i++) out.push(at(((i + 0.5) / here) * perimeter));
  }
  return out;
}

function within(p: { x: number; y: number }, b: Box): boolean {
  return p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;
}

function square(x: number, y: number, size: number): Box {
  return { x0: x - size / 2, y0: y - size / 2, x1: x + size / 2, y1: y + size / 2 };
}

interface ScreenRing {
  slug: DistrictSlug;
  pts: { x: number; y: number }[];
  box: Box;
}

/** The districts' outer rings on screen, thinned to a few pixels: enough to tell which district a point is over. */
function screenRings(model: AtlasModel, cam: OverlayCamera): ScreenRing[] {
  const out: ScreenRing[] = [];
  for (const d of model.districts) {
    const polys = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates;
    for (const poly of polys) {
      const outer = poly[0];
      if (!outer) continue;
      const pts: { x: number; y: number }[] = [];
      for (const [lng, lat] of outer) {
        const p = cam.project(lng, lat);
        const last = pts[pts.length - 1];
        if (!last || Math.abs(p.x - last.x) + Math.abs(p.y - last.y) >= 3) pts.push(p);
      }
      if (pts.length < 3) continue;
      const xs = pts.map((p) => p.x);
      const ys = pts.map((p) => p.y);
      out.push({
        slug: d.slug,
        pts,
        box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
      });
    }
  }
  return out;
}

function districtAt(rings: readonly ScreenRing[], x: number, y: number): DistrictSlug | null {
  for (const r of rings) {
    if (x < r.box.x0 || x > r.box.x1 || y < r.box.y0 || y > r.box.y1) continue;
    let inside = false;
    for (let i = 0, j = r.pts.length - 1; i < r.pts.length; j = i++) {
      const a = r.pts[i] as { x: number; y: number };
      const b = r.pts[j] as { x: number; y: number };
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
    if (inside) return r.slug;
  }
  return null;
}

/**
 * A district's name is best over its own ground, or over the sea and the land around
 * the city; over a neighbour it misleads a little, over the highlighted district a lot.
 */
function trespassing(model: AtlasModel, cam: OverlayCamera, selected: DistrictSlug | null) {
  const rings = screenRings(model, cam);
  return (id: string, b: Box): number => {
    if (!id.startsWith('d:')) return 0;
    const own = id.slice(2);
    let cost = 0;
    const cx = (b.x0 + b.x1) / 2;
    const cy = (b.y0 + b.y1) / 2;
    for (const [x, y] of [
      [cx, cy],
      [b.x0 + 2, b.y0 + 2],
      [b.x1 - 2, b.y0 + 2],
      [b.x0 + 2, b.y1 - 2],
      [b.x1 - 2, b.y1 - 2],
    ] as const) {
      const at = districtAt(rings, x, y);
      if (at && at !== own) cost += at === selected ? 0.6 : 0.15;
    }
    return cost;
  };
}

/** A district's outer rings on screen, for leaders to keep out of: all but the vertices a fraction of a pixel from the last. */
function outline(d: AtlasModel['districts'][number], cam: OverlayCamera): { x: number; y: number }[][] {
  const polys = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates;
  return polys.map((poly) => {
    const pts: { x: number; y: number }[] = [];
    for (const [lng, lat] of poly[0] ?? []) {
      const p = cam.project(lng, lat);
      const last = pts[pts.length - 1];
      if (!last || Math.abs(p.x - last.x) + Math.abs(p.y - last.y) >= 0.25) pts.push(p);
    }
    return pts;
  });
}

/**
 * Lays the overlay out; `obstacles` are the panels, legend and cards over the map. A
 * function of its arguments alone: the same framing always gives the same layout.
 */
export function layoutOverlay(
  input: OverlayInput,
  cam: OverlayCamera,
  obstacles: readonly Box[],
  measure: Measure,
): OverlayLayout {
  const { model, view } = input;
  const k = screenScale(cam.viewport.width, cam.viewport.height, view.presenting);
  // A phone's map: type no smaller than the rest of its page, counts (the smaller type) included.
  const narrow = cam.width < NARROW_MAP_PX;
  const fontPx = Math.max(
    narrow ? NARROW_MIN_FONT_PX / BADGE.countScale : 0,
    labelPx(cam.zoom, cam.viewport.width, cam.viewport.height, view.presenting),
  );
  const symbolPx = SYMBOLOGY.icon.cssPx * sizeAt('iconSize', cam.zoom, k);
  const gap = Math.max(2, fontPx * 0.2);
  const bounds: Box = { x0: 2, y0: 2, x1: cam.width - 2, y1: cam.height - 2 };
  const height = Math.round(fontPx * BADGE.height);
  const fixed: Box[] = [...obstacles];
  const maxLeader = maxLeaderPx(cam.viewport.width, cam.viewport.height, view.presenting);
  const origin = shanghaiOrigin(model);
  const centre = cam.project(origin[0], origin[1]);
  const out: OverlayLayout = { fontPx, k, symbolPx, labels: [], symbols: [], ring: null, origin: null };

  if (view.mapView === 'region') {
    const o = centre;
    out.origin = o;
    const requests: LabelRequest[] = [];
    const labels: OverlayLabel[] = [];
    const endR = (n: number) => sizeAt('linkEndRadius', n, k) + sizeAt('linkEndStroke', n, k);
    // The arcs and their end circles are drawn on the map: labels keep off them (leaders may cross an arc).
    const arcs: Box[] = [];
    for (const l of model.regionLinks) {
      const e = cam.project(l.region.lng, l.region.lat);
      fixed.push(square(e.x, e.y, 2 * endR(l.recordIds.length)));
      const w = sizeAt('linkWidth', l.recordIds.length, k);
      let last: { x: number; y: number } | null = null;
      for (const [lng, lat] of l.path) {
        const p = cam.project(lng, lat);
        if (!last || Math.hypot(p.x - last.x, p.y - last.y) >= Math.max(4, w)) {
          arcs.push(square(p.x, p.y, w + 2));
          last = p;
        }
      }
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
        width: badgeWidth(name, count, fontPx, measure),
        height,
        besideAnchor: true,
      });
    }
    fixed.push(square(o.x, o.y, 2 * endR(1)));
    // Diaoyu Dao, Chiwei Yu and the other islands drawn as dots: a national map writes no name over them.
    for (const [lng, lat] of input.islandDots ?? []) {
      const p = cam.project(lng, lat);
      fixed.push(square(p.x, p.y, 2 * (sizeAt('islandRadius', 1, k) + sizeAt('islandStroke', 1, k)) + gap));
    }
    labels.push({ kind: 'origin', id: 'origin', name: input.originName });
    requests.push({
      id: 'origin',
      anchor: o,
      width: Math.ceil(measure(input.originName, fontPx, true) + 2 * BADGE.padX * fontPx),
      height,
      besideAnchor: true,
      first: true,
    });
    const placed = placeLabels(requests, { bounds, obstacles: fixed, lines: arcs, gap, maxLeader });
    out.labels = labels.map((l, i) => ({ ...l, placed: placed[i] as PlacedLabel }));
    return out;
  }

  // The city: one badge per district, on its label point.
  const districtLabels: OverlayLabel[] = model.districts.map((d) => ({
    kind: 'district',
    id: `d:${d.slug}`,
    slug: d.slug,
    name: d.name[view.lang],
    count: input.counts[d.slug].total,
    selected: view.district === d.slug,
  }));
  const requestOf = (l: OverlayLabel & { kind: 'district' }): LabelRequest => {
    const d = model.districtBySlug[l.slug];
    return {
      id: l.id,
      anchor: cam.project(d.label[0], d.label[1]),
      width: badgeWidth(l.name, l.count, fontPx, measure),
      height,
      first: l.selected,
      // A district's name stays on its own side of the city, never across the centre from it.
      centre,
    };
  };

  // Records on the ground (approximate or surveyed places): the selected district's, which the overlay draws
  // (when they are few), and, once zoomed in, everyone's, which the map draws and the names keep clear of.
  const selected = view.district ? model.districtBySlug[view.district] : null;
  const ownGround = selected !== null && !view.presenting && overlayDrawsGround(model, selected.slug);
  const visible = (p: PlacedRecord) => {
    const r = model.recordById[p.id];
    return r !== undefined && (recordMatches(r, input.filter) || p.id === view.record);
  };
  const onScreen = (at: { x: number; y: number }) =>
    at.x > -symbolPx && at.y > -symbolPx && at.x < cam.width + symbolPx && at.y < cam.height + symbolPx;
  if (ownGround && selected)
    for (const p of placedIn(model, selected.slug)) {
      if (p.precision === 'district' || !visible(p)) continue;
      const at = cam.project(p.lng, p.lat);
      if (!onScreen(at)) continue;
      fixed.push(square(at.x, at.y, symbolPx));
      out.symbols.push({
        recordId: p.id,
        layer: p.layer,
        precision: p.precision,
        x: at.x,
        y: at.y,
        selected: p.id === view.record,
      });
    }
  // The deck draws no records on the ground (groundOnMap): its card lists a step's records.
  if (groundOnMap(view, cam.zoom)) {
    const around = groundWithin(model, cam.bounds).filter(
      (p) => visible(p) && !(ownGround && p.district === selected?.slug),
    );
    // A crowded ground is drawn in clusters by the map; names then keep clear of the few, not of thousands.
    if (around.length <= MAX_GROUND_OBSTACLES)
      for (const p of around) {
        const at = cam.project(p.lng, p.lat);
        if (onScreen(at)) fixed.push(square(at.x, at.y, symbolPx));
      }
  }

  let placedSelected: PlacedLabel | null = null;
  const extra: { label: OverlayLabel; placed: PlacedLabel }[] = [];
  if (selected) {
    // The selected district's badge first, on its point; its district-only records around it.
    const own = districtLabels.find((l) => l.kind === 'district' && l.slug === selected.slug);
    const request = own?.kind === 'district' ? requestOf(own) : null;
    if (request && within(request.anchor, bounds)) {
      const others = districtLabels
        .filter((l) => l.id !== request.id)
        .map((l) => requestOf(l as OverlayLabel & { kind: 'district' }).anchor);
      placedSelected =
        placeLabels([request], { bounds, obstacles: fixed, gap, maxLeader, reserved: others })[0] ?? null;
    }
    // In the deck a district's records would only crowd its neighbours' names: its card lists them instead.

    if (placedSelected && !view.presenting) {
      const ringed = placedIn(model, selected.slug)
        .filter((p) => p.precision === 'district' && visible(p))
        .map((p) => p.id);
      // Round the badge, on the district's own ground only; as many as it has room for, the rest counted in "+n".
      const badge = placedSelected.box;
      const spots = spotsInside(
        (m) => ringAround(badge, m, symbolPx, gap),
        Math.min(ringed.length, MAX_RING_SYMBOLS),
        symbolPx,
        gap,
        screenShape(selected.geometry, cam.project),
        badge,
      );
      const shown = ringed.length > spots.length ? ringed.slice(0, Math.max(0, spots.length - 1)) : ringed;
      if (view.record && ringed.includes(view.record) && !shown.includes(view.record) && shown.length > 0)
        shown[shown.length - 1] = view.record;
      shown.forEach((id, i) => {
        const r = model.recordById[id];
        const at = spots[i];
        if (!r || !at) return;
        fixed.push(square(at.x, at.y, symbolPx));
        out.symbols.push({
          recordId: id,
          layer: r.layer,
          precision: 'district',
          x: at.x,
          y: at.y,
          selected: id === view.record,
        });
      });
      if (shown.length < ringed.length) {
        const at = spots[shown.length];
        if (at) {
          const more: OverlayLabel = {
            kind: 'more',
            id: `m:${selected.slug}`,
            slug: selected.slug,
            count: ringed.length - shown.length,
          };
          const w = Math.ceil(measure(`+${more.count}`, fontPx * 0.8, true) + fontPx * 0.6);
          const box = { x0: at.x - w / 2, y0: at.y - symbolPx / 2, x1: at.x + w / 2, y1: at.y + symbolPx / 2 };
          fixed.push(box);
          extra.push({ label: more, placed: { id: more.id, box, anchor: at, leader: false, clear: true } });
        }
      }
    }
  }

  // The selected record: a ring on its symbol and its name beside it.
  const sym = view.record ? out.symbols.find((s) => s.recordId === view.record) : undefined;
  const requests: LabelRequest[] = [];
  const labels: OverlayLabel[] = [];
  if (sym && view.record) {
    const r = model.recordById[view.record];
    const ringR = (SYMBOLOGY.ring.radius + SYMBOLOGY.ring.stroke) * k;
    out.ring = { x: sym.x, y: sym.y, r: SYMBOLOGY.ring.radius * k };
    fixed.push(square(sym.x, sym.y, 2 * ringR));
    if (r) {
      const lines = wrapName(r.name[view.lang], fontPx, Math.max(160, cam.width * 0.32), measure);
      labels.push({ kind: 'record', id: `r:${r.id}`, recordId: r.id, lines });
      requests.push({
        id: `r:${r.id}`,
        anchor: { x: sym.x, y: sym.y },
        width: Math.ceil(Math.max(...lines.map((l) => measure(l, fontPx, true))) + 2 * BADGE.padX * fontPx),
        height: Math.round(fontPx * (0.3 + 1.25 * lines.length)),
        besideAnchor: true,
        first: true,
      });
    }
  }
  // A deck step about one district names its neighbours on their land in view (anchor-in-view.ts).
  const deckDistrict = view.presenting && selected !== null;
  const inner: Box = { x0: bounds.x0 + height, y0: bounds.y0 + height, x1: bounds.x1 - height, y1: bounds.y1 - height };
  let rings: ScreenRing[] | null = null;
  // Land worth a name holds most of its badge: a sliver at the screen's edge would only send it off on a long leader.
  const landInView = (slug: DistrictSlug, width: number) => {
    rings ??= screenRings(model, cam);
    const own = rings.filter((r) => r.slug === slug);
    const minDepth = Math.max(height, Math.min(width * 0.4, height * 1.5));
    return anchorInView((x, y) => districtAt(own, x, y) === slug, bounds, fixed, Math.max(8, fontPx), minDepth);
  };
  for (const l of districtLabels) {
    if (l.kind !== 'district' || (placedSelected && l.slug === view.district)) continue;
    let request = requestOf(l);
    // Elsewhere a district whose point is off the map (a neighbour of the one framed) is not named from the edge.
    // In the deck, a point too near the edge to hold its badge, or under the card, counts as off the map too.
    const hidden = deckDistrict
      ? !within(request.anchor, inner) || obstacles.some((o) => within(request.anchor, o))
      : !within(request.anchor, bounds);
    if (hidden) {
      const at = deckDistrict ? landInView(l.slug, request.width) : null;
      if (!at) continue;
      request = { ...request, anchor: at };
    }
    labels.push(l);
    requests.push(request);
  }
  const placeAll = (all: readonly LabelRequest[]) =>
    placeLabels(all, {
      bounds,
      obstacles: fixed,
      gap,
      maxLeader,
      // The highlighted district is the one the room looks at: no leader runs across it.
      keepOut: selected ? outline(selected, cam) : [],
      placedBefore: placedSelected ? [placedSelected] : [],
      trespass: trespassing(model, cam, view.district),
    });
  let placed = placeAll(requests);
  // A phone's map has no room for sixteen named badges at a readable size: a badge that
  // finds no free place keeps only its count (its name is in the district list, and comes
  // back as one zooms in), and all are placed again; one still without a place then takes
  // the name of its nearest named neighbour too.
  for (let pass = 0; narrow && pass < NARROW_PASSES; pass++) {
    const stuck = labels.flatMap((l, i) => (l.kind === 'district' && !placed[i]?.clear ? [i] : []));
    if (stuck.length === 0) break;
    const shorten = new Set<number>();
    for (const i of stuck) {
      const l = labels[i];
      if (l?.kind === 'district' && l.name) shorten.add(i);
      else {
        const at = requests[i]?.anchor;
        let best = -1;
        let bestD = Infinity;
        labels.forEach((o, j) => {
          const q = requests[j]?.anchor;
          if (o.kind !== 'district' || !o.name || !at || !q) return;
          const d = Math.hypot(q.x - at.x, q.y - at.y);
          if (d < bestD) [best, bestD] = [j, d];
        });
        if (best >= 0) shorten.add(best);
      }
    }
    if (shorten.size === 0) break;
    for (const i of shorten) {
      const l = labels[i];
      if (l?.kind !== 'district') continue;
      const short = { ...l, name: '' };
      labels[i] = short;
      requests[i] = requestOf(short);
    }
    placed = placeAll(requests);
  }
  out.labels = [
    ...(placedSelected
      ? [{ ...(districtLabels.find((l) => l.id === placedSelected.id) as OverlayLabel), placed: placedSelected }]
      : []),
    ...labels.map((l, i) => ({ ...l, placed: placed[i] as PlacedLabel })),
    ...extra.map((e) => ({ ...e.label, placed: e.placed })),
  ];
  return out;
}

/** A map narrower than this (CSS px) is a phone's: names no smaller than NARROW_MIN_FONT_PX, and count-only badges where names do not fit. */
export const NARROW_MAP_PX = 600;

/** The smallest type on a phone, CSS px. */
export const NARROW_MIN_FONT_PX = 14;

/** How many times a phone's badges give up names to find everyone a place. */
const NARROW_PASSES = 4;

/** Below this zoom the city view shows districts and counts only; from it on, records on the ground. */
export const CITY_MAX_ZOOM = 11;

/**
 * Whether the map draws the records on the ground (every record with a place, clustered):
 * in the city view from CITY_MAX_ZOOM, but never in the deck, which frames a district step
 * that close and whose card lists the step's records.
 */
export function groundOnMap(view: { mapView: 'city' | 'region'; presenting: boolean }, zoom: number): boolean {
  return view.mapView === 'city' && !view.presenting && zoom >= CITY_MAX_ZOOM;
}
