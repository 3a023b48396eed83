/**
 * Keeps the overlay's layout up to date outside React: it hears the camera, the store and
 * the panels over the map, measures what it must in the DOM, lays the overlay out
 * (map/overlay.ts) and hands React the result through `subscribe` / `current`. It keeps
 * nothing of one layout for the next: the same framing always gives the same labels.
 */
import type { AtlasModel } from '../domain/model';
import { filteredCounts } from '../domain/filtered';
import { STRINGS } from '../i18n/strings';
import type { CameraSource } from '../map/camera-source';
import type { Box } from '../map/screen-geometry';
import { layoutOverlay } from '../map/overlay/layout';
import type { Measure, OverlayLayout } from '../map/overlay/types';
import { afterNextPaint, type AfterPaint } from '../map/frame-scheduler';
import type { ThemeName } from '../vocabulary';
import type { AtlasState, AtlasStore } from '../store/store';
import { chinaIfLoaded, loadChina } from '../data/china';
import { canvasMeasure } from './measure-text';
import type { OverlaySink } from './overlay-sink';

/** Floating UI over the map that labels keep clear of: anything marked `data-map-obstacle` (but what `except` matches). */
export function obstaclesOver(container: HTMLElement, except?: string): Box[] {
  const at = container.getBoundingClientRect();
  const out: Box[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('[data-map-obstacle]')) {
    if (except && el.matches(except)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const b = { x0: r.left - at.left, y0: r.top - at.top, x1: r.right - at.left, y1: r.bottom - at.top };
    if (b.x1 > 0 && b.y1 > 0 && b.x0 < at.width && b.y0 < at.height) out.push(b);
  }
  return out;
}

/**
 * What the controller needs of the page, apart so that its scheduling is tested in node
 * against a stand-in (tests/unit/overlay-controller.test.ts).
 */
export interface OverlayPage {
  /** The panels over the map, as boxes in `el`'s coordinates. */
  obstacles(el: HTMLElement): Box[];
  /** Calls `changed` when a panel over the map comes, goes or changes size, or `el` does; returns the stop. */
  watchPanels(el: HTMLElement, changed: () => void): () => void;
  /** Text widths in `el`'s font. */
  measure(el: HTMLElement): Measure;
  /**
   * The islands the regional view draws as dots, once China's outline is loaded (asked for
   * here if it is not, and `ready` called when it is).
   */
  islandDots?(ready: () => void): readonly (readonly [number, number])[] | undefined;
  /** The browser's frame callbacks. */
  requestFrame(f: () => void): number;
  cancelFrame(id: number): void;
  /** Runs a callback once the next frame is on screen (frame-scheduler.ts). */
  afterPaint: AfterPaint;
}

/**
 * Panels are found by the `data-map-obstacle` mark and watched with a ResizeObserver, which
 * also reports each one as it is first watched; `changed` runs when one (or `el`) changes
 * size, or one comes or goes. Other changes to the page (a panel's text, a list) are not
 * the overlay's business: a click's panel paints without the overlay laid out before it.
 */
export function watchPanels(el: HTMLElement, changed: () => void): () => void {
  const ro = new ResizeObserver(changed);
  const watched = new Set<Element>();
  const watch = () => {
    let gone = false;
    for (const o of watched)
      if (!o.isConnected) {
        ro.unobserve(o);
        watched.delete(o);
        gone = true;
      }
    for (const o of document.querySelectorAll('[data-map-obstacle]'))
      if (!watched.has(o)) {
        watched.add(o);
        ro.observe(o);
      }
    if (gone) changed();
  };
  const mo = new MutationObserver(watch);
  watch();
  ro.observe(el);
  mo.observe(document.body, { childList: true, subtree: true });
  return () => {
    ro.disconnect();
    mo.disconnect();
  };
}

const BROWSER_PAGE: OverlayPage = {
  obstacles: obstaclesOver,
  watchPanels,
  measure: canvasMeasure,
  islandDots: (ready) => {
    const china = chinaIfLoaded();
    if (china) return china.dots;
    // A failed load is the map's to say and to try again (map/adapter.ts); the store's word that it
    // failed or came back lays the names out again (inputsOf).
    loadChina().then(ready, () => undefined);
    return undefined;
  },
  requestFrame: (f) => requestAnimationFrame(f),
  cancelFrame: (id) => cancelAnimationFrame(id),
  afterPaint: afterNextPaint,
};

/** The state the overlay is drawn from; anything else changing in the store does not lay it out again. */
function inputsOf(s: AtlasState) {
  return [
    s.mapView,
    s.district,
    s.record,
    s.region,
    s.lang,
    s.presenting,
    s.theme,
    s.layers,
    s.industries,
    s.chinaFailed,
  ] as const;
}

export interface OverlayFrame {
  layout: OverlayLayout;
  theme: ThemeName;
}

export class OverlayController {
  private frame: OverlayFrame | null = null;
  private readonly listeners = new Set<() => void>();
  private queued = false;
  private frameRequest: number | null = null;
  private cancelAfterPaint: (() => void) | null = null;

  constructor(
    private readonly model: AtlasModel,
    private readonly store: AtlasStore,
    /** Where the on-screen overlay leaves its layout for the PNG export; null for one that is not on screen. */
    private readonly sink: OverlaySink | null,
    private readonly page: OverlayPage = BROWSER_PAGE,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly current = (): OverlayFrame | null => this.frame;

  /** Starts following the camera, the store and the panels for an overlay drawn in `el`; returns the stop. */
  attach(el: HTMLElement, camera: CameraSource): () => void {
    const now = () => this.now(el, camera);
    const soon = () => this.soon(el, camera);
    const later = () => this.later(el, camera);
    const stops: (() => void)[] = [camera.subscribe(now), () => this.cancel()];
    let inputs = inputsOf(this.store.getState());
    stops.push(
      this.store.subscribe((s) => {
        const next = inputsOf(s);
        if (next.some((v, i) => v !== inputs[i])) {
          inputs = next;
          later();
        }
      }),
    );
    // Panels come and go, and change size, with the view (the deck's card on each step, the legend).
    stops.push(this.page.watchPanels(el, soon));
    this.run(el, camera);
    return () => {
      for (const stop of stops) stop();
    };
  }

  /**
   * A camera move lays out in the same frame (MapLibre moves the camera while drawing a
   * frame, and the labels must not lag a frame behind the map): once per task, at its end.
   */
  private now(el: HTMLElement, camera: CameraSource): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.cancel();
      this.run(el, camera);
    });
  }

  /**
   * A panel over the map that comes, goes or changes size (the deck's card on a new step)
   * lays out before the next frame is painted, so no label shows under it even for a frame;
   * several changes, and a store change waiting for after the paint, make one layout.
   */
  private soon(el: HTMLElement, camera: CameraSource): void {
    if (this.frameRequest !== null) return;
    this.frameRequest = this.page.requestFrame(() => {
      this.frameRequest = null;
      this.cancel();
      this.run(el, camera);
    });
  }

  /**
   * A change of the store (a click on a district, a layer, the language) lays out after the
   * frame that shows the click's panel, as the map applies it (adapter.ts): the panel is
   * on screen first, and the labels and the map change together in the next frame.
   */
  private later(el: HTMLElement, camera: CameraSource): void {
    if (this.frameRequest !== null || this.cancelAfterPaint !== null) return;
    this.cancelAfterPaint = this.page.afterPaint(() => {
      this.cancelAfterPaint = null;
      this.cancel();
      this.run(el, camera);
    });
  }

  private cancel(): void {
    if (this.frameRequest !== null) this.page.cancelFrame(this.frameRequest);
    this.frameRequest = null;
    this.cancelAfterPaint?.();
    this.cancelAfterPaint = null;
  }

  private run(el: HTMLElement, camera: CameraSource): void {
    const cam = camera.read();
    if (cam.width === 0 || cam.height === 0 || !el.isConnected) return;
    const s = this.store.getState();
    const layout = layoutOverlay(
      {
        model: this.model,
        view: s,
        filter: { layers: s.layers, industries: s.industries },
        counts: filteredCounts(this.model, s.layers, s.industries).byDistrict,
        originName: STRINGS[s.lang].origin,
        islandDots: s.mapView === 'region' ? this.page.islandDots?.(() => this.soon(el, camera)) : undefined,
      },
      cam,
      this.page.obstacles(el),
      this.page.measure(el),
    );
    this.frame = { layout, theme: s.theme };
    if (this.sink) this.sink.current = this.frame;
    for (const l of this.listeners) l();
  }
}
