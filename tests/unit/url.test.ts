import { describe, expect, it } from 'vitest';
import { ZOOM_LIMITS } from '../../src/domain/camera-limits';
import { LAYER_IDS, type DistrictSlug } from '../../src/domain/schema';
import { LANGS } from '../../src/vocabulary';
import { createAtlasStore, viewOf } from '../../src/store/store';
import { isNavigation, parseView, serialiseView, type KnownIds } from '../../src/store/url';
import { DEFAULT_VIEW, type ViewState } from '../../src/store/view-state';

const HOMES: Record<string, DistrictSlug | null> = {
  'xuhui-caohejing': 'xuhui',
  'pudong-zhangjiang': 'pudong',
  'city-wide-plan': null,
};

function known(): KnownIds {
  return {
    records: new Set(Object.keys(HOMES)),
    industries: new Set(['biomedicine', 'ic-sensors', 'marine']),
    regions: new Set(['kashgar', 'zhejiang']),
    recordDistrict: (id) => HOMES[id] ?? null,
  };
}

function view(fields: Partial<ViewState> = {}): ViewState {
  return { ...structuredClone(DEFAULT_VIEW), ...fields };
}

function parse(search: string): ViewState {
  return parseView(search, known());
}

describe('a view in the URL', () => {
  it('round-trips a view with everything set', () => {
    const v = view({
      lang: 'en',
      layers: ['funds', 'projects'],
      industries: ['ic-sensors', 'biomedicine'],
      district: 'xuhui',
      record: 'xuhui-caohejing',
      camera: { lng: 121.43512, lat: 31.17, zoom: 12.25 },
    });
    expect(parse(serialiseView(v))).toEqual(v);
  });

  it('round-trips a selected district with no record', () => {
    const v = view({ district: 'chongming', layers: ['clusters'] });
    expect(parse(serialiseView(v))).toEqual(v);
  });

  it('writes nothing for the default view, so the plain address is the default', () => {
    expect(serialiseView(view())).toBe('');
    expect(parse('')).toEqual(DEFAULT_VIEW);
  });

  it('keeps commas readable in the query string', () => {
    const q = serialiseView(view({ layers: ['clusters', 'funds'], camera: { lng: 121.5, lat: 31.2, zoom: 10 } }));
    expect(q).toContain('l=clusters,funds');
    expect(q).toContain('c=121.5,31.2,10');
  });

  it('reads a leading "?" as well as none', () => {
    expect(parse('?d=pudong').district).toBe('pudong');
    expect(parse('d=pudong').district).toBe('pudong');
  });

  it('ignores an unknown district', () => {
    expect(parse('d=atlantis').district).toBeNull();
    expect(parse('d=Pudong').district).toBeNull();
  });

  it('ignores an unknown record and keeps the district', () => {
    const v = parse('r=no-such-record&d=yangpu');
    expect(v.record).toBeNull();
    expect(v.district).toBe('yangpu');
  });

  it('selects the district a record is drawn in, whatever the link says', () => {
    expect(parse('r=pudong-zhangjiang')).toMatchObject({ record: 'pudong-zhangjiang', district: 'pudong' });
    expect(parse('r=pudong-zhangjiang&d=xuhui')).toMatchObject({ record: 'pudong-zhangjiang', district: 'pudong' });
    expect(parse('r=city-wide-plan&d=xuhui')).toMatchObject({ record: 'city-wide-plan', district: null });
  });

  it('drops unknown industries and repeats', () => {
    expect(parse('i=marine,teleportation,marine,biomedicine').industries).toEqual(['marine', 'biomedicine']);
  });

  it('drops unknown layers and lists the rest in the usual order', () => {
    expect(parse('l=events,nonsense,funds').layers).toEqual(['funds', 'events']);
  });

  it('shows every layer when none of the listed layers exists', () => {
    expect(parse('l=nonsense').layers).toEqual([...LAYER_IDS]);
  });

  it('reads "l=none" as no layer at all, and writes it back', () => {
    expect(parse('l=none').layers).toEqual([]);
    expect(serialiseView(view({ layers: [] }))).toBe('l=none');
    expect(parse(serialiseView(view({ layers: [] }))).layers).toEqual([]);
  });

  it.each([
    'abc',
    '1,2',
    '121.5,31.2',
    '121.5,31.2,10,3',
    '121.5,,10',
    'NaN,31,10',
    '200,31.2,10',
    '121.5,95,10',
    '2,48.8,10',
    '121.5,31.2,25',
    '121.5,31.2,-3',
  ])('ignores a malformed or far-away camera (%j)', (c) => {
    expect(parse(`c=${encodeURIComponent(c)}`).camera).toBeNull();
  });

  it('reads a camera on Shanghai', () => {
    expect(parse('c=121.47,31.23,11.5').camera).toEqual({ lng: 121.47, lat: 31.23, zoom: 11.5 });
  });

  it('reads a camera on China in the regional view, and writes it back', () => {
    const v = parse('v=region&c=98.7,36.9,4.4');
    expect(v.mapView).toBe('region');
    expect(v.camera).toEqual({ lng: 98.7, lat: 36.9, zoom: 4.4 });
    expect(serialiseView(v)).toBe('v=region&c=98.7,36.9,4.4');
    expect(parse(serialiseView(v))).toEqual(v);
    // A selected place puts the link in the regional view too.
    expect(parse('g=kashgar&c=80,40,5').camera).toEqual({ lng: 80, lat: 40, zoom: 5 });
  });

  it('drops a regional camera in the city view', () => {
    expect(parse('c=98.7,36.9,4.4').camera).toBeNull();
    expect(parse('v=city&c=98.7,36.9,4.4').camera).toBeNull();
  });

  it('drops a camera outside China in the regional view', () => {
    expect(parse('v=region&c=2,48.8,4').camera).toBeNull();
    expect(parse('v=region&c=-119.4,36.8,4').camera).toBeNull();
  });

  it("keeps the zoom within the map's limits, in both views", () => {
    for (const v of ['', 'v=region&']) {
      expect(parse(`${v}c=121.47,31.23,${ZOOM_LIMITS.min}`).camera?.zoom).toBe(ZOOM_LIMITS.min);
      expect(parse(`${v}c=121.47,31.23,${ZOOM_LIMITS.max}`).camera?.zoom).toBe(ZOOM_LIMITS.max);
      expect(parse(`${v}c=121.47,31.23,${ZOOM_LIMITS.min - 0.01}`).camera).toBeNull();
      expect(parse(`${v}c=121.47,31.23,${ZOOM_LIMITS.max + 0.01}`).camera).toBeNull();
    }
  });

  it('falls back to Chinese for an unknown language', () => {
    for (const lang of ['fr', 'EN', '', 'zh-CN']) expect(parse(`lang=${lang}`).lang).toBe('zh');
    expect(parse('lang=en').lang).toBe('en');
  });

  it('round-trips the dark theme as "t=dark"', () => {
    const q = serialiseView(view({ theme: 'dark' }));
    expect(q).toBe('t=dark');
    expect(parse(q)).toEqual(view({ theme: 'dark' }));
    const v = view({ theme: 'dark', lang: 'en', district: 'pudong', camera: { lng: 121.5, lat: 31.2, zoom: 10 } });
    expect(new URLSearchParams(serialiseView(v)).get('t')).toBe('dark');
    expect(parse(serialiseView(v))).toEqual(v);
  });

  it('falls back to the light theme for an unknown theme', () => {
    for (const t of ['light', 'Dark', 'DARK', 'dark ', 'night', 'blue', '', '1', '__proto__'])
      expect(parse(`t=${encodeURIComponent(t)}`).theme, `t=${t}`).toBe('light');
    expect(parse('t=dark&t=light').theme).toBe('dark');
    expect(DEFAULT_VIEW.theme).toBe('light');
  });

  it('does not write the default theme to the URL', () => {
    expect(serialiseView(view({ theme: 'light' }))).toBe('');
    const q = serialiseView(view({ theme: 'light', district: 'xuhui', lang: 'en' }));
    expect(new URLSearchParams(q).has('t')).toBe(false);
    // An unknown theme in a link is not echoed back either.
    expect(new URLSearchParams(serialiseView(parse('t=night&d=xuhui'))).has('t')).toBe(false);
  });

  it.each([
    '%',
    '%E0%A4%A',
    'd=%00',
    '&&&==&',
    'r=__proto__',
    'r=constructor&i=toString',
    'l=,,,&i=,,',
    'c=1e400,1e400,1e400',
    `d=${'x'.repeat(5000)}`,
  ])('never throws on a strange link (%j), and returns a usable view', (search) => {
    let v: ViewState | undefined;
    expect(() => {
      v = parse(search);
    }).not.toThrow();
    expect(LANGS).toContain(v?.lang);
    for (const l of v?.layers ?? []) expect(LAYER_IDS).toContain(l);
    for (const i of v?.industries ?? []) expect(known().industries.has(i)).toBe(true);
    expect(v?.record === null || (v?.record !== undefined && known().records.has(v.record))).toBe(true);
  });
});

