/**
 * The deck controller with a real store, a fake clock, a fake map (which takes a while
 * to draw each step), a fake page visibility and a fake BroadcastChannel: starting and
 * stopping the deck, stepping, lobby autoplay and its clock, and keeping the presenter
 * window and the projector window in step.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../src/domain/model';
import { LAYER_IDS } from '../../src/domain/schema';
import { buildTour, type TourStep } from '../../src/domain/tour';
import {
  connectPresentation,
  DECK_MARK,
  DRAW_TIMEOUT_MS,
  type DeckMarkName,
  type DeckMessage,
  type PageVisibility,
} from '../../src/presentation/controller';
import { viewForStep } from '../../src/presentation/step-view';
import { createAtlasStore, type AtlasStore } from '../../src/store/store';
import { loadRealModel } from './fixtures/real-data';

/** A clock the test moves by hand. */
class FakeClock {
  now = 0;
  private next = 1;
  private timers = new Map<number, { at: number; fn: () => void }>();
  setTimer = (fn: () => void, ms: number): number => {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, fn });
    return id;
  };
  clearTimer = (id: number): void => {
    this.timers.delete(id);
  };
  get pending(): number {
    return this.timers.size;
  }
  /** Moves time on, firing due timers in order (including timers they set). */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, t] = due;
      this.timers.delete(id);
      this.now = t.at;
      t.fn();
    }
    this.now = end;
  }
}

/** The part of BroadcastChannel the controller uses; `receive` plays a message from another window. */
class FakeChannel {
  posted: DeckMessage[] = [];
  private listeners = new Set<(e: MessageEvent<DeckMessage>) => void>();
  addEventListener(type: string, fn: (e: MessageEvent<DeckMessage>) => void): void {
    if (type === 'message') this.listeners.add(fn);
  }
  removeEventListener(type: string, fn: (e: MessageEvent<DeckMessage>) => void): void {
    if (type === 'message') this.listeners.delete(fn);
  }
  postMessage(msg: DeckMessage): void {
    this.posted.push(structuredClone(msg));
  }
  /** Delivers what another page posted: a message, or anything else a page of another version might send. */
  receive(msg: DeckMessage | unknown): void {
    for (const fn of [...this.listeners]) fn({ data: msg } as MessageEvent<DeckMessage>);
  }
  get listening(): number {
    return this.listeners.size;
  }
  states(): Extract<DeckMessage, { type: 'state' }>[] {
    return this.posted.filter((m): m is Extract<DeckMessage, { type: 'state' }> => m.type === 'state');
  }
}

/** A page the test hides and shows. */
class FakeVisibility implements PageVisibility {
  private isHidden = false;
  private listeners = new Set<() => void>();
  hidden = (): boolean => this.isHidden;
  onChange = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  set(hidden: boolean): void {
    this.isHidden = hidden;
    for (const fn of [...this.listeners]) fn();
  }
}

let model: AtlasModel;
let tour: TourStep[];
let store: AtlasStore;
let clock: FakeClock;
let channel: FakeChannel;
let visibility: FakeVisibility;
let marks: { name: DeckMarkName; step: number; at: number }[];
let disconnect: () => void;

beforeAll(() => {
  model = loadRealModel();
  tour = buildTour(model);
});

function connect(followPresenting = true, follow = false): void {
  disconnect = connectPresentation(store, tour, {
    channel: channel as unknown as BroadcastChannel,
    followPresenting,
    follow,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    visibility,
    mark: (name, step) => marks.push({ name, step, at: clock.now }),
  });
}

/**
 * Plays the map: each step the deck shows (whenever the controller clears `drawnStep`) is
 * drawn `ms` later on the fake clock and reported, as the real map does on its next idle.
 * A step shown again before it was drawn starts its drawing over.
 */
function fakeMap(ms: number): void {
  let pending: number | null = null;
  const draw = () => {
    const s = store.getState();
    if (!s.presenting || s.drawnStep !== null) return;
    if (pending !== null) clock.clearTimer(pending);
    const step = s.step;
    pending = clock.setTimer(() => {
      pending = null;
      store.getState().stepDrawn(step);
    }, ms);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.step !== prev.step || s.presenting !== prev.presenting || s.drawnStep !== prev.drawnStep) draw();
  });
  draw();
  const stop = disconnect;
  disconnect = () => {
    unsubscribe();
    if (pending !== null) clock.clearTimer(pending);
    stop();
  };
}

