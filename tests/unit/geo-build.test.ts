import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import { polygon } from '@turf/helpers';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { buildBoundaryFiles, NEIGHBOUR_CITIES } from '../../geo/tools/build-boundaries';
import {
  DISTRICT_SLUGS,
  type AreaGeometry,
  type BordersFile,
  type ChinaFile,
  type ContextFile,
  type DistrictsFile,
} from '../../src/domain/schema';
import { readProjectFile, ROOT } from './fixtures/real-data';

const TIMEOUT = 60_000;

type Position = [number, number];

function committedDistricts(): DistrictsFile {
  return JSON.parse(readProjectFile('geo/districts.geojson')) as DistrictsFile;
}

function committedContext(): ContextFile {
  return JSON.parse(readProjectFile('geo/context.geojson')) as ContextFile;
}

/** The polygons of an area, as a list whatever the geometry type. */
function partsOf(g: AreaGeometry): Position[][][] {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
}

function positionsOf(g: AreaGeometry): Position[] {
  return partsOf(g).flat(2);
}

function decimals(n: number): number {
  return String(n).split('.')[1]?.length ?? 0;
}

function committedBorders(): BordersFile {
  return JSON.parse(readProjectFile('geo/borders.geojson')) as BordersFile;
}

function committedChina(): ChinaFile {
  return JSON.parse(readProjectFile('geo/china.geojson')) as ChinaFile;
}

const FILES = ['districts', 'context', 'china', 'borders'] as const;

/** Every position of a file's shapes, as "lng,lat" keys. */
function positionKeys(geometries: AreaGeometry[]): Set<string> {
  return new Set(geometries.flatMap((g) => positionsOf(g).map(([x, y]) => `${x},${y}`)));
}

function districtBySlug(slug: string) {
  const f = committedDistricts().features.find((x) => x.properties.slug === slug);
  if (!f) throw new Error(`no district ${slug}`);
  return f;
}

describe('npm run geo:build', () => {
  it(
    'reproduces the committed boundary files byte for byte',
    async () => {
      const built = await buildBoundaryFiles();
      expect(Object.keys(built).sort()).toEqual(FILES.map((f) => `${f}.geojson`).sort());
      for (const f of FILES) expect(built[`${f}.geojson`], f).toBe(readProjectFile(`geo/${f}.geojson`));
    },
    TIMEOUT,
  );

  it(
    'converts the GCJ-02 source to WGS84 rather than copying it',
    () => {
      const require = createRequire(import.meta.url);
      const raw = require('@datapool/shanghai.geojson') as {
        features: { properties: { adcode: number }; geometry: AreaGeometry }[];
      };
      const source = raw.features.find((f) => f.properties.adcode === 310101);
      const built = committedDistricts().features.find((f) => f.id === 310101);
      if (!source || !built) throw new Error('Huangpu (310101) is missing');
      const gcj = positionsOf(source.geometry)[0];
      const wgs = positionsOf(built.geometry)[0];
      if (!gcj || !wgs) throw new Error('Huangpu has no coordinates');
      const converted = gcoord.transform<Position>([gcj[0], gcj[1]], gcoord.GCJ02, gcoord.WGS84);
      // The datum shift in Shanghai is several hundred metres: far more than rounding.
      expect(Math.hypot(converted[0] - gcj[0], converted[1] - gcj[1])).toBeGreaterThan(0.001);
      expect(Math.abs(wgs[0] - converted[0])).toBeLessThanOrEqual(1e-5);
      expect(Math.abs(wgs[1] - converted[1])).toBeLessThanOrEqual(1e-5);
    },
    TIMEOUT,
  );
});

