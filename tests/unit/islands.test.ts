import { createRequire } from 'node:module';
import area from '@turf/area';
import { polygon } from '@turf/helpers';
import gcoord from 'gcoord';
import polylabel from 'polylabel';
import { describe, expect, it } from 'vitest';
import {
  DRAWN_WITHIN_KM,
  distanceKm,
  distanceToShapeKm,
  islandIssues,
  parseIslands,
  type Island,
} from '../../geo/tools/islands';
import type { ChinaFile } from '../../src/domain/schema';
import { readProjectFile } from './fixtures/real-data';

type Position = [number, number];

function committedChina(): ChinaFile {
  return JSON.parse(readProjectFile('geo/china.geojson')) as ChinaFile;
}

function listed(): Island[] {
  return parseIslands(JSON.parse(readProjectFile('geo/islands.json')));
}

function islandNamed(nameZh: string): Island {
  const i = listed().find((x) => x.name_zh === nameZh);
  if (!i) throw new Error(`${nameZh} is not in geo/islands.json`);
  return i;
}

/** China's file without whatever is drawn within `km` of the island: its point, and its outline if it has one. */
function without(china: ChinaFile, island: Island, km = DRAWN_WITHIN_KM): ChinaFile {
  const at: Position = [island.lng, island.lat];
  const features = china.features.flatMap((f) => {
    if (f.geometry.type === 'Point') return distanceKm(at, f.geometry.coordinates) <= km ? [] : [f];
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const kept = polys.filter((p) => distanceToShapeKm(at, { type: 'Polygon', coordinates: p }) > km);
    if (kept.length === 0) return [];
    return [{ ...f, geometry: { type: 'MultiPolygon' as const, coordinates: kept } }];
  });
  return { ...china, features };
}

describe('the islands national maps show (geo/islands.json)', () => {
  // The places issue 21 names, at the coordinates it gives: the list is checked against them, not against itself.
  it.each([
    ['钓鱼岛', 123.47, 25.74],
    ['赤尾屿', 124.56, 25.9],
    ['黄岩岛', 117.75, 15.15],
    ['海南岛', 109.8, 19.2],
    ['台湾岛', 121, 23.7],
  ])('lists %s near %f, %f', (name, lng, lat) => {
    const i = islandNamed(name);
    expect(distanceKm([i.lng, i.lat], [lng, lat])).toBeLessThan(25);
  });

  it('lists the Xisha, Zhongsha and Nansha islands, each with its Chinese and English name', () => {
    const groups = new Set(listed().map((i) => i.group_zh));
    for (const g of ['西沙群岛', '中沙群岛', '南沙群岛', '钓鱼岛及其附属岛屿']) expect(groups).toContain(g);
    for (const i of listed()) {
      expect(i.name_zh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.name_en).toMatch(/^[A-Z][A-Za-zü ()]+$/);
    }
  });
});

describe('the islands check', () => {
  it('finds every listed island drawn in the committed China file, and the dashed line there', () => {
    expect(islandIssues(listed(), committedChina())).toEqual([]);
  });

  it.each(['钓鱼岛', '赤尾屿', '黄岩岛', '永兴岛', '太平岛', '海南岛'])(
    'fails, naming the island, when %s is no longer drawn',
    (name) => {
      const island = islandNamed(name);
      const issues = islandIssues(listed(), without(committedChina(), island));
      expect(issues.map((i) => i.reason)).toEqual([expect.stringContaining(`${name} (${island.name_en}`)]);
    },
  );

  it('counts an island as drawn within 2 km of a shape, not 3 km from it', () => {
    const island: Island = { ...islandNamed('黄岩岛'), lng: 117, lat: 15 };
    const dashed = committedChina().features.filter((f) => f.properties.adcode === 100000);
    const pointAt = (km: number): ChinaFile => ({
      type: 'FeatureCollection',
      features: [
        ...dashed,
        {
          type: 'Feature',
          properties: { adcode: 460000, name_zh: '测试', name_en: 'Test' },
          // Due east, km kilometres away.
          geometry: { type: 'Point', coordinates: [117 + km / (111.32 * Math.cos((15 * Math.PI) / 180)), 15] },
        },
      ],
    });
    expect(islandIssues([island], pointAt(1.5))).toEqual([]);
    expect(islandIssues([island], pointAt(3))).toHaveLength(1);
  });

  it('fails when the South China Sea dashed line is lost', () => {
    const china = committedChina();
    const issues = islandIssues(listed(), {
      ...china,
      features: china.features.filter((f) => f.properties.adcode !== 100000),
    });
    expect(issues.map((i) => i.reason)).toContain('the South China Sea dashed line (九段线, adcode 100000) is missing');
  });
});

describe('China’s file after simplification', () => {
  const require = createRequire(import.meta.url);
  const source = require('@datapool/china.geojson') as {
    features: { properties: { adcode: number; name: string }; geometry: { coordinates: Position[][][] } }[];
  };

  it('keeps every part of a province the source draws of 40 km² or more (Penghu, Hainan’s islands), not only its largest', () => {
    const china = committedChina();
    const lost: string[] = [];
    for (const f of source.features) {
      const drawn = china.features.filter((c) => c.properties.adcode === f.properties.adcode);
      if (drawn.length === 0) continue;
      for (const part of f.geometry.coordinates) {
        if (area(polygon(part)) < 40e6) continue;
        // A point well inside the part, in WGS84: a drawn outline of the province holds it, or passes within
        // the simplification's tolerance (6 km for the provinces seen from the whole-country view only).
        const v = gcoord.transform<Position>(polylabel(part, 0.001) as Position, gcoord.GCJ02, gcoord.WGS84);
        const near = Math.min(...drawn.map((c) => distanceToShapeKm(v, c.geometry)));
        if (near > 6) lost.push(`${f.properties.name} part at ${v.map((x) => x.toFixed(2)).join(', ')}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('draws Taiwan with the source’s own outline of Diaoyu Dao, and a point for it, visible from the regional view', () => {
    const diaoyu = islandNamed('钓鱼岛');
    const taiwan = committedChina().features.filter((f) => f.properties.adcode === 710000);
    const outline = taiwan.find((f) => f.geometry.type !== 'Point');
    if (!outline) throw new Error('no outline of Taiwan');
    expect(distanceToShapeKm([diaoyu.lng, diaoyu.lat], outline.geometry)).toBeLessThanOrEqual(DRAWN_WITHIN_KM);
    const point = taiwan.find((f) => f.properties.name_zh === '钓鱼岛');
    expect(point?.geometry.type).toBe('Point');
  });
});