/** The map reports the step shown as drawn right now, as the real map does once idle. */
function drawNow(): void {
  store.getState().stepDrawn(store.getState().step);
}

function indexOf(id: string): number {
  const i = tour.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`no step ${id}`);
  return i;
}

function expectView(i: number): void {
  const step = tour[i];
  if (!step) throw new Error(`no step ${i}`);
  const s = store.getState();
  const v = viewForStep(step);
  expect(s.step).toBe(i);
  expect({
    mapView: s.mapView,
    region: s.region,
    district: s.district,
    record: s.record,
    layers: s.layers,
    industries: s.industries,
    camera: s.camera,
  }).toEqual(v);
  // The map is framed beside the card the step shows.
  expect(s.deckCard).toBe(step.focus.type === 'matrix' ? 'wide' : 'normal');
}

beforeEach(() => {
  clock = new FakeClock();
  channel = new FakeChannel();
  visibility = new FakeVisibility();
  marks = [];
  // The presenter left the map on Minhang, one layer and an industry, in the light theme.
  store = createAtlasStore({
    district: 'minhang',
    layers: ['funds', 'projects'],
    industries: ['biomedicine'],
    theme: 'light',
    camera: { lng: 121.4, lat: 31.1, zoom: 11 },
  });
});

afterEach(() => {
  disconnect();
});

describe('starting and stepping', () => {
  it('applies step 0 and the dark theme when the deck starts', () => {
    connect();
    store.getState().startPresentation(0);
    const s = store.getState();
    expect(s.presenting).toBe(true);
    expect(s.theme).toBe('dark');
    expectView(0);
    expect(s.district).toBeNull();
    expect(s.layers).toEqual([...LAYER_IDS]);
  });

  it("goToStep(k) applies step k's district and layers", () => {
    connect();
    store.getState().startPresentation(0);
    const layer = tour.findIndex((s) => s.focus.type === 'layer');
    store.getState().goToStep(layer);
    expectView(layer);
    const focus = tour[layer]?.focus;
    expect(store.getState().layers).toEqual(focus?.type === 'layer' ? [focus.layer] : []);

    const pudong = indexOf('district-pudong');
    store.getState().goToStep(pudong);
    expectView(pudong);
    expect(store.getState().district).toBe('pudong');
    expect(store.getState().layers).toEqual([...LAYER_IDS]);

    const region = indexOf('region');
    store.getState().goToStep(region);
    expectView(region);
    expect(store.getState().district).toBeNull();
  });

  it('walks every step', () => {
    connect();
    store.getState().startPresentation(0);
    for (let i = 0; i < tour.length; i++) {
      store.getState().goToStep(i);
      expectView(i);
      expect(store.getState().theme).toBe('dark');
    }
  });

  it('clamps a step past the end to the last step', () => {
    connect();
    store.getState().startPresentation(0);
    store.getState().goToStep(tour.length + 5);
    expectView(tour.length - 1);
    store.getState().goToStep(-3);
    expectView(0);
  });

  it('starts at a given step', () => {
    connect();
    const xuhui = indexOf('district-xuhui');
    store.getState().startPresentation(xuhui);
    expectView(xuhui);
  });

  it('restores the district, layers, filter, camera and theme when the deck stops', () => {
    connect();
    const before = store.getState();
    store.getState().startPresentation(0);
    store.getState().goToStep(indexOf('district-pudong'));
    store.getState().setTheme('light'); // T during the talk
    store.getState().stopPresentation();
    const s = store.getState();
    expect(s.presenting).toBe(false);
    expect(s.district).toBe('minhang');
    expect(s.record).toBeNull();
    expect(s.layers).toEqual(['funds', 'projects']);
    expect(s.industries).toEqual(['biomedicine']);
    expect(s.camera).toEqual(before.camera);
    expect(s.theme).toBe('light');
  });

  it('restores a dark theme the presenter had chosen', () => {
    store.setState({ theme: 'dark' });
    connect();
    store.getState().startPresentation(0);
    store.getState().stopPresentation();
    expect(store.getState().theme).toBe('dark');
    expect(store.getState().district).toBe('minhang');
  });

  it('opens presenting from a deep link (p= in the URL) and applies that step', () => {
    store = createAtlasStore({ presenting: true, step: 4, theme: 'light' });
    connect();
    const s = store.getState();
    expect(s.theme).toBe('dark');
    expectView(4);
    s.stopPresentation();
    expect(store.getState().theme).toBe('light');
    expect(store.getState().district).toBeNull();
  });

  it('clamps a deep link past the end to the last step', () => {
    store = createAtlasStore({ presenting: true, step: 999 });
    connect();
    expectView(tour.length - 1);
  });

  it('stops listening once disconnected', () => {
    connect();
    expect(channel.listening).toBe(1);
    disconnect();
    expect(channel.listening).toBe(0);
    store.getState().startPresentation(0);
    expect(store.getState().theme).toBe('light');
    disconnect = () => undefined;
  });
});

