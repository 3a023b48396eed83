/**
 * Keeps the URL and the store in step: selections push history entries (so back and
 * forward walk them), everything else replaces the current entry; popstate restores.
 */
import { isNavigation, parseView, serialiseView, type KnownIds } from './url';
import { viewOf, type AtlasStore } from './store';

export function connectUrl(store: AtlasStore, known: KnownIds, win: Window = window): () => void {
  let applying = false;
  const write = (push: boolean) => {
    const qs = serialiseView(viewOf(store.getState()));
    const url = `${win.location.pathname}${qs ? `?${qs}` : ''}${win.location.hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (applying) return;
    write(isNavigation(viewOf(prev), viewOf(s)));
  });
  const onPop = () => {
    applying = true;
    store.getState().applyView(parseView(win.location.search, known));
    applying = false;
  };
  win.addEventListener('popstate', onPop);
  write(false);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
