import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/store/store';

describe('the load stages (map first, then panels, then what is below the fold)', () => {
  it('moves forward only: a late report of an earlier stage does not hide the panels again', () => {
    const store = createAtlasStore({ startup: 'map' });
    store.getState().advanceStartup('panels');
    expect(store.getState().startup).toBe('panels');
    store.getState().advanceStartup('done');
    store.getState().advanceStartup('panels');
    store.getState().advanceStartup('map');
    expect(store.getState().startup).toBe('done');
  });

  it('a failed map goes straight to done, and a store made without a stage shows everything', () => {
    const store = createAtlasStore({ startup: 'map' });
    store.getState().advanceStartup('done');
    expect(store.getState().startup).toBe('done');
    expect(createAtlasStore().getState().startup).toBe('done');
  });
});