describe('autoplay', () => {
  /** How long the fake map takes to draw a step (a camera move and the draw after it). */
  const DRAW = 1200;

  it('shows each step for N seconds after the map has drawn it, and loops from the last step to the first', () => {
    store.setState({ autoplay: 5 });
    connect();
    fakeMap(DRAW);
    store.getState().startPresentation(0);
    clock.advance(DRAW + 4999);
    expect(store.getState().step).toBe(0);
    clock.advance(1);
    expectView(1);
    clock.advance(DRAW + 5000);
    expectView(2);
    clock.advance((DRAW + 5000) * 3);
    expectView(5);

    store.getState().goToStep(tour.length - 1);
    clock.advance(DRAW + 4999);
    expect(store.getState().step).toBe(tour.length - 1);
    clock.advance(1);
    expectView(0);
    clock.advance(DRAW + 5000);
    expectView(1);
  });

  it('gives the first step its full time however long the map takes to load (a deep link on a slow machine)', () => {
    store = createAtlasStore({ presenting: true, step: 0, autoplay: 3 });
    connect();
    fakeMap(20_000);
    clock.advance(20_000 + 2999);
    expect(store.getState().step).toBe(0);
    clock.advance(1);
    expectView(1);
  });

  it('does not start the clock while the step is still being drawn', () => {
    store.setState({ autoplay: 3 });
    connect();
    store.getState().startPresentation(0);
    clock.advance(30_000);
    expect(store.getState().step).toBe(0);
    expect(store.getState().drawnStep).toBeNull();
    drawNow();
    clock.advance(2999);
    expect(store.getState().step).toBe(0);
    clock.advance(1);
    expectView(1);
    expect(store.getState().drawnStep).toBeNull();
  });

  it('ignores a report that another step was drawn', () => {
    store.setState({ autoplay: 3 });
    connect();
    store.getState().startPresentation(0);
    store.getState().goToStep(2);
    store.getState().stepDrawn(0);
    store.getState().stepDrawn(1);
    expect(store.getState().drawnStep).toBeNull();
    clock.advance(10_000);
    expect(store.getState().step).toBe(2);
    store.getState().stepDrawn(2);
    expect(store.getState().drawnStep).toBe(2);
  });

  it('counts a step as drawn after DRAW_TIMEOUT_MS when the map never reports, so the loop never freezes', () => {
    store.setState({ autoplay: 3 });
    connect();
    store.getState().startPresentation(0);
    clock.advance(DRAW_TIMEOUT_MS - 1);
    expect(store.getState().step).toBe(0);
    expect(store.getState().drawnStep).toBeNull();
    clock.advance(1);
    expect(store.getState().drawnStep).toBe(0);
    clock.advance(3000);
    expectView(1);
  });

  it('restarts the wait after a manual step, from when that step is drawn', () => {
    store.setState({ autoplay: 10 });
    connect();
    fakeMap(DRAW);
    store.getState().startPresentation(0);
    clock.advance(DRAW + 8000);
    store.getState().goToStep(3);
    clock.advance(DRAW + 8000);
    expect(store.getState().step).toBe(3);
    clock.advance(1999);
    expect(store.getState().step).toBe(3);
    clock.advance(1);
    expect(store.getState().step).toBe(4);
  });

  it('stops while paused and resumes with a full interval', () => {
    store.setState({ autoplay: 3 });
    connect();
    fakeMap(DRAW);
    store.getState().startPresentation(0);
    clock.advance(DRAW + 3000);
    expect(store.getState().step).toBe(1);
    clock.advance(DRAW + 2000);
    store.getState().setAutoplayPaused(true);
    clock.advance(60_000);
    expect(store.getState().step).toBe(1);
    expect(clock.pending).toBe(0);
    store.getState().setAutoplayPaused(false);
    clock.advance(2999);
    expect(store.getState().step).toBe(1);
    clock.advance(1);
    expect(store.getState().step).toBe(2);
  });

  it('stops while the screen is blanked, and gives the step its full time when it is back', () => {
    store.setState({ autoplay: 3 });
    connect();
    fakeMap(DRAW);
    store.getState().startPresentation(0);
    clock.advance(DRAW + 2000);
    store.getState().toggleBlackout();
    clock.advance(60_000);
    expect(store.getState().step).toBe(0);
    expect(clock.pending).toBe(0);
    store.getState().toggleBlackout();
    clock.advance(2999);
    expect(store.getState().step).toBe(0);
    clock.advance(1);
    expectView(1);
  });

  it('stops while the page is hidden, and gives the step its full time when it is shown again', () => {
    store.setState({ autoplay: 3 });
    connect();
    fakeMap(DRAW);
    store.getState().startPresentation(0);
    clock.advance(DRAW + 2000);
    visibility.set(true);
    clock.advance(DRAW_TIMEOUT_MS * 2);
    expect(store.getState().step).toBe(0);
    expect(clock.pending).toBe(0);
    visibility.set(false);
    clock.advance(2999);
    expect(store.getState().step).toBe(0);
    clock.advance(1);
    expectView(1);
  });

  it('runs only while presenting and never without a period', () => {
    connect();
    fakeMap(DRAW);
    store.getState().startPresentation(0);
    clock.advance(DRAW_TIMEOUT_MS * 2);
    expect(store.getState().step).toBe(0);
    store.getState().setAutoplay(4);
    clock.advance(4000);
    expect(store.getState().step).toBe(1);
    store.getState().stopPresentation();
    clock.advance(DRAW_TIMEOUT_MS * 2);
    expect(clock.pending).toBe(0);
    expect(store.getState().presenting).toBe(false);
  });

  it('starts from a deep link with autoplay=', () => {
    store = createAtlasStore({ presenting: true, step: 0, autoplay: 3 });
    connect();
    fakeMap(DRAW);
    clock.advance(DRAW + 3000);
    expectView(1);
    clock.advance(DRAW + 3000);
    expectView(2);
  });

  it('stamps when each step is drawn and when its time is up', () => {
    store.setState({ autoplay: 5 });
    connect();
    fakeMap(DRAW);
    store.getState().startPresentation(0);
    clock.advance((DRAW + 5000) * 2);
    expect(marks).toEqual([
      { name: DECK_MARK.drawn, step: 0, at: DRAW },
      { name: DECK_MARK.advance, step: 0, at: DRAW + 5000 },
      { name: DECK_MARK.drawn, step: 1, at: DRAW + 5000 + DRAW },
      { name: DECK_MARK.advance, step: 1, at: (DRAW + 5000) * 2 },
    ]);
  });

  it('stamps a step drawn once per showing, with or without autoplay', () => {
    connect();
    fakeMap(DRAW);
    store.getState().startPresentation(0);
    clock.advance(DRAW);
    drawNow();
    store.getState().goToStep(1);
    store.getState().goToStep(0);
    clock.advance(DRAW);
    expect(marks).toEqual([
      { name: DECK_MARK.drawn, step: 0, at: DRAW },
      { name: DECK_MARK.drawn, step: 0, at: DRAW * 2 },
    ]);
  });

  it('leaves no timer behind on disconnect', () => {
    store.setState({ autoplay: 5 });
    connect();
    store.getState().startPresentation(0);
    expect(clock.pending).toBe(1);
    drawNow();
    expect(clock.pending).toBe(1);
    disconnect();
    expect(clock.pending).toBe(0);
    visibility.set(true);
    visibility.set(false);
    expect(clock.pending).toBe(0);
    disconnect = () => undefined;
  });
});

