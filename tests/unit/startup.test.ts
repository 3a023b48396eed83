import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/store/store';

describe('the load stages (the map starting, then what is below the fold)', () => {
  it('moves forward only: a late report of the first stage does not hide what is below the fold again', () => {
    const store = createAtlasStore({ startup: 'map' });
    expect(store.getState().startup).toBe('map');
    store.getState().advanceStartup('done');
    store.getState().advanceStartup('map');
    expect(store.getState().startup).toBe('done');
  });

  it('a store made without a stage shows everything', () => {
    expect(createAtlasStore().getState().startup).toBe('done');
  });
});