describe('the committed boundary files', () => {
  it('are together smaller than 400 KB', () => {
    const bytes = FILES.reduce((n, f) => n + statSync(`${ROOT}geo/${f}.geojson`).size, 0);
    expect(bytes).toBeLessThan(400 * 1024);
  });

  it('keep at most 5 decimals in every coordinate and label point', () => {
    const tooFine: string[] = [];
    for (const f of committedDistricts().features) {
      for (const n of [...positionsOf(f.geometry).flat(), f.properties.label_lng, f.properties.label_lat])
        if (decimals(n) > 5) tooFine.push(`${f.properties.slug}: ${n}`);
    }
    for (const f of committedContext().features)
      for (const n of positionsOf(f.geometry).flat())
        if (decimals(n) > 5) tooFine.push(`${f.properties.name_en}: ${n}`);
    expect(tooFine).toEqual([]);
  });

  it('hold the 16 districts, each once, with a Shanghai district code and its own slug', () => {
    const features = committedDistricts().features;
    expect(features).toHaveLength(16);
    const adcodes = features.map((f) => f.properties.adcode);
    expect(new Set(adcodes).size).toBe(16);
    for (const code of adcodes) expect(String(code)).toMatch(/^3101\d\d$/);
    expect(features.map((f) => f.id)).toEqual(adcodes);
    const slugs = features.map((f) => f.properties.slug);
    expect(new Set(slugs)).toEqual(new Set(DISTRICT_SLUGS));
    expect(new Set(slugs).size).toBe(16);
  });

  it('place every district label inside its own district', () => {
    const outside = committedDistricts()
      .features.filter((f) => !booleanPointInPolygon([f.properties.label_lng, f.properties.label_lat], f.geometry))
      .map((f) => f.properties.slug);
    expect(outside).toEqual([]);
  });

  it.each(['chongming', 'pudong'])('put the %s label on its largest land mass, not on an islet', (slug) => {
    const f = districtBySlug(slug);
    const parts = partsOf(f.geometry);
    expect(parts.length).toBeGreaterThan(1);
    const largest = parts.reduce((a, b) => (area(polygon(b)) > area(polygon(a)) ? b : a));
    expect(booleanPointInPolygon([f.properties.label_lng, f.properties.label_lat], polygon(largest))).toBe(true);
  });

  it('draw Chongming as several islands', () => {
    const g = districtBySlug('chongming').geometry;
    expect(g.type).toBe('MultiPolygon');
    // Chongming, Changxing and Hengsha at least.
    expect(partsOf(g).length).toBeGreaterThanOrEqual(3);
  });

  it('close every ring', () => {
    const open: string[] = [];
    const check = (name: string, g: AreaGeometry) => {
      for (const ring of partsOf(g).flat()) {
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) open.push(name);
      }
    };
    for (const f of committedDistricts().features) check(f.properties.slug, f.geometry);
    for (const f of committedContext().features) check(f.properties.name_en, f.geometry);
    expect(open).toEqual([]);
  });
});

describe('the land around Shanghai, as one clean mosaic', () => {
  it('shares every vertex of Shanghai’s land border with the districts and with the neighbouring cities: no gap for the sea to show through', () => {
    const districtKeys = positionKeys(committedDistricts().features.map((f) => f.geometry));
    const contextKeys = positionKeys(committedContext().features.map((f) => f.geometry));
    const shanghai = committedBorders().features.find((f) => f.properties.level === 'shanghai');
    if (!shanghai) throw new Error('no Shanghai border');
    const vertices = shanghai.geometry.coordinates.flat();
    expect(vertices.length).toBeGreaterThan(100);
    const missing = vertices.filter(([x, y]) => !districtKeys.has(`${x},${y}`) || !contextKeys.has(`${x},${y}`));
    expect(missing).toEqual([]);
  });

  it('holds Jiangsu and Zhejiang whole, every city, so no cut edge shows at any zoom', () => {
    const context = committedContext().features;
    expect(context.filter((f) => f.properties.province === 'jiangsu')).toHaveLength(13);
    expect(context.filter((f) => f.properties.province === 'zhejiang')).toHaveLength(11);
    // The old context was cut to 120.0–122.9°E, 30.0–32.4°N: the land now runs well past that box (east of it is sea).
    const [w, s, , n] = bbox({
      type: 'FeatureCollection',
      features: context.map((f) => ({ ...f, type: 'Feature' as const })),
    });
    expect(w).toBeLessThan(118.5);
    expect(s).toBeLessThan(27.5);
    expect(n).toBeGreaterThan(34.5);
  });

  it('draws no border along a straight cut: no line runs along the old context box', () => {
    const box = { w: 120.0, s: 30.0, e: 122.9, n: 32.4 };
    const along: string[] = [];
    for (const f of committedBorders().features)
      for (const line of f.geometry.coordinates)
        for (let i = 1; i < line.length; i++) {
          const [a, b] = [line[i - 1], line[i]] as [Position, Position];
          for (const x of [box.w, box.e])
            if (Math.abs(a[0] - x) < 1e-4 && Math.abs(b[0] - x) < 1e-4) along.push(`${f.properties.level} at lng ${x}`);
          for (const y of [box.s, box.n])
            if (Math.abs(a[1] - y) < 1e-4 && Math.abs(b[1] - y) < 1e-4) along.push(`${f.properties.level} at lat ${y}`);
        }
    expect(along).toEqual([]);
  });

  it('draws city borders only between the cities of Jiangsu and Zhejiang, never across another province', () => {
    // The other provinces are cut into parts (an island each); two parts of one province
    // that touch are no border, and were drawn as city borders in Hunan, Fujian, Heilongjiang…
    const contextKeys = positionKeys(committedContext().features.map((f) => f.geometry));
    const lines = committedBorders()
      .features.filter((f) => f.properties.level === 'city')
      .flatMap((f) => f.geometry.coordinates);
    expect(lines.length).toBeGreaterThan(20);
    const elsewhere = lines.filter((line) => line.some(([x, y]) => !contextKeys.has(`${x},${y}`)));
    expect(elsewhere.map((line) => line[0])).toEqual([]);
  });

  it('leaves Shanghai, Jiangsu and Zhejiang out of the coarse provinces, which would put land on their sea', () => {
    const codes = committedChina().features.map((f) => f.properties.adcode);
    for (const code of [310000, 320000, 330000]) expect(codes).not.toContain(code);
    expect(codes).toContain(340000);
    expect(codes).toContain(100000);
  });

  it('shares the border between Jiangsu and Anhui exactly: fine and coarse shapes meet without a gap', () => {
    const anhui = committedChina().features.find((f) => f.properties.adcode === 340000);
    if (!anhui || anhui.geometry.type === 'Point') throw new Error('no Anhui');
    const anhuiKeys = positionKeys([anhui.geometry]);
    const jiangsuKeys = positionKeys(
      committedContext()
        .features.filter((f) => f.properties.province === 'jiangsu')
        .map((f) => f.geometry),
    );
    const shared = [...anhuiKeys].filter((k) => jiangsuKeys.has(k));
    expect(shared.length).toBeGreaterThan(20);
  });
});