describe('two windows over the channel', () => {
  it('says hello on connect and answers a hello with its state', () => {
    connect();
    expect(channel.posted[0]?.type).toBe('hello');
    store.getState().startPresentation(0);
    store.getState().goToStep(2);
    channel.posted = [];
    channel.receive({ type: 'hello', from: 'presenter-window' });
    expect(channel.states()).toEqual([expect.objectContaining({ presenting: true, step: 2 })]);
  });

  it('starts the deck at the step another window announces, when following (the projector)', () => {
    connect(true);
    channel.receive({ type: 'state', from: 'presenter-window', presenting: true, step: 3, steps: null });
    const s = store.getState();
    expect(s.presenting).toBe(true);
    expect(s.theme).toBe('dark');
    expectView(3);
  });

  it('follows steps and the end of the deck from another window', () => {
    connect(true);
    channel.receive({ type: 'state', from: 'other', presenting: true, step: 3, steps: null });
    channel.receive({ type: 'state', from: 'other', presenting: true, step: 9, steps: null });
    expectView(9);
    channel.receive({ type: 'state', from: 'other', presenting: false, step: 9, steps: null });
    expect(store.getState().presenting).toBe(false);
    expect(store.getState().district).toBe('minhang');
    expect(store.getState().theme).toBe('light');
  });

  it("follows steps but not the other window's presenting on/off, when not following (the presenter)", () => {
    store = createAtlasStore({ presenting: true, step: 0 });
    connect(false);
    channel.receive({ type: 'state', from: 'projector', presenting: true, step: 5, steps: null });
    expectView(5);
    channel.receive({ type: 'state', from: 'projector', presenting: false, step: 5, steps: null });
    expect(store.getState().presenting).toBe(true);
  });

  it('ignores its own messages', () => {
    connect(true);
    const own = channel.posted.find((m) => m.type === 'hello');
    expect(own).toBeDefined();
    channel.receive({ type: 'state', from: own?.from ?? '', presenting: true, step: 3, steps: null });
    expect(store.getState().presenting).toBe(false);
  });

  it('posts local step changes and the start and end of the deck', () => {
    connect();
    channel.posted = [];
    store.getState().startPresentation(0);
    store.getState().goToStep(4);
    store.getState().goToStep(5);
    store.getState().stopPresentation();
    const states = channel.states().map((m) => ({ presenting: m.presenting, step: m.step }));
    expect(states).toEqual([
      { presenting: true, step: 0 },
      { presenting: true, step: 4 },
      { presenting: true, step: 5 },
      { presenting: false, step: 5 },
    ]);
    const from = new Set(channel.posted.map((m) => m.from));
    expect(from.size).toBe(1);
  });

  it('posts autoplay steps too, so the presenter view follows a lobby loop', () => {
    store.setState({ autoplay: 3 });
    connect();
    store.getState().startPresentation(0);
    channel.posted = [];
    drawNow();
    clock.advance(3000);
    expect(channel.states().map((m) => m.step)).toEqual([1]);
  });

  it('does not echo a step it was told by another window', () => {
    connect(true);
    channel.receive({ type: 'state', from: 'other', presenting: true, step: 3, steps: null });
    channel.receive({ type: 'state', from: 'other', presenting: true, step: 7, steps: null });
    expect(channel.states()).toEqual([]);
  });

  it('drops messages of the wrong shape and moves on none of them', () => {
    connect(true);
    for (const bad of [
      null,
      'state',
      { type: 'state', from: 'other', presenting: true, step: -1, steps: null },
      { type: 'state', from: 'other', presenting: 'yes', step: 3, steps: null },
      { type: 'state', from: 'other', presenting: true, step: 2.5, steps: null },
      { type: 'state', from: 'other', presenting: true, step: 3, steps: [1, 'x'] },
      { type: 'state', presenting: true, step: 3, steps: null },
      { type: 'jump', from: 'other', step: 3 },
    ])
      channel.receive(bad);
    expect(store.getState().presenting).toBe(false);
    channel.receive({ type: 'state', from: 'other', presenting: true, step: 3, steps: null });
    expectView(3);
  });
});

describe('a page that follows the deck (?follow)', () => {
  it('moves with the presenter and asks for the current step when it opens', () => {
    connect(true, true);
    expect(channel.posted.map((m) => m.type)).toEqual(['hello']);
    channel.receive({ type: 'state', from: 'presenter', presenting: true, step: 4, steps: null });
    expectView(4);
    channel.receive({ type: 'state', from: 'presenter', presenting: true, step: 6, steps: null });
    expectView(6);
  });

  it('never moves the presenter: its own steps, and hellos from other pages, go unanswered', () => {
    connect(true, true);
    channel.posted = [];
    store.getState().startPresentation(0);
    store.getState().goToStep(2);
    channel.receive({ type: 'hello', from: 'another-follower' });
    expect(channel.posted).toEqual([]);
  });
});
