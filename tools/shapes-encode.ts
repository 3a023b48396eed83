/**
 * Writes the boundaries the browser reads in src/data/shapes.ts: GeoJSON collections in,
 * one topology out, quantized on the grid of the boundary files. A coordinate off that grid
 * would be moved by the quantization, so it stops the build instead, named.
 */
import { encode } from '../src/data/polyline.ts';
import type { GeoJsonObject } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Objects, Topology } from 'topojson-specification';
import { GRID_DIGITS, type Shapes } from '../src/data/shapes.ts';

const STEP = 10 ** -GRID_DIGITS;
const PER_DEGREE = 10 ** GRID_DIGITS;

type Coordinates = number[] | Coordinates[];

/** The first coordinate off the grid, as a path into the object, or null. */
function offGrid(c: Coordinates, path: string): string | null {
  if (typeof c[0] === 'number') {
    const i = (c as number[]).findIndex((v) => Math.round(v * PER_DEGREE) / PER_DEGREE !== v);
    return i < 0 ? null : `${path}[${i}] = ${(c as number[])[i]}`;
  }
  for (const [i, inner] of (c as Coordinates[]).entries()) {
    const found = offGrid(inner, `${path}[${i}]`);
    if (found) return found;
  }
  return null;
}

function checkGrid(name: string, object: GeoJsonObject): void {
  const parts: { geometry?: unknown }[] =
    'features' in object
      ? (object.features as { geometry?: unknown }[])
      : 'geometries' in object
        ? (object.geometries as unknown[]).map((geometry) => ({ geometry }))
        : [{ geometry: object }];
  parts.forEach((part, i) => {
    const coordinates = (part.geometry as { coordinates?: Coordinates } | undefined)?.coordinates;
    const found = coordinates && offGrid(coordinates, `[${i}].coordinates`);
    if (found)
      throw new Error(
        `${name}${found}: has more than ${GRID_DIGITS} decimals, so the topology would move it (round the boundary file to ${GRID_DIGITS} decimals: npm run geo:build)`,
      );
  });
}

/** One topology of these collections, every coordinate a whole number of grid steps, each arc an encoded polyline. */
export function encodeShapes(collections: Record<string, object>): Shapes {
  const objects = collections as Record<string, GeoJsonObject>;
  for (const [name, object] of Object.entries(objects)) checkGrid(name, object);
  // Properties are kept as they are (null where a collection has none).
  const t = topology(objects) as Topology;
  const [x0, y0] = t.bbox ?? [0, 0];
  const quantized = quantize(t as unknown as Topology<Objects>, { scale: [STEP, STEP], translate: [x0, y0] });
  // Quantized arcs hold differences; the polyline takes the points and stores differences itself.
  const arcs = quantized.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return encode(
      arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]),
      0,
    );
  });
  return { ...quantized, arcs };
}
