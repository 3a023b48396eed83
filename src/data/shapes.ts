/**
 * The boundaries as they travel to the browser: one TopoJSON topology, so a border two
 * shapes share is stored once, with every coordinate a whole number of steps on the grid
 * the boundary files already lie on (5 decimals, about a metre). Each arc is one string in
 * Google's encoded polyline format at precision 0: its points in grid steps, each as the
 * difference from the last, five bits to a character. Encoded so, the model's arcs gzip to
 * 18 KB, where the same differences as JSON numbers took 22 KB. Nothing is lost: decoded and
 * put back on the grid, every point is the file's own. A ring may start at another of its
 * points, which draws the same shape.
 *
 * tools/shapes-encode.ts writes it at build time; the browser reads it here.
 */
import { decode } from './polyline.ts';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A topology whose arcs are encoded polylines (precision 0) of their points in grid steps. */
export type Shapes = Omit<Topology, 'arcs'> & { arcs: string[] };

/** The collections of China's topology (data/china.ts): the provinces and islands, and the borders between provinces. */
export const CHINA_SHAPES = { china: 'china', borders: 'borders' } as const;

/** Decimal places of every coordinate in geo/: the topology's step is one unit of the last. */
export const GRID_DIGITS = 5;
const PER_DEGREE = 10 ** GRID_DIGITS;

type Position = number[];
type Coordinates = Position | Coordinates[];

/** Back onto the grid: `x0 + k × step` in floating point is a hair off the file's value. */
function onGrid<C extends Coordinates>(c: C): C {
  if (typeof c[0] === 'number') return (c as Position).map((v) => Math.round(v * PER_DEGREE) / PER_DEGREE) as C;
  return (c as Coordinates[]).map(onGrid) as C;
}

export interface DecodedFeature {
  type: 'Feature';
  id?: string | number;
  properties: unknown;
  geometry: { type: string; coordinates: Coordinates };
}

/**
 * An encoded polyline of two points or more: each number is characters from _ to ~ (five
 * bits each, more to follow) ended by one from ? to ^, and the numbers come in pairs. The
 * decoder itself reads any text as some numbers, so a file cut short or damaged would be
 * drawn wrong instead of refused without this.
 */
const POLYLINE = /^(?:[_-~]*[?-^][_-~]*[?-^]){2,}$/;

/** An arc's points in grid steps. */
function arcPoints(text: string): number[][] {
  return decode(text, 0);
}

const decoded = new WeakMap<Shapes, Topology>();

/** The topology topojson-client reads, its arcs as differences in grid steps; decoded once per shapes. */
function topologyOf(shapes: Shapes): Topology {
  let t = decoded.get(shapes);
  if (!t) {
    const arcs = shapes.arcs.map((text) => {
      let [x, y] = [0, 0];
      return arcPoints(text).map(([px = NaN, py = NaN]) => {
        const step = [px - x, py - y];
        [x, y] = [px, py];
        return step;
      });
    });
    t = { ...shapes, arcs } as Topology;
    decoded.set(shapes, t);
  }
  return t;
}

/**
 * The features of one object of a topology, on the grid. Throws, naming the object, when
 * the topology does not hold it as a collection.
 */
export function featuresOf(shapes: Shapes, name: string): DecodedFeature[] {
  const object = shapes.objects[name];
  if (object?.type !== 'GeometryCollection') throw new Error(`has no collection "${name}"`);
  const collection = feature(topologyOf(shapes), object as GeometryCollection);
  return collection.features.map((f) => {
    const geometry = f.geometry as { type: string; coordinates: Coordinates };
    return {
      type: 'Feature',
      ...(f.id === undefined ? {} : { id: f.id }),
      properties: f.properties,
      geometry: { type: geometry.type, coordinates: onGrid(geometry.coordinates) },
    };
  });
}

/** What is wrong with a topology's shape, in words; empty when it holds these collections. */
export function topologyProblems(raw: unknown, collections: readonly string[]): string[] {
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'Topology')
    return ['is not a TopoJSON topology'];
  const t = raw as Partial<Shapes>;
  const problems: string[] = [];
  if (!Array.isArray(t.arcs)) problems.push('has no arcs');
  else {
    const bad = t.arcs.findIndex((a: unknown) => typeof a !== 'string' || !POLYLINE.test(a));
    if (bad >= 0) problems.push(`arcs[${bad}]: is not an encoded polyline of two points or more`);
  }
  if (!t.transform) problems.push('has no transform (its coordinates are not on the grid)');
  for (const name of collections) {
    const o = t.objects?.[name];
    if (o?.type !== 'GeometryCollection' || !Array.isArray(o.geometries))
      problems.push(`objects.${name}: is missing or not a collection`);
  }
  return problems;
}
