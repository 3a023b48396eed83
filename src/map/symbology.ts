/**
 * The drawing numbers of the map — widths, radii, sizes, opacities — as data, with one
 * reader for each renderer: MapLibre expressions for the WebGL map, plain numbers for
 * the SVG drawing. Both read the same stops, so the two renderers cannot drift apart
 * (a unit test evaluates the expressions and compares).
 *
 * Every length is in CSS pixels at screen scale 1 (the desk view at 1080p) and is
 * multiplied by the screen scale `k` (see screen-scale.ts) before it is drawn.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Piecewise-linear stops: [input, output] pairs, inputs ascending; clamped outside. */
export type Stops = readonly (readonly [number, number])[];

export const SYMBOLOGY = {
  district: {
    /** Outline between districts, by zoom. */
    line: [
      [8, 1],
      [12, 2.5],
    ] as Stops,
    hoverWidth: 2,
    selectedWidth: 3.5,
    /** How far a dimmed district's colour moves towards the land colour (0: not at all, 1: all the way). */
    dimMix: 0.6,
  },
  /** Shanghai's land border with Jiangsu and Zhejiang, drawn strong so the city's outline always reads. */
  shanghaiBorder: [
    [6, 1],
    [10, 2],
    [13, 3],
  ] as Stops,
  provinceBorder: [
    [3, 0.6],
    [8, 1.2],
  ] as Stops,
  /** City borders inside Jiangsu and Zhejiang: shown once the map is close enough for them to mean something (zooms from, to). */
  cityBorder: { width: 0.8, fadeIn: [5.5, 6.5] as readonly [number, number] },
  /** Record symbols: the icon's CSS size, and its scale by zoom. */
  icon: {
    cssPx: 22,
    size: [
      [9, 0.85],
      [13, 1.1],
    ] as Stops,
  },
  /** The ring around a selected record. */
  ring: { radius: 17, stroke: 3 },
  /** Numbered clusters of records, radius by count. */
  cluster: {
    radius: [
      [1, 11],
      [10, 16],
      [40, 24],
    ] as Stops,
    stroke: 2,
    textSize: 13,
  },
  /** Regional links: width by number of records, and how a selection changes their opacity. */
  link: {
    width: [
      [1, 2],
      [8, 6],
    ] as Stops,
    opacity: { idle: 0.85, selected: 1, other: 0.3 },
  },
  linkEnd: {
    radius: [
      [1, 6],
      [8, 11],
    ] as Stops,
    stroke: 2,
  },
  /** An island too small to see as an outline (geo/islands.json), drawn as a dot of land with a coast. */
  island: { radius: 2.2, stroke: 0.8 },
  /**
   * The South China Sea Islands inset (map/inset/): its width (the height follows from the
   * sea's shape), its padding, frame, the dashed line's stroke, its type and its margin
   * from the map's edge and the controls over it.
   */
  inset: { width: 150, minWidth: 92, pad: 6, frame: 1.2, dash: 1.1, titlePx: 13, scalePx: 10, margin: 10 },
  /** Desk-view label size by zoom (the deck sizes its labels from its caption type instead). */
  labelSize: [
    [8, 13],
    [10, 15],
    [13, 19],
  ] as Stops,
} as const;

/** What a size varies with: the map's zoom, a feature's record count, or nothing. */
export type SizeInput = 'zoom' | 'count' | 'point_count' | 'none';

/**
 * Every length that grows with the screen, by name: what it varies with, and its stops
 * (or its one value). The MapLibre style and the SVG drawing both read this table,
 * through sizeExpr and sizeAt.
 */
export const SIZES = {
  districtLine: { by: 'zoom', stops: SYMBOLOGY.district.line },
  districtHover: { by: 'none', value: SYMBOLOGY.district.hoverWidth },
  districtSelected: { by: 'none', value: SYMBOLOGY.district.selectedWidth },
  shanghaiBorder: { by: 'zoom', stops: SYMBOLOGY.shanghaiBorder },
  provinceBorder: { by: 'zoom', stops: SYMBOLOGY.provinceBorder },
  cityBorder: { by: 'none', value: SYMBOLOGY.cityBorder.width },
  clusterRadius: { by: 'point_count', stops: SYMBOLOGY.cluster.radius },
  clusterStroke: { by: 'none', value: SYMBOLOGY.cluster.stroke },
  clusterText: { by: 'none', value: SYMBOLOGY.cluster.textSize },
  iconSize: { by: 'zoom', stops: SYMBOLOGY.icon.size },
  linkWidth: { by: 'count', stops: SYMBOLOGY.link.width },
  linkEndRadius: { by: 'count', stops: SYMBOLOGY.linkEnd.radius },
  linkEndStroke: { by: 'none', value: SYMBOLOGY.linkEnd.stroke },
  islandRadius: { by: 'none', value: SYMBOLOGY.island.radius },
  islandStroke: { by: 'none', value: SYMBOLOGY.island.stroke },
} as const satisfies Record<string, { by: 'none'; value: number } | { by: Exclude<SizeInput, 'none'>; stops: Stops }>;

export type SizeName = keyof typeof SIZES;

/** A size at screen scale k, for the input x (zoom or count; ignored for a fixed size). */
export function sizeAt(name: SizeName, x: number, k: number): number {
  const s: { by: SizeInput; value?: number; stops?: Stops } = SIZES[name];
  return (s.stops ? valueAt(s.stops, x) : (s.value ?? 0)) * k;
}

/** The same size as a MapLibre property value at screen scale k. */
export function sizeExpr(name: SizeName, k: number): number | ExpressionSpecification {
  const s: { by: SizeInput; value?: number; stops?: Stops } = SIZES[name];
  if (!s.stops) return (s.value ?? 0) * k;
  const input: ExpressionSpecification = s.by === 'zoom' ? ['zoom'] : ['get', s.by];
  return interpolateExpr(input, s.stops, k);
}

/** The value of piecewise-linear stops at x, clamped at both ends: what MapLibre's `interpolate linear` gives. */
export function valueAt(stops: Stops, x: number): number {
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) throw new Error('stops are empty');
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < stops.length; i++) {
    const [x1, y1] = stops[i] as readonly [number, number];
    const [x0, y0] = stops[i - 1] as readonly [number, number];
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return last[1];
}

/** The same stops as a MapLibre expression over `input`, every output times k. */
export function interpolateExpr(input: ExpressionSpecification, stops: Stops, k = 1): ExpressionSpecification {
  return ['interpolate', ['linear'], input, ...stops.flatMap(([x, y]) => [x, y * k])] as ExpressionSpecification;
}

/** A colour that goes from `from` to `to` as the input goes over [a, b], as a MapLibre expression. */
export function interpolateColour(
  input: ExpressionSpecification,
  [a, b]: readonly [number, number],
  from: string,
  to: string,
): ExpressionSpecification {
  return ['interpolate', ['linear'], input, a, from, b, to];
}

/** The same colour at x, for the SVG drawing. */
export function colourAt([a, b]: readonly [number, number], x: number, from: string, to: string): string {
  return mix(from, to, Math.min(1, Math.max(0, (x - a) / (b - a))));
}

/** Mixes two #rrggbb colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const ch = (c: string, i: number) => parseInt(c.slice(1 + i * 2, 3 + i * 2), 16);
  const out = [0, 1, 2].map((i) => Math.round(ch(a, i) + (ch(b, i) - ch(a, i)) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
