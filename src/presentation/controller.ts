/**
 * Runs the deck outside React: applies each tour step to the view, restores the view
 * the presenter left when the deck ends, drives lobby autoplay, and keeps a presenter
 * window and the projector window in step over a BroadcastChannel.
 */
import type { TourStep } from '../domain/tour';
import type { AtlasState, AtlasStore } from '../store/store';
import type { ThemeName } from '../map/palette';
import { clampStep, viewForStep, type StepView } from './step-view';

export const DECK_CHANNEL = 'shanghai-atlas-deck';

export type DeckMessage =
  { type: 'state'; from: string; presenting: boolean; step: number } | { type: 'hello'; from: string };

interface Saved extends StepView {
  theme: ThemeName;
}

export interface PresentationOptions {
  /** Posts to and hears from the other window; null where BroadcastChannel is missing. */
  channel: BroadcastChannel | null;
  /** Whether this window follows the other's presenting on/off (the projector does). */
  followPresenting: boolean;
  setTimer?: (fn: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
}

export function connectPresentation(
  store: AtlasStore,
  tour: readonly TourStep[],
  opts: PresentationOptions,
): () => void {
  const me = Math.random().toString(36).slice(2);
  const setTimer = opts.setTimer ?? ((fn, ms) => window.setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((id) => window.clearTimeout(id));
  let saved: Saved | null = null;
  let timer: number | null = null;
  let fromRemote = false;

  const apply = (s: AtlasState) => {
    const i = clampStep(s.step, tour.length);
    const step = tour[i];
    if (!step) return;
    store.setState({ ...viewForStep(step), step: i });
  };

  const schedule = (s: AtlasState) => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    if (!s.presenting || s.autoplay === null || s.autoplayPaused) return;
    timer = setTimer(() => {
      timer = null;
      const now = store.getState();
      now.goToStep((now.step + 1) % tour.length);
    }, s.autoplay * 1000);
  };

  const post = (s: AtlasState) => {
    if (fromRemote || !opts.channel) return;
    const msg: DeckMessage = { type: 'state', from: me, presenting: s.presenting, step: s.step };
    opts.channel.postMessage(msg);
  };

  const onChange = (s: AtlasState, prev: AtlasState) => {
    if (s.presenting && !prev.presenting) {
      saved = {
        mapView: prev.mapView,
        region: prev.region,
        district: prev.district,
        record: prev.record,
        layers: prev.layers,
        industries: prev.industries,
        camera: prev.camera,
        theme: prev.theme,
      };
      store.setState({ theme: 'dark' });
      apply(store.getState());
    } else if (!s.presenting && prev.presenting) {
      if (saved) store.setState(saved);
      saved = null;
    } else if (s.presenting && s.step !== prev.step) {
      apply(s);
    }
    const now = store.getState();
    if (
      now.presenting !== prev.presenting ||
      now.step !== prev.step ||
      now.autoplay !== prev.autoplay ||
      now.autoplayPaused !== prev.autoplayPaused
    )
      schedule(now);
    if (now.presenting !== prev.presenting || now.step !== prev.step) post(now);
  };

  const unsubscribe = store.subscribe(onChange);

  const onMessage = (e: MessageEvent<DeckMessage>) => {
    const msg = e.data;
    if (msg.from === me) return;
    if (msg.type === 'hello') return post(store.getState());
    fromRemote = true;
    try {
      const s = store.getState();
      if (opts.followPresenting && msg.presenting && !s.presenting) s.startPresentation(msg.step);
      else if (opts.followPresenting && !msg.presenting && s.presenting) s.stopPresentation();
      else if (msg.step !== s.step) s.goToStep(msg.step);
    } finally {
      fromRemote = false;
    }
  };
  opts.channel?.addEventListener('message', onMessage as EventListener);
  opts.channel?.postMessage({ type: 'hello', from: me } satisfies DeckMessage);

  // A deep link may open the app already presenting.
  const first = store.getState();
  if (first.presenting) {
    saved = {
      mapView: 'city',
      region: null,
      district: null,
      record: null,
      layers: first.layers,
      industries: [],
      camera: null,
      theme: first.theme,
    };
    store.setState({ theme: 'dark' });
    apply(store.getState());
    schedule(store.getState());
  }

  return () => {
    unsubscribe();
    if (timer !== null) clearTimer(timer);
    opts.channel?.removeEventListener('message', onMessage as EventListener);
  };
}
