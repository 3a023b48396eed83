/**
 * The boundaries travel as a topology (src/data/shapes.ts, tools/shapes-encode.ts). What a
 * user would see break: a border or an island moved or lost on the way, or a broken file
 * drawn as a broken map instead of an error.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chinaFromShapes } from '../../src/data/china';
import { CHINA_SHAPES, featuresOf, topologyProblems } from '../../src/data/shapes';
import { encodeShapes } from '../../tools/shapes-encode';
import { loadValidData } from './fixtures/real-data';

type Coordinates = number[] | Coordinates[];

/** Every position of a geometry, as "lng,lat", in a sorted list: where each point is, not where a ring starts. */
function positions(c: Coordinates): string[] {
  if (typeof c[0] === 'number') return [(c as number[]).join(',')];
  return (c as Coordinates[]).flatMap(positions);
}
const sortedPositions = (g: { coordinates: unknown }) => positions(g.coordinates as Coordinates).sort();

describe('the boundaries as a topology', () => {
  const data = loadValidData();

  it('bring back every island, province and border of China point for point', () => {
    const borders = {
      ...data.borders,
      features: data.borders.features.filter((f) => f.properties.level === 'country'),
    };
    const layer = chinaFromShapes(encodeShapes({ [CHINA_SHAPES.china]: data.china, [CHINA_SHAPES.borders]: borders }));
    expect(layer.china.features.length).toBe(data.china.features.length);
    layer.china.features.forEach((f, i) => {
      const was = data.china.features[i];
      expect(f.properties).toEqual(was?.properties);
      expect(f.geometry.type).toBe(was?.geometry.type);
      // A ring's first point appears twice (it closes the ring), so compare the points as sets of places.
      expect(new Set(sortedPositions(f.geometry))).toEqual(
        new Set(sortedPositions(was?.geometry ?? { coordinates: [] })),
      );
    });
    expect(layer.borders).toEqual(borders);
    // Points stay points: the islands too small to draw as outlines.
    expect(layer.china.features.filter((f) => f.geometry.type === 'Point').length).toBe(
      data.china.features.filter((f) => f.geometry.type === 'Point').length,
    );
  });

  it('are much smaller than the GeoJSON they come from', () => {
    const geojson = JSON.stringify({ d: data.districts, c: data.context, b: data.borders });
    const topo = JSON.stringify(encodeShapes({ d: data.districts, c: data.context, b: data.borders }));
    expect(gzipSync(topo).length).toBeLessThan(gzipSync(geojson).length / 2);
  });

  it('refuse a coordinate off the 5-decimal grid, naming it, instead of moving it', () => {
    const shape = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121.123456, 31.2] } }],
    };
    expect(() => encodeShapes({ places: shape })).toThrow(
      'places[0].coordinates[0] = 121.123456: has more than 5 decimals, so the topology would move it',
    );
  });

  it('say what is wrong with a broken topology instead of drawing it', () => {
    expect(topologyProblems(null, ['a'])).toEqual(['is not a TopoJSON topology']);
    expect(topologyProblems({ type: 'Topology', objects: {}, arcs: [] }, ['a'])).toEqual([
      'has no transform (its coordinates are not on the grid)',
      'objects.a: is missing or not a collection',
    ]);
    const t = encodeShapes({ a: { type: 'GeometryCollection', geometries: [] } });
    expect(topologyProblems(t, ['a'])).toEqual([]);
    expect(() => featuresOf(t, 'b')).toThrow('has no collection "b"');
    expect(() => chinaFromShapes(t)).toThrow('virtual:atlas-china: objects.china: is missing or not a collection');
    // An arc cut short, or damaged on the way, would still decode to some points: it is refused instead.
    const shanghai = encodeShapes({ d: data.districts });
    const arc = shanghai.arcs[3] ?? '';
    expect(topologyProblems(shanghai, ['d'])).toEqual([]);
    const broken = [arc.slice(0, -1), `${arc}?`, arc.replace(/.$/, ' '), '??', 7];
    for (const b of broken)
      expect(topologyProblems({ ...shanghai, arcs: [arc, b] }, ['d'])).toEqual([
        'arcs[1]: is not an encoded polyline of two points or more',
      ]);
  });
});
