import { describe, expect, it } from 'vitest';
import { arc, buildRegionLinks, regionHeadline, shanghaiOrigin } from '../../src/domain/links';
import { loadRealModel } from './fixtures/real-data';

describe('regional links', () => {
  it('link Shanghai to the places in China the report names: the delta, Jiashan, Golog, Kashgar, Urumqi', () => {
    const links = buildRegionLinks(loadRealModel());
    const ids = links.map((l) => l.region.id);
    for (const id of ['zhejiang', 'jiangsu', 'anhui', 'jiashan', 'guoluo', 'kashgar', 'urumqi'])
      expect(ids).toContain(id);
  });

  it('carry the regional records that name each place, in data order (as geo/data/records.json lists them)', () => {
    const byPlace = Object.fromEntries(buildRegionLinks(loadRealModel()).map((l) => [l.region.id, l.recordIds]));
    expect(byPlace.jiashan).toEqual(['yrd-jiashan-matchmaking']);
    expect(byPlace.urumqi).toEqual(['aid-urumqi-matchmaking']);
    expect(byPlace.guoluo).toEqual([
      'aid-paired-assistance',
      'aid-cooperation-projects',
      'aid-guoluo-greenhouse-vegetables',
    ]);
    expect(byPlace.kashgar).toEqual([
      'aid-paired-assistance',
      'aid-cooperation-projects',
      'aid-kashgar-mobile-medical',
      'aid-kashgar-expo',
    ]);
  });

  it('put each regional record on the link of every place it names, and no other record on any link', () => {
    const model = loadRealModel();
    const links = buildRegionLinks(model);
    for (const l of links)
      for (const id of l.recordIds) {
        const r = model.recordById[id];
        expect(r?.scope, id).toBe('region');
        expect(r?.regions, id).toContain(l.region.id);
      }
    const linked = new Set(links.map((l) => l.region.id));
    for (const r of model.records)
      if (r.scope === 'region')
        for (const place of r.regions.filter((p) => linked.has(p)))
          expect(links.find((l) => l.region.id === place)?.recordIds, `${r.id} on ${place}`).toContain(r.id);
  });

  it('start in Shanghai and end at the place', () => {
    const model = loadRealModel();
    const origin = shanghaiOrigin(model);
    for (const l of buildRegionLinks(model)) {
      expect(l.path[0]).toEqual(origin);
      const end = l.path[l.path.length - 1];
      expect(end?.[0]).toBeCloseTo(l.region.lng, 9);
      expect(end?.[1]).toBeCloseTo(l.region.lat, 9);
    }
  });

  it('bow northwards, off the straight line', () => {
    const path = arc([121, 31], [76, 39.5]);
    const mid = path[Math.floor(path.length / 2)];
    if (!mid) throw new Error('empty arc');
    // The straight line's midpoint is at latitude 35.25; the arc passes north of it.
    expect(mid[1]).toBeGreaterThan(35.25 + 1);
  });
});

describe('regionHeadline', () => {
  it("is the report's regional figure: a regional record of kind figure, with its figures", () => {
    const model = loadRealModel();
    const r = regionHeadline(model);
    expect(r).not.toBeNull();
    expect(r?.scope).toBe('region');
    expect(r?.kind).toBe('figure');
    expect(r?.figures.length).toBeGreaterThan(0);
    // It names places the regional view links to, so the view it heads shows them.
    expect(r?.regions.some((id) => model.regionLinks.some((l) => l.region.id === id))).toBe(true);
  });

  it('is null when no regional record has figures', () => {
    const model = loadRealModel();
    expect(regionHeadline({ records: model.records.filter((r) => r.scope !== 'region') })).toBeNull();
  });
});