describe('isNavigation', () => {
  it('is true when the selected district or record changes', () => {
    const city = view();
    expect(isNavigation(city, view({ district: 'pudong' }))).toBe(true);
    expect(isNavigation(view({ district: 'pudong' }), view({ district: 'xuhui' }))).toBe(true);
    expect(isNavigation(view({ district: 'pudong' }), view({ district: 'pudong', record: 'pudong-zhangjiang' }))).toBe(
      true,
    );
    expect(isNavigation(view({ district: 'pudong', record: 'pudong-zhangjiang' }), city)).toBe(true);
  });

  it('is false for changes of language, layers, industries or camera', () => {
    const a = view({ district: 'pudong' });
    expect(isNavigation(a, { ...a, lang: 'en' })).toBe(false);
    expect(isNavigation(a, { ...a, layers: ['funds'] })).toBe(false);
    expect(isNavigation(a, { ...a, industries: ['marine'] })).toBe(false);
    expect(isNavigation(a, { ...a, camera: { lng: 121.5, lat: 31.2, zoom: 9 } })).toBe(false);
  });
});

describe('the store', () => {
  it('starts at the default view', () => {
    expect(viewOf(createAtlasStore().getState())).toEqual(DEFAULT_VIEW);
  });

  it('turns a layer off and back on in its usual place in the list', () => {
    const store = createAtlasStore();
    store.getState().toggleLayer('funds');
    expect(store.getState().layers).toEqual(LAYER_IDS.filter((l) => l !== 'funds'));
    store.getState().toggleLayer('funds');
    expect(store.getState().layers).toEqual([...LAYER_IDS]);
  });

  it('keeps layers in the canonical order whatever order they are turned on in', () => {
    const store = createAtlasStore({ layers: [] });
    for (const l of ['events', 'clusters', 'reforms', 'funds'] as const) store.getState().toggleLayer(l);
    expect(store.getState().layers).toEqual(['clusters', 'funds', 'reforms', 'events']);
  });

  it('goes back from a record to its district, then to the city', () => {
    const store = createAtlasStore();
    store.getState().selectRecord('pudong-zhangjiang', 'pudong');
    expect(store.getState()).toMatchObject({ record: 'pudong-zhangjiang', district: 'pudong' });
    store.getState().back();
    expect(store.getState()).toMatchObject({ record: null, district: 'pudong' });
    store.getState().back();
    expect(store.getState()).toMatchObject({ record: null, district: null });
    store.getState().back();
    expect(store.getState()).toMatchObject({ record: null, district: null });
  });

  it('clears the record and the camera when a district is selected', () => {
    const store = createAtlasStore();
    store.getState().selectRecord('xuhui-caohejing', 'xuhui');
    store.getState().setCamera({ lng: 121.43, lat: 31.17, zoom: 13 });
    store.getState().selectDistrict('pudong');
    expect(store.getState()).toMatchObject({ district: 'pudong', record: null, camera: null });
  });

  it('toggles industries on and off, and clears them all', () => {
    const store = createAtlasStore();
    store.getState().toggleIndustry('marine');
    store.getState().toggleIndustry('biomedicine');
    store.getState().toggleIndustry('marine');
    expect(store.getState().industries).toEqual(['biomedicine']);
    store.getState().clearIndustries();
    expect(store.getState().industries).toEqual([]);
  });

  it('does not share state between two stores', () => {
    const a = createAtlasStore();
    const b = createAtlasStore();
    a.getState().toggleLayer('events');
    a.getState().selectDistrict('yangpu');
    expect(viewOf(b.getState())).toEqual(DEFAULT_VIEW);
    expect(DEFAULT_VIEW.layers).toEqual([...LAYER_IDS]);
  });

  it('restores a whole view from a link at once', () => {
    const store = createAtlasStore();
    const v = parse('r=xuhui-caohejing&l=funds&i=marine&lang=en&c=121.43,31.17,13');
    store.getState().applyView(v);
    expect(viewOf(store.getState())).toEqual(v);
  });
});

describe('the regional view in the URL', () => {
  it('round-trips the regional view and a selected place', () => {
    const v = view({ mapView: 'region', region: 'kashgar' });
    const q = serialiseView(v);
    expect(q).toContain('v=region');
    expect(q).toContain('g=kashgar');
    expect(parseView(`?${q}`, known())).toEqual(v);
  });

  it('ignores an unknown place and an unknown view', () => {
    expect(parseView('?g=atlantis&v=moon', known())).toEqual(DEFAULT_VIEW);
  });

  it('a place implies the regional view', () => {
    expect(parseView('?g=zhejiang', known())).toMatchObject({ mapView: 'region', region: 'zhejiang', district: null });
  });

  it('switching between the city and the regional view is a step back can undo', () => {
    expect(isNavigation(view({}), view({ mapView: 'region' }))).toBe(true);
  });
});
