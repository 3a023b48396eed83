/** The browser window's size, which the deck's type (and so the map's) scales with. */
import { useSyncExternalStore } from 'react';

let cached = { width: 0, height: 0 };

function read() {
  const w = window.innerWidth;
  const h = window.innerHeight;
  if (w !== cached.width || h !== cached.height) cached = { width: w, height: h };
  return cached;
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}

/** The window size now, read outside React. */
export function viewportSize(): { width: number; height: number } {
  return read();
}

/** The window size, re-rendering on resize. */
export function useViewport(): { width: number; height: number } {
  return useSyncExternalStore(subscribe, read);
}
