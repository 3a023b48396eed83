import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { SCALED_LAYOUT, SCALED_PAINT, buildStyle, themePaint, LAYER } from '../../src/map/style';
import { colourAt, SIZES, sizeAt, SYMBOLOGY, valueAt, type SizeName } from '../../src/map/symbology';
import { THEMES } from '../../src/map/palette';
import { loadRealModel } from './fixtures/real-data';

/** The style-spec definition of a layer property, e.g. line/paint line-width. */
function specOf(kind: 'paint' | 'layout', layerType: string, prop: string): StylePropertySpecification {
  const group = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `${kind}_${layerType}`
  ];
  const spec = group?.[prop];
  if (!spec) throw new Error(`no style-spec entry for ${kind}_${layerType}.${prop}`);
  return spec;
}

/** Evaluates a style value as MapLibre does, at a zoom, for a feature with these properties. */
function evaluate(
  value: unknown,
  spec: StylePropertySpecification,
  zoom: number,
  props: Record<string, number>,
): unknown {
  const parsed = expression.createPropertyExpression(value, 'test', spec);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value.evaluate({ zoom }, { type: 'Point', properties: props, geometry: [] } as never);
}

const ZOOMS = [2, 5, 7.3, 8, 9.5, 10, 11.2, 12, 13, 15];
const COUNTS = [1, 2, 5, 8, 10, 25, 40, 100];
const SCALES = [0.9, 1, 1.4, 2.8];

describe('one symbology, two renderers', () => {
  const model = loadRealModel();

  it.each(SCALES)('gives the same sizes in the MapLibre style as in the SVG drawing at screen scale %s', (k) => {
    const style = buildStyle(model, 'light', k);
    const checked: string[] = [];
    for (const [kind, table] of [
      ['paint', SCALED_PAINT],
      ['layout', SCALED_LAYOUT],
    ] as const) {
      for (const [layerId, prop, name] of table) {
        const layer = style.layers.find((l) => l.id === layerId);
        if (!layer) throw new Error(`no layer ${layerId}`);
        const value = (layer as unknown as Record<string, Record<string, unknown>>)[kind]?.[prop];
        const spec = specOf(kind, layer.type, prop);
        const size = SIZES[name as SizeName];
        const inputs = size.by === 'zoom' ? ZOOMS : size.by === 'none' ? [0] : COUNTS;
        for (const x of inputs) {
          const props = size.by === 'none' || size.by === 'zoom' ? {} : { [size.by]: x };
          const zoom = size.by === 'zoom' ? x : 10;
          const gl = evaluate(value, spec, zoom, props) as number;
          expect(gl, `${layerId} ${prop} at ${size.by} ${x}`).toBeCloseTo(sizeAt(name as SizeName, x, k), 6);
        }
        checked.push(`${layerId}.${prop}`);
      }
    }
    expect(checked.length).toBe(SCALED_PAINT.length + SCALED_LAYOUT.length);
  });

  it('draws clusters in both renderers at the radii the table lists, 1.4 times as large on a 1.4× screen', () => {
    const style = buildStyle(model, 'light', 1.4);
    const circle = style.layers.find((l) => l.id === LAYER.clusterCircle);
    const gl = (count: number) =>
      evaluate(
        (circle as { paint?: Record<string, unknown> }).paint?.['circle-radius'],
        specOf('paint', 'circle', 'circle-radius'),
        12,
        { point_count: count },
      ) as number;
    // The table's stops: 1 record 11 px, 10 records 16 px, 40 records 24 px (CSS px at scale 1).
    for (const [count, px] of [
      [1, 11 * 1.4],
      [10, 16 * 1.4],
      [40, 24 * 1.4],
    ] as const) {
      expect(gl(count), `${count} records, WebGL`).toBeCloseTo(px, 6);
      expect(sizeAt('clusterRadius', count, 1.4), `${count} records, SVG`).toBeCloseTo(px, 6);
    }
    // Between stops: both renderers agree, and a bigger cluster is drawn bigger.
    expect(gl(25)).toBeCloseTo(sizeAt('clusterRadius', 25, 1.4), 6);
    expect(gl(25)).toBeGreaterThan(gl(10));
    expect(gl(25)).toBeLessThan(gl(40));
  });

  it.each(['light', 'dark'] as const)(
    'fades city borders in from the land colour alike in both renderers (%s)',
    (theme) => {
      const t = THEMES[theme];
      const [, , value] = themePaint(theme).find(([l, p]) => l === LAYER.cityBorder && p === 'line-color') ?? [];
      for (const z of [4, 5.5, 6, 6.5, 9]) {
        const gl = evaluate(value, specOf('paint', 'line', 'line-color'), z, {}) as { r: number; g: number; b: number };
        const hex = colourAt(SYMBOLOGY.cityBorder.fadeIn, z, t.land, t.cityBorder);
        const channel = (i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
        expect(gl.r, `red at ${z}`).toBeCloseTo(channel(0), 1);
        expect(gl.g, `green at ${z}`).toBeCloseTo(channel(1), 1);
        expect(gl.b, `blue at ${z}`).toBeCloseTo(channel(2), 1);
      }
    },
  );

  it('reads piecewise-linear stops as MapLibre does: linear between stops, clamped outside', () => {
    const stops = [
      [8, 1],
      [12, 3],
    ] as const;
    expect(valueAt(stops, 0)).toBe(1);
    expect(valueAt(stops, 10)).toBe(2);
    expect(valueAt(stops, 20)).toBe(3);
  });
});
