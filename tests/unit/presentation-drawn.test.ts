/**
 * The map's side of autoplay's clock: for each step the deck shows, ask the map (two
 * frames later) whether it has drawn everything, and report that step drawn once it has.
 * A real store, hand-driven frames and a map whose drawing the test finishes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportDrawnSteps } from '../../src/presentation/drawn';
import { createAtlasStore, type AtlasStore } from '../../src/store/store';

/** Frames the test runs by hand. */
class FakeFrames {
  private queue: (() => void)[] = [];
  frame = (fn: () => void): void => {
    this.queue.push(fn);
  };
  /** Runs one frame: the callbacks queued before it (those they queue wait for the next). */
  run(): void {
    const now = this.queue;
    this.queue = [];
    for (const fn of now) fn();
  }
}

/** A map that is drawing until the test says it is done; counts how often it was asked. */
class FakeMap {
  asked = 0;
  private waiting: (() => void)[] = [];
  whenDrawn = (): Promise<void> => {
    this.asked++;
    return new Promise((resolve) => this.waiting.push(resolve));
  };
  /** The map goes idle: every question asked so far is answered. */
  idle(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

/** Lets resolved promises run their callbacks. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let store: AtlasStore;
let frames: FakeFrames;
let map: FakeMap;
let stop: () => void;

/** Shows a step as the controller does: a new step, not yet drawn. */
function show(step: number): void {
  store.setState({ presenting: true, step, drawnStep: null });
}

beforeEach(() => {
  store = createAtlasStore();
  frames = new FakeFrames();
  map = new FakeMap();
  stop = reportDrawnSteps(store, map.whenDrawn, { frame: frames.frame });
});

afterEach(() => stop());

describe('reportDrawnSteps', () => {
  it('asks the map two frames after a step is shown, and reports it drawn once the map is done', async () => {
    show(3);
    frames.run();
    expect(map.asked).toBe(0);
    frames.run();
    expect(map.asked).toBe(1);
    await settle();
    expect(store.getState().drawnStep).toBeNull();
    map.idle();
    await settle();
    expect(store.getState().drawnStep).toBe(3);
  });

  it('never reports a step the deck has already left', async () => {
    show(3);
    frames.run();
    frames.run();
    show(4);
    map.idle();
    await settle();
    expect(store.getState().drawnStep).toBeNull();
    frames.run();
    frames.run();
    map.idle();
    await settle();
    expect(store.getState().drawnStep).toBe(4);
  });

  it('asks again when the same step is shown anew (the deck left it and came back)', async () => {
    show(3);
    frames.run();
    frames.run();
    map.idle();
    await settle();
    expect(store.getState().drawnStep).toBe(3);
    show(4);
    show(3);
    frames.run();
    frames.run();
    expect(store.getState().drawnStep).toBeNull();
    map.idle();
    await settle();
    expect(store.getState().drawnStep).toBe(3);
  });

  it('asks at once for a deck already showing an undrawn step (a deep link)', async () => {
    stop();
    store = createAtlasStore({ presenting: true, step: 5 });
    stop = reportDrawnSteps(store, map.whenDrawn, { frame: frames.frame });
    frames.run();
    frames.run();
    map.idle();
    await settle();
    expect(store.getState().drawnStep).toBe(5);
  });

  it('asks nothing while the deck is not presenting', () => {
    store.setState({ step: 2 });
    store.setState({ district: 'minhang' });
    frames.run();
    frames.run();
    expect(map.asked).toBe(0);
  });

  it('drops a report under way once stopped', async () => {
    show(1);
    frames.run();
    frames.run();
    stop();
    map.idle();
    await settle();
    expect(store.getState().drawnStep).toBeNull();
    show(2);
    frames.run();
    frames.run();
    expect(map.asked).toBe(1);
  });
});
