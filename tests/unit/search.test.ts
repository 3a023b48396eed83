import { describe, expect, it } from 'vitest';
import { searchAtlas, type SearchHit } from '../../src/ui/search-index';
import { loadRealModel } from './fixtures/real-data';

function districtsIn(hits: SearchHit[]): string[] {
  return hits.flatMap((h) => (h.type === 'district' ? [h.slug] : []));
}

describe('searching the atlas', () => {
  it('puts Pudong first for "浦东"', () => {
    const hits = searchAtlas(loadRealModel(), '浦东', 'zh');
    expect(hits[0]).toEqual({ type: 'district', slug: 'pudong', label: '浦东新区' });
  });

  it.each([
    ['pudong', 'pudong'],
    ['Pudong New Area', 'pudong'],
    ['pudongxinqu', 'pudong'],
    ['Pudong Xinqu', 'pudong'],
    ['Jingan', 'jingan'],
    ["jing'an", 'jingan'],
    ['Jing’an', 'jingan'],
    ['静安区', 'jingan'],
    ['  CHONGMING ', 'chongming'],
  ])('finds the district for %j', (query, slug) => {
    const hits = searchAtlas(loadRealModel(), query, 'en');
    expect(districtsIn(hits)).toContain(slug);
    expect(hits[0]).toMatchObject({ type: 'district', slug });
  });

  it('labels hits in the language asked for', () => {
    const model = loadRealModel();
    expect(searchAtlas(model, 'pudong', 'en')[0]?.label).toBe('Pudong New Area');
    expect(searchAtlas(model, 'pudong', 'zh')[0]?.label).toBe('浦东新区');
  });

  it('finds every record by its Chinese name and by its English name', () => {
    const model = loadRealModel();
    const lost: string[] = [];
    for (const r of model.records) {
      for (const [query, lang] of [
        [r.name.zh, 'zh'],
        [r.name.en.toLowerCase(), 'en'],
      ] as const) {
        const hit = searchAtlas(model, query, lang).find((h) => h.type === 'record' && h.id === r.id);
        if (!hit) lost.push(`${r.id} by "${query}"`);
        else expect(hit).toEqual({ type: 'record', id: r.id, district: r.districts[0] ?? null, label: r.name[lang] });
      }
    }
    expect(lost).toEqual([]);
  });

  it('finds a record by part of its name, with its district', () => {
    const model = loadRealModel();
    const hits = searchAtlas(model, '太赫兹', 'zh');
    expect(hits).toContainEqual(
      expect.objectContaining({ type: 'record', id: 'yangpu-usst-terahertz-park', district: 'yangpu' }),
    );
  });

  it.each(['徐汇', 'jiading'])('lists the district before records that share its name (%j)', (q) => {
    const hits = searchAtlas(loadRealModel(), q, 'zh');
    const types = hits.map((h) => h.type);
    expect(types).toContain('record');
    expect(types[0]).toBe('district');
    expect(types.lastIndexOf('district')).toBeLessThan(types.indexOf('record'));
  });

  it('returns at most the number of hits asked for', () => {
    const model = loadRealModel();
    expect(searchAtlas(model, 'qu', 'en').length).toBeLessThanOrEqual(8);
    expect(searchAtlas(model, 'qu', 'en', 3)).toHaveLength(3);
  });

  it.each(['', '   ', "'", '-_·'])('returns nothing for an empty query (%j)', (q) => {
    expect(searchAtlas(loadRealModel(), q, 'zh')).toEqual([]);
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(searchAtlas(loadRealModel(), 'Atlantis', 'en')).toEqual([]);
  });
});
