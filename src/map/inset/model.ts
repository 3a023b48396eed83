/**
 * The South China Sea Islands inset (南海诸岛), as plain data: what a national map of China
 * carries in its lower right corner when its frame stops short of the South China Sea.
 * Pure: the WebGL view, the SVG drawing, the PNG export and the print sheet all paint
 * this one model (ui/SeaInset.tsx, ui/export/draw-inset.ts), so they cannot drift apart.
 *
 * Everything is in CSS px relative to the inset's top left corner: a frame, a title band
 * on top, then the sea with China's coasts, the islands and the dashed line, projected
 * in Web Mercator like the main map, and a scale bar of its own.
 */
import type { ChinaFile } from '../../domain/schema';
import type { MapTheme } from '../palette';
import { mercatorX, mercatorY } from '../mercator-camera';
import { metresPerPixel, scaleBar } from '../scale-bar';
import { SYMBOLOGY } from '../symbology';

/** DataV's adcode for the dashed line in the South China Sea (geo/tools/build-boundaries.ts keeps it). */
export const DASHED_LINE_ADCODE = 100000;

/**
 * What the inset shows, [west, south, east, north] in degrees: the whole dashed line
 * (108.2°E–122.8°E, 3.4°N–24.6°N in geo/china.geojson) with a margin, Hainan, the south
 * of Taiwan and the coast from Guangxi to Fujian.
 */
export const INSET_EXTENT = [106.5, 2.5, 124, 25] as const;

/** Width over height of the inset's sea, in Web Mercator. */
export const INSET_ASPECT =
  (mercatorX(INSET_EXTENT[2]) - mercatorX(INSET_EXTENT[0])) / (mercatorY(INSET_EXTENT[1]) - mercatorY(INSET_EXTENT[3]));

export type Ring = [number, number][];

/** Text width in CSS px for a font size and weight (canvas measureText in the browser, an estimate in tests). */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

export interface InsetModel {
  width: number;
  height: number;
  /** The sea's box, which the coasts, islands and dashed line are clipped to. */
  sea: { x0: number; y0: number; x1: number; y1: number };
  /** China's land in the sea's box, each polygon's rings (even-odd). */
  land: Ring[][];
  /** The dashed line's dashes, each a thin polygon. */
  dashes: Ring[];
  /** Islands too small for an outline, drawn as dots. */
  islands: { x: number; y: number; name: string }[];
  title: { lines: string[]; x: number; y: number; fontPx: number; lineHeight: number };
  /** The bar's left end and top, its length, height and label. */
  scale: { x: number; y: number; px: number; height: number; label: string; fontPx: number; metres: number };
  stroke: { frame: number; coast: number; dash: number; island: number; islandRadius: number };
  colours: {
    sea: string;
    land: string;
    coast: string;
    /** The islands' outline: the dashed line's dark, so the dots read on the sea. */
    island: string;
    frame: string;
    dash: string;
    text: string;
    barFill: string;
  };
}

/** The inset's type for a box `width` px wide: its own size, never below `minFontPx`. */
function fontFor(width: number, minFontPx: number): { title: number; scale: number } {
  const s = width / SYMBOLOGY.inset.width;
  return {
    title: Math.max(minFontPx, SYMBOLOGY.inset.titlePx * s),
    scale: Math.max(minFontPx * 0.85, SYMBOLOGY.inset.scalePx * s),
  };
}

/** The title in one line if it fits the box, else split in two at the best place (at a space in English). */
function titleLines(title: string, fontPx: number, room: number, measure: Measure): string[] {
  if (measure(title, fontPx, true) <= room) return [title];
  const cjk = /[\u3000-\u9fff]/.test(title);
  const parts = cjk ? [...title] : title.split(/(?<=\s)/);
  let best: string[] = [title];
  let bestW = Infinity;
  for (let i = 1; i < parts.length; i++) {
    const a = parts.slice(0, i).join('').trim();
    const b = parts.slice(i).join('').trim();
    const w = Math.max(measure(a, fontPx, true), measure(b, fontPx, true));
    if (w < bestW) [best, bestW] = [[a, b], w];
  }
  return best;
}

/** The parts of the inset's height that follow from its width and title. */
function bands(width: number, title: string, minFontPx: number, measure: Measure) {
  const pad = Math.max(3, (SYMBOLOGY.inset.pad * width) / SYMBOLOGY.inset.width);
  const font = fontFor(width, minFontPx);
  const lines = titleLines(title, font.title, width - 2 * pad, measure);
  const lineHeight = font.title * 1.2;
  const titleH = lines.length * lineHeight + pad * 0.6;
  const seaW = width - 2 * pad;
  const seaH = seaW / INSET_ASPECT;
  return { pad, font, lines, lineHeight, titleH, seaW, seaH, height: Math.ceil(pad + titleH + seaH + pad) };
}

/** The inset's height for a box `width` px wide: what placement needs before drawing. */
export function insetHeight(width: number, title: string, minFontPx: number, measure: Measure): number {
  return bands(width, title, minFontPx, measure).height;
}

type Feature = ChinaFile['features'][number];

function overlaps(r: Ring, b: InsetModel['sea']): boolean {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of r) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return x1 >= b.x0 && x0 <= b.x1 && y1 >= b.y0 && y0 <= b.y1;
}

