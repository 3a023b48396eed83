import { useEffect } from 'react';

/**
 * A chunk fetched once, on the first ask. A failed fetch (offline before the service worker
 * kept the chunk) is forgotten, so the next ask fetches it again rather than failing for good.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}

/**
 * Fetches what `load` gives (a component of a chunk of its own) while it is wanted, and hands
 * it to `got`; the caller keeps it in its state and stops wanting it then. `wanted` is false,
 * or why it is wanted ('map drawn', 'opened'): a failed fetch is tried again whenever that
 * changes, so a menu opened after its early fetch failed fetches again.
 */
export function useChunk<T>(
  load: () => Promise<T>,
  wanted: false | string,
  got: (value: T) => void,
  what: string,
): void {
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load().then(
      (v) => live && got(v),
      (e: unknown) => console.warn(`${what} could not be loaded`, e),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, got, what]);
}
