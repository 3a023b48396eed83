/**
 * When the overlay is laid out again, against a stand-in page (its frames and paints run by
 * hand, its panels changed by the test) and a camera the test moves: at once for a camera
 * move, once per frame for panel changes, after the next paint for store changes (the
 * click's panel first), and never after it is stopped.
 */
import { describe, expect, it } from 'vitest';
import type { CameraSource } from '../../src/map/camera-source';
import { frameView, modelBounds } from '../../src/map/framing';
import type { OverlayCamera } from '../../src/map/overlay/types';
import { createAtlasStore } from '../../src/store/store';
import { OverlayController, type OverlayPage } from '../../src/ui/overlay-controller';
import type { OverlaySink } from '../../src/ui/overlay-sink';
import { measure } from './fixtures/measure';
import { overlayCameraOf } from './fixtures/overlay-camera';
import { loadRealModel } from './fixtures/real-data';

const W = 1280;
const H = 800;

function stubPage() {
  const frames = new Map<number, () => void>();
  const paints = new Set<() => void>();
  let next = 1;
  let panelsChanged: (() => void) | null = null;
  const page: OverlayPage = {
    obstacles: () => [],
    watchPanels: (_el, changed) => {
      panelsChanged = changed;
      return () => (panelsChanged = null);
    },
    measure: () => measure,
    requestFrame: (f) => {
      frames.set(next, f);
      return next++;
    },
    cancelFrame: (id) => frames.delete(id),
    afterPaint: (f) => {
      paints.add(f);
      return () => paints.delete(f);
    },
  };
  return {
    page,
    frames,
    paints,
    /** The frame is on screen: runs what waited for that. */
    painted: () => {
      const due = [...paints];
      paints.clear();
      for (const f of due) f();
    },
    /** Runs the frame callbacks asked for so far. */
    frame: () => {
      const due = [...frames.values()];
      frames.clear();
      for (const f of due) f();
    },
    panelsChange: () => panelsChanged?.(),
    watching: () => panelsChanged !== null,
  };
}

/** A camera the test moves: `move` tells the listeners, as the map does on each frame of a move. */
function movableCamera(cam: OverlayCamera) {
  const listeners = new Set<() => void>();
  let version = 0;
  let current = cam;
  const source: CameraSource = {
    read: () => current,
    version: () => version,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return {
    source,
    move: (to: OverlayCamera = current) => {
      current = to;
      version++;
      for (const l of listeners) l();
    },
    listeners,
  };
}

function setup(sink: OverlaySink | null = null) {
  const model = loadRealModel();
  const store = createAtlasStore();
  const cam = frameView(model, modelBounds(model), { ...store.getState(), camera: null }, W, H, {});
  const camera = movableCamera(overlayCameraOf(cam, W, H, W, H));
  const p = stubPage();
  const controller = new OverlayController(model, store, sink, p.page);
  let layouts = 0;
  controller.subscribe(() => layouts++);
  const el = { isConnected: true } as HTMLElement;
  const stop = controller.attach(el, camera.source);
  return { model, store, camera, p, controller, stop, layouts: () => layouts };
}

const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the overlay controller', () => {
  it('lays the overlay out as soon as it is attached: a name for every district of the city', () => {
    const { controller, layouts } = setup();
    expect(layouts()).toBe(1);
    const names = controller.current()?.layout.labels.filter((l) => l.kind === 'district') ?? [];
    expect(names).toHaveLength(16);
  });

  it('lays out once, after the frame that shows the click, however many times the store changes before it', () => {
    const { store, p, controller, layouts } = setup();
    store.getState().selectDistrict('pudong');
    store.getState().setTheme('dark');
    store.getState().setLang('en');
    expect(layouts()).toBe(1);
    // The frame that paints the click's panel: the overlay does no work in it.
    p.frame();
    expect(layouts()).toBe(1);
    p.painted();
    expect(layouts()).toBe(2);
    expect(controller.current()?.theme).toBe('dark');
    p.frame();
    p.painted();
    expect(layouts()).toBe(2);
  });

  it('a panel change before the paint lays out in that frame, for the store change too, once', () => {
    const { store, p, controller, layouts } = setup();
    store.getState().selectDistrict('pudong');
    p.panelsChange();
    p.frame();
    expect(layouts()).toBe(2);
    expect(
      controller.current()?.layout.labels.some((l) => l.kind === 'district' && l.slug === 'pudong' && l.selected),
    ).toBe(true);
    p.painted();
    expect(layouts()).toBe(2);
  });

  it('does not lay out for a store change it does not draw (the help sheet)', () => {
    const { store, p, layouts } = setup();
    store.getState().toggleHelp();
    p.frame();
    p.painted();
    expect(layouts()).toBe(1);
  });

  it('lays out within the task of a camera move, once for several moves, and drops the paint it waited for', async () => {
    const { store, camera, p, layouts } = setup();
    store.getState().selectDistrict('xuhui');
    expect(p.paints.size).toBe(1);
    camera.move();
    camera.move();
    expect(layouts()).toBe(1);
    await microtasks();
    expect(layouts()).toBe(2);
    expect(p.paints.size).toBe(0);
  });

  it('lays out on the frame after a panel over the map changes', () => {
    const { p, layouts } = setup();
    p.panelsChange();
    p.panelsChange();
    p.frame();
    expect(layouts()).toBe(2);
  });

  it('leaves its layout where the PNG export finds it', () => {
    const sink: OverlaySink = { current: null };
    const { controller } = setup(sink);
    expect(sink.current).toBe(controller.current());
  });

  it('does nothing more once stopped: no camera listener, no panel watch, no frame', async () => {
    const { store, camera, p, stop, layouts } = setup();
    store.getState().selectDistrict('pudong');
    stop();
    expect(camera.listeners.size).toBe(0);
    expect(p.watching()).toBe(false);
    expect(p.frames.size).toBe(0);
    expect(p.paints.size).toBe(0);
    store.getState().selectDistrict('xuhui');
    camera.move();
    await microtasks();
    p.frame();
    p.painted();
    expect(layouts()).toBe(1);
  });

  it('waits for a map with a size before laying out', () => {
    const { camera, p, layouts, store } = setup();
    const zero = { ...camera.source.read(), width: 0 };
    camera.move(zero);
    store.getState().selectDistrict('pudong');
    p.frame();
    p.painted();
    expect(layouts()).toBe(1);
  });
});