/** A ring in inset px, without the points a fraction of a pixel from the last one kept. */
function projectRing(ring: readonly (readonly number[])[], project: (lng: number, lat: number) => [number, number]) {
  const out: Ring = [];
  for (const [lng = 0, lat = 0] of ring) {
    const p = project(lng, lat);
    const last = out[out.length - 1];
    if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= 0.6) out.push(p);
  }
  return out;
}

function polygonsOf(f: Feature): (readonly (readonly (readonly number[])[])[])[] {
  const g = f.geometry;
  if (g.type === 'Point') return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

export interface InsetOptions {
  /** The box's width, CSS px (its height is insetHeight's). */
  width: number;
  /** 南海诸岛 or South China Sea Islands. */
  title: string;
  /** The smallest type allowed here (a phone's 14 px), CSS px. */
  minFontPx: number;
  /** The screen scale lines grow with (screen-scale.ts). */
  k: number;
  measure: Measure;
}

/**
 * What the inset draws, for China's features (geo/china.geojson) in a theme's colours.
 * Example: insetModel(china.features, THEMES.light, { width: 150, title: '南海诸岛', minFontPx: 10, k: 1, measure })
 * gives a box 150 px wide, the nine dashes, the islands of Xisha, Zhongsha and Nansha and a "500 km" bar.
 */
export function insetModel(features: readonly Feature[], theme: MapTheme, o: InsetOptions): InsetModel {
  const b = bands(o.width, o.title, o.minFontPx, o.measure);
  const sea = { x0: b.pad, y0: b.pad + b.titleH, x1: b.pad + b.seaW, y1: b.pad + b.titleH + b.seaH };
  const wx = mercatorX(INSET_EXTENT[0]);
  const ny = mercatorY(INSET_EXTENT[3]);
  const world = b.seaW / (mercatorX(INSET_EXTENT[2]) - wx);
  const project = (lng: number, lat: number): [number, number] => [
    sea.x0 + (mercatorX(lng) - wx) * world,
    sea.y0 + (mercatorY(lat) - ny) * world,
  ];
  const land: Ring[][] = [];
  const dashes: Ring[] = [];
  const islands: InsetModel['islands'] = [];
  for (const f of features) {
    if (f.geometry.type === 'Point') {
      const [x, y] = project(f.geometry.coordinates[0], f.geometry.coordinates[1]);
      if (x >= sea.x0 && x <= sea.x1 && y >= sea.y0 && y <= sea.y1) islands.push({ x, y, name: f.properties.name_zh });
      continue;
    }
    const dashed = f.properties.adcode === DASHED_LINE_ADCODE;
    for (const poly of polygonsOf(f)) {
      const rings = poly.map((r) => projectRing(r, project)).filter((r) => r.length >= 3 || (dashed && r.length >= 2));
      const outer = rings[0];
      if (!outer || !overlaps(outer, sea)) continue;
      if (dashed) dashes.push(outer);
      else land.push(rings);
    }
  }
  const k = o.k;
  // Mercator's scale changes with latitude: the bar is true at the middle of the sea shown.
  const midLat = (INSET_EXTENT[1] + INSET_EXTENT[3]) / 2;
  const bar = scaleBar(metresPerPixel(midLat, world), b.seaW * 0.45);
  const barH = b.font.scale * 1.45;
  return {
    width: o.width,
    height: b.height,
    sea,
    land,
    dashes,
    islands,
    title: {
      lines: b.lines,
      x: o.width / 2,
      y: b.pad + b.lineHeight / 2,
      fontPx: b.font.title,
      lineHeight: b.lineHeight,
    },
    scale: {
      x: sea.x0 + b.pad * 0.6,
      y: sea.y1 - b.pad * 0.6 - barH,
      px: bar.px,
      height: barH,
      label: bar.label,
      fontPx: b.font.scale,
      metres: bar.metres,
    },
    stroke: {
      frame: SYMBOLOGY.inset.frame * k,
      coast: (SYMBOLOGY.provinceBorder[0]?.[1] ?? 0.6) * k,
      dash: SYMBOLOGY.inset.dash * k,
      island: SYMBOLOGY.island.stroke * k,
      islandRadius: Math.max(1.5, SYMBOLOGY.island.radius * k * 0.8),
    },
    colours: {
      sea: theme.sea,
      land: theme.land,
      coast: theme.provinceBorder,
      island: theme.inset.dash,
      frame: theme.inset.frame,
      dash: theme.inset.dash,
      text: theme.inset.text,
      barFill: theme.inset.barFill,
    },
  };
}

/** Rings as SVG path data (also what a canvas's Path2D takes), so every painter traces the same outline. */
export function ringsPath(rings: readonly Ring[]): string {
  let d = '';
  for (const r of rings) {
    r.forEach(([x, y], i) => (d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`));
    d += 'Z';
  }
  return d;
}

/** The land and the dashed line as path data: the land's rings filled even-odd, each dash filled and stroked. */
export function insetPaths(m: InsetModel): { land: string; dashes: string } {
  return { land: ringsPath(m.land.flat()), dashes: ringsPath(m.dashes) };
}
