import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { polygon } from '@turf/helpers';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { buildBoundaryFiles } from '../../geo/tools/build-boundaries';
import { DISTRICT_SLUGS, type AreaGeometry, type ContextFile, type DistrictsFile } from '../../src/domain/schema';
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

function districtBySlug(slug: string) {
  const f = committedDistricts().features.find((x) => x.properties.slug === slug);
  if (!f) throw new Error(`no district ${slug}`);
  return f;
}

describe('npm run geo:build', () => {
  it(
    'reproduces the committed boundary files byte for byte',
    () => {
      const built = buildBoundaryFiles();
      expect(Object.keys(built).sort()).toEqual(['china.geojson', 'context.geojson', 'districts.geojson']);
      expect(built['districts.geojson']).toBe(readProjectFile('geo/districts.geojson'));
      expect(built['context.geojson']).toBe(readProjectFile('geo/context.geojson'));
      expect(built['china.geojson']).toBe(readProjectFile('geo/china.geojson'));
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
  it('are together smaller than 200 KB', () => {
    const bytes = ['districts', 'context', 'china'].reduce((n, f) => n + statSync(`${ROOT}geo/${f}.geojson`).size, 0);
    expect(bytes).toBeLessThan(200 * 1024);
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
