/**
 * Runs the deck outside React: applies each tour step to the view, restores the view
 * the presenter left when the deck ends, drives lobby autoplay, and keeps a presenter
 * window and the projector window in step over a BroadcastChannel.
 *
 * Autoplay's clock, as a lobby screen wants it: a step's time starts when the map has
 * drawn it (the camera has arrived and the map is idle: the store's `drawnStep`, which
 * the map side reports), not when the step is chosen, so a slow first load or a long
 * camera flight never eats into the time a step is on screen. The clock runs only while
 * the deck is presenting, not paused, not blanked and the page is visible; whenever it
 * starts again (resume, unblank, the page shown again) the step gets its full time.
 * Should the map never report (a WebGL context lost for good), the step counts as
 * drawn after DRAW_TIMEOUT_MS, so the loop never freezes.
 */
import type { TourStep } from '../domain/tour';
import { activeDeck, positionAfterChange } from '../domain/deck-steps';
import type { AtlasState, AtlasStore } from '../store/store';
import type { ThemeName } from '../vocabulary';
import { deckCardFor } from '../map/deck-layout';
import { clampStep, viewForStep, type StepView } from './step-view';
import { parseDeckMessage, type DeckMessage } from './deck-message';

export type { DeckMessage };

export const DECK_CHANNEL = 'shanghai-atlas-deck';

/** How long autoplay waits for the map to report a step drawn before counting it as drawn anyway. */
export const DRAW_TIMEOUT_MS = 60_000;

/**
 * Moments of the deck's clock, stamped as performance marks (detail: `{ step }`) so that
 * browser tests can read the app's own timeline. Each new mark replaces the last of its
 * name, so a screen left looping for weeks keeps no history.
 */
export const DECK_MARK = {
  /** The map has drawn the step shown: its time starts. */
  drawn: 'atlas:deck-step-drawn',
  /** Autoplay's time for the step is up: the deck moves on. */
  advance: 'atlas:deck-autoplay-advance',
} as const;

export type DeckMarkName = (typeof DECK_MARK)[keyof typeof DECK_MARK];

/** Whether the page can be seen (not minimised, not a background tab). */
export interface PageVisibility {
  hidden: () => boolean;
  /** Calls `fn` when `hidden()` may have changed; returns a function that stops it. */
  onChange: (fn: () => void) => () => void;
}

interface Saved extends StepView {
  theme: ThemeName;
}

export interface PresentationOptions {
  /** Posts to and hears from the other window; null where BroadcastChannel is missing. */
  channel: BroadcastChannel | null;
  /** Whether this window follows the other's presenting on/off (the projector does). */
  followPresenting: boolean;
  /**
   * A page that follows the deck from a seat (`?follow`): it moves with the other windows
   * and never tells them anything, so the audience's own steps never move the presenter.
   */
  follow?: boolean;
  setTimer?: (fn: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
  /** The page's visibility; `document`'s by default; null: always visible. */
  visibility?: PageVisibility | null;
  /** Stamps a moment of the deck's clock; a performance mark by default. */
  mark?: (name: DeckMarkName, step: number) => void;
}

function documentVisibility(): PageVisibility | null {
  if (typeof document === 'undefined') return null;
  return {
    hidden: () => document.visibilityState === 'hidden',
    onChange: (fn) => {
      document.addEventListener('visibilitychange', fn);
      return () => document.removeEventListener('visibilitychange', fn);
    },
  };
}

function performanceMark(name: DeckMarkName, step: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name, { detail: { step } });
}

function sameSteps(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function connectPresentation(
  store: AtlasStore,
  tour: readonly TourStep[],
  opts: PresentationOptions,
): () => void {
  const me = Math.random().toString(36).slice(2);
  const setTimer = opts.setTimer ?? ((fn, ms) => window.setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((id) => window.clearTimeout(id));
  const visibility = opts.visibility === undefined ? documentVisibility() : opts.visibility;
  const mark = opts.mark ?? performanceMark;
  let saved: Saved | null = null;
  let timer: number | null = null;
  let fromRemote = false;
  /** Whether the current showing of a step has had its "drawn" mark. */
  let markedDrawn = false;

  // The deck being walked: the meeting's chosen steps, or the whole tour.
  const deck = (s: AtlasState) => activeDeck(tour, s.steps);

  const apply = (s: AtlasState) => {
    const steps = deck(s);
    const i = clampStep(s.step, steps.length);
    const step = steps[i];
    if (!step) return;
    markedDrawn = false;
    store.setState({
      ...viewForStep(step),
      deckCard: deckCardFor(step.focus.type),
      step: i,
      drawnStep: null,
      detour: null,
    });
  };

  /** (Re)starts autoplay's clock for the current step, or stops it; each start is a full interval. */
  const schedule = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const s = store.getState();
    const seconds = s.autoplay;
    if (!s.presenting || seconds === null || s.autoplayPaused || s.blackout || visibility?.hidden()) return;
    const step = s.step;
    if (s.drawnStep === step)
      timer = setTimer(() => {
        timer = null;
        mark(DECK_MARK.advance, step);
        const now = store.getState();
        now.goToStep((now.step + 1) % deck(now).length);
      }, seconds * 1000);
    else
      timer = setTimer(() => {
        timer = null;
        store.getState().stepDrawn(step);
      }, DRAW_TIMEOUT_MS);
  };

  const post = (s: AtlasState) => {
    if (fromRemote || !opts.channel || opts.follow) return;
    const msg: DeckMessage = { type: 'state', from: me, presenting: s.presenting, step: s.step, steps: s.steps };
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
    } else if (s.presenting && s.steps !== prev.steps) {
      // A new choice of steps: the step shown keeps its place if it is still in the deck.
      apply({ ...s, step: positionAfterChange(tour, prev.steps, s.steps, prev.step) });
    } else if (s.presenting && s.step !== prev.step) {
      apply(s);
    } else if (s.presenting && prev.detour && !s.detour) {
      // Back from a detour: the step's own view again.
      apply(s);
    }
    const now = store.getState();
    if (now.presenting && now.drawnStep === now.step && !markedDrawn) {
      markedDrawn = true;
      mark(DECK_MARK.drawn, now.step);
    }
    if (
      now.presenting !== prev.presenting ||
      now.step !== prev.step ||
      now.autoplay !== prev.autoplay ||
      now.autoplayPaused !== prev.autoplayPaused ||
      now.blackout !== prev.blackout ||
      now.drawnStep !== prev.drawnStep
    )
      schedule();
    if (now.presenting !== prev.presenting || now.step !== prev.step || now.steps !== prev.steps) post(now);
  };

  const unsubscribe = store.subscribe(onChange);
  const stopWatchingVisibility = visibility?.onChange(schedule);

  const onMessage = (e: MessageEvent<unknown>) => {
    const msg = parseDeckMessage(e.data);
    if (!msg || msg.from === me) return;
    if (msg.type === 'hello') return post(store.getState());
    fromRemote = true;
    try {
      if (!sameSteps(msg.steps, store.getState().steps)) store.getState().setSteps(msg.steps);
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
    schedule();
  }

  return () => {
    unsubscribe();
    stopWatchingVisibility?.();
    if (timer !== null) clearTimer(timer);
    opts.channel?.removeEventListener('message', onMessage as EventListener);
  };
}
