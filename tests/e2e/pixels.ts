/**
 * Reading the map as drawn: screenshots decoded to pixels (pngjs), and where land and
 * sea are in the committed boundary files, so a test can ask "is this point sea, well
 * away from any coast?" in Node and then look at the pixel the browser drew there.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { AreaGeometry } from '../../src/domain/schema';
import { readProjectFile } from '../unit/fixtures/real-data';

export type Rgb = [number, number, number];

/** A screenshot of the map area (map, overlay and all), decoded. */
export async function mapPixels(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('.map-wrap').screenshot({ animations: 'disabled', caret: 'initial' }));
}

/** The colour at CSS pixel (x, y) of a screenshot taken at device scale 1. */
export function pixel(img: PNG, x: number, y: number): Rgb {
  const i = (Math.round(y) * img.width + Math.round(x)) * 4;
  return [img.data[i] ?? -1, img.data[i + 1] ?? -1, img.data[i + 2] ?? -1];
}

export function hexRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The largest difference of any channel. */
export function gap(a: Rgb, b: Rgb): number {
  return Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
}

export function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

interface Shape {
  name: string;
  geometry: AreaGeometry;
  box: [number, number, number, number];
}

function boxOf(g: AreaGeometry): [number, number, number, number] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polys)
    for (const ring of poly)
      for (const [x = 0, y = 0] of ring) {
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
  return [w, s, e, n];
}

function shapesOf(file: string, name: (p: Record<string, unknown>) => string): Shape[] {
  const fc = JSON.parse(readProjectFile(file)) as {
    features: {
      properties: Record<string, unknown>;
      geometry: AreaGeometry | { type: 'Point'; coordinates: [number, number] };
    }[];
  };
  return fc.features.map((f) => {
    if (f.geometry.type !== 'Point') return { name: name(f.properties), geometry: f.geometry, box: boxOf(f.geometry) };
    // An island drawn as a dot of a few pixels: a square 0.1° around it (several pixels at zoom 5) keeps samples off it.
    const [x, y] = f.geometry.coordinates;
    const r = 0.1;
    const geometry: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [x - r, y - r],
          [x + r, y - r],
          [x + r, y + r],
          [x - r, y + r],
          [x - r, y - r],
        ],
      ],
    };
    return { name: `island ${String(f.properties.name_zh)}`, geometry, box: boxOf(geometry) };
  });
}

/** Every land shape the map draws: districts (by slug), the cities around them, China's provinces. */
export const LAND: Shape[] = [
  ...shapesOf('geo/districts.geojson', (p) => String(p.slug)),
  ...shapesOf('geo/context.geojson', (p) => `city ${String(p.adcode)}`),
  // The dashed line in the South China Sea is drawn as thin shapes over the sea: it is not land.
  ...shapesOf('geo/china.geojson', (p) => `province ${String(p.adcode)}`).filter((s) => s.name !== 'province 100000'),
];

/** The shape under a coordinate, or null for the sea. */
export function shapeAt(lng: number, lat: number): string | null {
  for (const s of LAND) {
    const [w, so, e, n] = s.box;
    if (lng < w || lng > e || lat < so || lat > n) continue;
    if (booleanPointInPolygon([lng, lat], s.geometry)) return s.name;
  }
  return null;
}

/** Degrees of longitude per CSS pixel at a zoom (MapLibre's 512-pixel tiles). */
export function degreesPerPixel(zoom: number): number {
  return 360 / (512 * 2 ** zoom);
}

/** True when the point and the points `px` pixels around it all lie in the same shape (or all in the sea). */
export function uniformAround(lng: number, lat: number, zoom: number, px: number): boolean {
  const d = degreesPerPixel(zoom) * px;
  const here = shapeAt(lng, lat);
  for (const [dx, dy] of [
    [d, 0],
    [-d, 0],
    [0, d],
    [0, -d],
    [d, d],
    [-d, -d],
    [d, -d],
    [-d, d],
  ] as const)
    if (shapeAt(lng + dx, lat + dy * Math.cos((lat * Math.PI) / 180)) !== here) return false;
  return true;
}

/** Where coordinates land on the map (CSS px in the map), and whether the map itself is what shows there. */
export async function projectAndCheck(
  page: Page,
  points: readonly [number, number][],
): Promise<{ x: number; y: number; bare: boolean }[]> {
  return page.evaluate((pts) => {
    const hooks = (
      window as unknown as { __atlasMap?: { project: (a: number, b: number) => { x: number; y: number } } }
    ).__atlasMap;
    if (!hooks) throw new Error('window.__atlasMap is missing');
    const wrap = document.querySelector('.map-wrap');
    const box = wrap?.getBoundingClientRect();
    if (!box) throw new Error('no map');
    // Leader lines take no pointer events, so hit testing does not see them: measure the distance to each.
    const leaders = [...document.querySelectorAll<SVGLineElement>('.map-leader line')].map((l) =>
      ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))),
    );
    const nearLeader = (x: number, y: number) =>
      leaders.some(([x1 = 0, y1 = 0, x2 = 0, y2 = 0]) => {
        const dx = x2 - x1;
        const dy = y2 - y1;
        const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) < 8;
      });
    // Panels and labels cast soft shadows over the map around them: keep well clear of those too.
    const around = (sel: string, m: number) =>
      [...document.querySelectorAll(sel)].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          x0: r.left - box.left - m,
          y0: r.top - box.top - m,
          x1: r.right - box.left + m,
          y1: r.bottom - box.top + m,
        };
      });
    // Panels cast wide shadows (up to ~2em), labels a few pixels.
    const shaded = [...around('[data-map-obstacle]', 40), ...around('.map-label', 8)];
    const nearPanel = (x: number, y: number) => shaded.some((r) => x > r.x0 && x < r.x1 && y > r.y0 && y < r.y1);
    return pts.map(([lng, lat]) => {
      const p = hooks.project(lng, lat);
      const inside =
        p.x > 4 &&
        p.y > 4 &&
        p.x < box.width - 4 &&
        p.y < box.height - 4 &&
        !nearLeader(p.x, p.y) &&
        !nearPanel(p.x, p.y);
      // Bare: nothing over the map at this point and a few pixels around (no label, symbol, leader, panel or shadow).
      let bare = inside;
      for (const [dx, dy] of [
        [0, 0],
        [4, 0],
        [-4, 0],
        [0, 4],
        [0, -4],
      ] as const) {
        const el = document.elementFromPoint(box.left + p.x + dx, box.top + p.y + dy);
        if (!el || !el.classList.contains('maplibregl-canvas')) bare = false;
      }
      return { x: p.x, y: p.y, bare };
    });
  }, points);
}