describe('the sea around Pudong’s southern tip', () => {
  /**
   * Points on the Donghai Bridge, down the middle of the 2–3 km strip of Zhoushan land the
   * source draws for it (midpoints of its two sides in @datapool/zhejiang.geojson, WGS84),
   * from Pudong's southern tip to Kezhushan: open sea under a bridge.
   */
  const BRIDGE: Position[] = [
    [121.967, 30.765],
    [121.969, 30.74],
    [121.97, 30.715],
    [121.978, 30.69],
    [121.995, 30.672],
    [122.01, 30.658],
  ];

  it('is sea where the Donghai Bridge crosses it: no land of Zhejiang, Shanghai or elsewhere under the bridge', () => {
    const shapes = [
      ...committedContext().features.map((f) => ({ name: f.properties.name_en, geometry: f.geometry })),
      ...committedDistricts().features.map((f) => ({ name: f.properties.name_en, geometry: f.geometry })),
      ...committedChina().features.flatMap((f) =>
        f.geometry.type === 'Point' ? [] : [{ name: f.properties.name_en, geometry: f.geometry }],
      ),
    ];
    const onLand = BRIDGE.flatMap((p) =>
      shapes.filter((s) => booleanPointInPolygon(p, s.geometry)).map((s) => `${p.join(', ')} in ${s.name}`),
    );
    expect(onLand).toEqual([]);
  });

  it('keeps Xiaoyangshan, where the bridge lands, and its port', () => {
    const zhoushan = committedContext().features.find((f) => f.properties.adcode === 330900);
    if (!zhoushan) throw new Error('no Zhoushan');
    // The middle of the Yangshan deep-water port's quays, on Xiaoyangshan.
    expect(booleanPointInPolygon([122.1, 30.61], zhoushan.geometry)).toBe(true);
  });

  it('draws Shanghai’s land border only against Suzhou, Nantong and Jiaxing: no line where an island of Zhoushan once touched Pudong', () => {
    const neighbours = committedContext().features.filter((f) => NEIGHBOUR_CITIES.includes(f.properties.adcode));
    const others = committedContext().features.filter((f) => !NEIGHBOUR_CITIES.includes(f.properties.adcode));
    const neighbourKeys = positionKeys(neighbours.map((f) => f.geometry));
    const otherKeys = positionKeys(others.map((f) => f.geometry));
    const shanghai = committedBorders().features.find((f) => f.properties.level === 'shanghai');
    if (!shanghai) throw new Error('no Shanghai border');
    const stray = shanghai.geometry.coordinates
      .filter((line) => line.every(([x, y]) => otherKeys.has(`${x},${y}`) || !neighbourKeys.has(`${x},${y}`)))
      .map((line) => line.map((p) => p.join(',')).join(' '));
    expect(stray).toEqual([]);
  });
});
