/**
 * The map adapter's camera and pointer code, and its clean-up, against a stub map
 * (fixtures/stub-adapter.ts, one setup for every case): frames are run by hand, so every
 * test decides when the browser would paint.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Bounds } from '../../src/domain/model';
import type { ChinaLayer } from '../../src/data/china';
import { adapterOnStub, clusterAt, frame, loadedAdapter, settle, runFramesByHand } from './fixtures/stub-adapter';

runFramesByHand();

function inside(b: Bounds, [lng, lat]: [number, number]): boolean {
  return lng >= b[0][0] && lng <= b[1][0] && lat >= b[0][1] && lat <= b[1][1];
}

describe('the adapter: camera', () => {
  it('opens on the whole city, framed the same way the first paint is', async () => {
    const { map, model } = adapterOnStub();
    expect(inside(model.bounds.city, map.options.center as [number, number])).toBe(true);
    map.fire('load');
    await settle();
    const moves = map.moves();
    expect(moves.map(([how]) => how)).toEqual(['jumpTo']);
    expect(moves[0]?.[1].center).toEqual(map.options.center);
  });

  it('eases to a district the user selects, on the frame after it was asked for', async () => {
    const { map, store, model } = await loadedAdapter();
    const before = map.moves().length;
    store.getState().selectDistrict('chongming');
    expect(map.moves()).toHaveLength(before);
    await settle();
    const [how, to] = map.moves().at(-1) ?? [];
    expect(how).toBe('easeTo');
    expect(to?.duration).toBeGreaterThan(0);
    expect(inside(model.bounds.district.chongming, to?.center ?? [0, 0])).toBe(true);
  });

  it('jumps instead when the user asked for reduced motion', async () => {
    const { map, store } = await loadedAdapter({ reducedMotion: true });
    store.getState().selectDistrict('chongming');
    await settle();
    expect(map.moves().at(-1)?.[0]).toBe('jumpTo');
  });

  it('flies (out, across, in) between the city and the regional view', async () => {
    const { map, store, model } = await loadedAdapter();
    store.getState().setMapView('region');
    await settle();
    const [how, to] = map.moves().at(-1) ?? [];
    expect(how).toBe('flyTo');
    expect(inside(model.bounds.regions, to?.center ?? [0, 0])).toBe(true);
  });

  it("keeps a camera the user settled on, and not the map's own moves", async () => {
    const { map, store } = await loadedAdapter();
    map.center = { lng: 121.5, lat: 31.2 };
    map.zoom = 11;
    map.fire('moveend', {});
    expect(store.getState().camera).toBeNull();
    map.fire('movestart', { originalEvent: {} });
    map.fire('moveend', {});
    expect(store.getState().camera).toEqual({ lng: 121.5, lat: 31.2, zoom: 11 });
  });

  it("jumps to a shared link's camera, and stays put when the map is already there", async () => {
    const { map, store } = await loadedAdapter();
    store.getState().setCamera({ lng: 121.3, lat: 31.1, zoom: 10.5 });
    await settle();
    expect(map.moves().at(-1)).toEqual(['jumpTo', { center: [121.3, 31.1], zoom: 10.5 }]);
    const count = map.moves().length;
    store.getState().setCamera({ lng: 121.3, lat: 31.1, zoom: 10.5 });
    await settle();
    expect(map.moves()).toHaveLength(count);
  });
});

describe('the adapter: pointer', () => {
  it('outlines the district under the mouse, with a pointer cursor, and nothing over the sea', async () => {
    const { map, hover, model } = await loadedAdapter();
    const pudong = model.districtBySlug.pudong;
    map.under = [{ layer: { id: 'district-fill' }, id: pudong.adcode, properties: {} }];
    map.fire('mousemove', { point: { x: 10, y: 20 } });
    expect(hover.getState().hover).toEqual({ district: 'pudong', record: null, cluster: 0, at: { x: 10, y: 20 } });
    expect(map.canvas.style.cursor).toBe('pointer');
    expect(map.calls).toContainEqual(['setFeatureState', { source: 'districts', id: pudong.adcode }, { hover: true }]);
    map.under = [];
    map.fire('mousemove', { point: { x: 0, y: 0 } });
    expect(hover.getState().hover).toBeNull();
    expect(map.canvas.style.cursor).toBe('');
  });

  it('shows how many records a cluster holds under the mouse', async () => {
    const { map, hover } = await loadedAdapter();
    map.under = [{ layer: { id: 'cluster-circle' }, properties: { point_count: 7 } }];
    map.fire('mousemove', { point: { x: 5, y: 5 } });
    expect(hover.getState().hover?.cluster).toBe(7);
  });

  it('ignores the mouse events a finger leaves behind, and clears the hover on a touch', async () => {
    const { map, hover, model } = await loadedAdapter();
    hover.getState().setHover({ district: 'xuhui', record: null, cluster: 0, at: null });
    map.container.dispatch('pointerdown', { pointerType: 'touch' });
    expect(hover.getState().hover).toBeNull();
    map.under = [{ layer: { id: 'district-fill' }, id: model.districtBySlug.pudong.adcode, properties: {} }];
    map.fire('mousemove', { point: { x: 10, y: 20 } });
    expect(hover.getState().hover).toBeNull();
  });

  it('selects what a click lands on: a record, a district, a link, or nothing', async () => {
    const { map, store, model } = await loadedAdapter();
    const record = model.placed[0];
    if (!record) throw new Error('the model places no record');
    map.under = [{ layer: { id: 'points' }, properties: { id: record.id, district: record.district } }];
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState()).toMatchObject({ record: record.id, district: record.district });

    map.under = [{ layer: { id: 'district-fill' }, id: model.districtBySlug.jiading.adcode, properties: {} }];
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState()).toMatchObject({ district: 'jiading', record: null });

    map.under = [];
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState().district).toBeNull();

    const link = model.regionLinks[0];
    if (!link) throw new Error('the model has no regional link');
    store.getState().setMapView('region');
    map.under = [{ layer: { id: 'links' }, properties: { region: link.region.id } }];
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState().region).toBe(link.region.id);
  });

  it('zooms into a clicked cluster once its expansion zoom is known', async () => {
    const { map } = await loadedAdapter();
    map.under = [clusterAt(121.4, 31.2)];
    map.fire('click', { point: { x: 1, y: 1 } });
    const count = map.moves().length;
    map.clusterZoom?.resolve(12);
    await Promise.resolve();
    expect(map.moves().slice(count)).toEqual([['easeTo', { center: [121.4, 31.2], zoom: 12.2, duration: 600 }]]);
  });
});

describe('the adapter: destroy', () => {
  it('cancels a camera move still waiting for its frame', async () => {
    const { map, store, atlas } = await loadedAdapter();
    store.getState().selectDistrict('pudong');
    await frame(); // the store's change is applied; the camera move waits for the next frame
    const count = map.moves().length;
    atlas.destroy();
    await settle();
    expect(map.moves()).toHaveLength(count);
    expect(map.afterRemove).toEqual([]);
  });

  it('does not zoom a removed map into a cluster whose expansion zoom comes late', async () => {
    const { map, atlas } = await loadedAdapter();
    map.under = [clusterAt(121.4, 31.2)];
    map.fire('click', { point: { x: 1, y: 1 } });
    const count = map.moves().length;
    atlas.destroy();
    map.clusterZoom?.resolve(12);
    await Promise.resolve();
    expect(map.moves()).toHaveLength(count);
    expect(map.afterRemove).toEqual([]);
  });

  it("does not put China's outline on a map removed while it loaded", async () => {
    let arrive: (c: ChinaLayer) => void = () => {};
    const china = new Promise<ChinaLayer>((resolve) => (arrive = resolve));
    const { map, store, atlas } = await loadedAdapter({ loadChina: () => china });
    store.getState().setMapView('region');
    await settle();
    atlas.destroy();
    const empty = { type: 'FeatureCollection', features: [] };
    arrive({ china: empty, borders: empty } as unknown as ChinaLayer);
    await china;
    await Promise.resolve();
    expect(map.calls.filter(([m]) => m === 'setData')).toEqual([]);
    expect(map.afterRemove).toEqual([]);
  });

  it("puts China's outline on the map when it arrives in time", async () => {
    const empty = { type: 'FeatureCollection', features: [] };
    const { map, store } = await loadedAdapter({
      loadChina: () => Promise.resolve({ china: empty, borders: empty } as unknown as ChinaLayer),
    });
    store.getState().setMapView('region');
    await settle();
    expect(map.calls.filter(([m]) => m === 'setData').map(([, id]) => id)).toEqual(['china', 'china-borders']);
  });

  it("says when China's outline could not be loaded, does not hang idle() on it, and asks again at the next change", async () => {
    const empty = { type: 'FeatureCollection', features: [] };
    const asked: boolean[] = [];
    let fail = true;
    const { map, store, atlas } = await loadedAdapter({
      loadChina: (retry = false) => {
        asked.push(retry);
        return fail
          ? Promise.reject(new Error('offline'))
          : Promise.resolve({ china: empty, borders: empty } as unknown as ChinaLayer);
      },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    store.getState().setMapView('region');
    await settle();
    await expect(atlas.idle()).resolves.toBeUndefined();
    expect(store.getState().chinaFailed).toBe(true);
    expect(map.calls.filter(([m]) => m === 'setData')).toEqual([]);
    expect(warn).toHaveBeenCalled();
    // Only the first ask so far: the store saying it failed, or a filter, asks nothing again.
    expect(asked).toEqual([false]);
    store.getState().toggleLayer('funds');
    await settle();
    expect(asked).toEqual([false]);
    // Leaving the view and coming back asks again, as a retry.
    store.getState().setMapView('city');
    await settle();
    store.getState().setMapView('region');
    await settle();
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.slice(1).every(Boolean)).toBe(true);
    expect(store.getState().chinaFailed).toBe(true);
    // The link is back: the next load is a retry, and the outline is drawn.
    fail = false;
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(asked.at(-1)).toBe(true);
    expect(store.getState().chinaFailed).toBe(false);
    expect(map.calls.filter(([m]) => m === 'setData').map(([, id]) => id)).toEqual(['china', 'china-borders']);
    warn.mockRestore();
  });

  it('resolves idle() at once once destroyed, touching nothing', async () => {
    const { atlas, map } = await loadedAdapter();
    atlas.destroy();
    await expect(atlas.idle()).resolves.toBeUndefined();
    expect(map.afterRemove).toEqual([]);
  });
});
