/**
 * The URL sync against a stand-in window: a location, a history that records what was
 * pushed and replaced, and popstate listeners the test fires as the browser's back button would.
 */
import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/store/store';
import type { KnownIds } from '../../src/store/url';
import { connectUrl } from '../../src/store/url-sync';

const KNOWN: KnownIds = {
  records: new Set(['pudong-zhangjiang']),
  industries: new Set(),
  regions: new Set(['zhejiang']),
  recordDistrict: (id) => (id === 'pudong-zhangjiang' ? 'pudong' : null),
};

/** A window with just what connectUrl uses; `entries` is the history as the browser would keep it. */
function stubWindow(search = '') {
  const listeners = new Set<() => void>();
  const location = { pathname: '/atlas/', search, hash: '' };
  const entries: { how: 'start' | 'push' | 'replace'; url: string }[] = [{ how: 'start', url: `/atlas/${search}` }];
  const go = (how: 'push' | 'replace', url: string) => {
    const u = new URL(url, 'http://x');
    location.search = u.search;
    if (how === 'push') entries.push({ how, url });
    else entries[entries.length - 1] = { how, url };
  };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => go('push', url),
      replaceState: (_: unknown, __: string, url: string) => go('replace', url),
    },
    addEventListener: (type: string, f: () => void) => type === 'popstate' && listeners.add(f),
    removeEventListener: (type: string, f: () => void) => type === 'popstate' && listeners.delete(f),
  };
  /** The browser going back to `search`: the location changes first, then popstate fires. */
  const back = (to: string) => {
    location.search = to;
    for (const f of listeners) f();
  };
  return { win: win as unknown as Window, entries, listeners, back };
}

describe('connectUrl', () => {
  it('writes the starting view into the current entry, without adding one', () => {
    const store = createAtlasStore({ lang: 'en' });
    const w = stubWindow();
    connectUrl(store, KNOWN, w.win);
    expect(w.entries).toEqual([{ how: 'replace', url: '/atlas/?lang=en' }]);
  });

  it('leaves a URL that already says the view alone', () => {
    const store = createAtlasStore({ lang: 'en' });
    const w = stubWindow('?lang=en');
    connectUrl(store, KNOWN, w.win);
    expect(w.entries).toEqual([{ how: 'start', url: '/atlas/?lang=en' }]);
  });

  it('adds a history entry for a selection, so back returns to the city', () => {
    const store = createAtlasStore();
    const w = stubWindow();
    connectUrl(store, KNOWN, w.win);
    store.getState().selectDistrict('pudong');
    expect(w.entries.map((e) => e.url)).toEqual(['/atlas/', '/atlas/?d=pudong']);
    expect(w.entries[1]?.how).toBe('push');
  });

  it('replaces the entry for a change that is not a place to go back to (the theme)', () => {
    const store = createAtlasStore();
    const w = stubWindow();
    connectUrl(store, KNOWN, w.win);
    store.getState().selectDistrict('pudong');
    store.getState().setTheme('dark');
    expect(w.entries.map((e) => e.url)).toEqual(['/atlas/', '/atlas/?d=pudong&t=dark']);
  });

  it('restores the view when the browser goes back, and writes nothing while it does', () => {
    const store = createAtlasStore();
    const w = stubWindow();
    connectUrl(store, KNOWN, w.win);
    store.getState().selectDistrict('pudong');
    const before = [...w.entries];
    w.back('?r=pudong-zhangjiang');
    expect(store.getState().record).toBe('pudong-zhangjiang');
    expect(store.getState().district).toBe('pudong');
    expect(w.entries).toEqual(before);
  });

  it('stops writing and listening once disconnected', () => {
    const store = createAtlasStore();
    const w = stubWindow();
    const disconnect = connectUrl(store, KNOWN, w.win);
    expect(w.listeners.size).toBe(1);
    disconnect();
    expect(w.listeners.size).toBe(0);
    store.getState().selectDistrict('xuhui');
    expect(w.entries.map((e) => e.url)).toEqual(['/atlas/']);
  });
});
