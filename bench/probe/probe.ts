/**
 * In-page timing marks shared by the benchmark's pages. Every time is `performance.now()`,
 * i.e. milliseconds since the navigation started. The benchmark reads `window.__bench`.
 */
import type { Map as MlMap } from 'maplibre-gl';

export interface BenchMarks {
  /** A MapLibre map was constructed. */
  mapCreatedAt?: number;
  /** First MapLibre `render` event of any kind. */
  firstRenderAt?: number;
  /** First `render` event after which the districts source and all its tiles are loaded: districts drawn. */
  districtsVisibleAt?: number;
  /** The map's container was transparent (opacity 0) or hidden when the districts were drawn. */
  hiddenWhenDrawn?: boolean;
  /** MapLibre's `load` event (in MapLibre 6: the first time everything is loaded). */
  loadAt?: number;
  /** The first `idle` event after `load`: the map has finished drawing. */
  firstIdleAt?: number;
  /** ECharts (peer page): first `rendered` and first `finished` events. */
  echartsRenderedAt?: number;
  echartsFinishedAt?: number;
  /** App only: the `.map` element got data-ready="true" (seen by a MutationObserver). */
  readyAt?: number;
  /** App only: the SVG drawing of the districts (shown while MapLibre starts) entered the DOM… */
  svgCommitAt?: number;
  /** …and the frame after that was painted (requestAnimationFrame, then a message-channel task). */
  svgPaintAt?: number;
  /** Every `render` and `idle` event of the timed map: the latest of each (see `mapQuiet`). */
  lastRenderAt?: number;
  lastIdleAt?: number;
  /** Main-thread tasks over 50 ms (PerformanceObserver 'longtask'). */
  longtasks?: { start: number; duration: number }[];
  /** Size of the map's canvas in CSS pixels. */
  canvas?: { width: number; height: number };
  /** The page's first WebGL context: when `getContext` was called, and how long the call took (it blocks). */
  webglAt?: number;
  webglMs?: number;
}

declare global {
  interface Window {
    __bench?: BenchMarks;
    /**
     * The timed map itself (bench builds only), so an interaction can wait for the `idle`
     * event its own change causes, whatever the app's hooks do.
     */
    __benchMap?: MlMap;
    /** Moves long tasks the observer has seen but not yet delivered into `__bench.longtasks`. */
    __benchFlushLongtasks?: () => void;
  }
}

export function marks(): BenchMarks {
  return (window.__bench ??= {});
}

/** Records the map's milestones; `sourceId` is the source holding the district polygons. */
export function watchMap(map: MlMap, sourceId = 'districts'): void {
  const b = marks();
  // Only the first map on the page is timed.
  if (b.mapCreatedAt !== undefined) return;
  b.mapCreatedAt = performance.now();
  window.__benchMap = map;
  map.on('render', () => {
    b.lastRenderAt = performance.now();
  });
  map.on('idle', () => {
    b.lastIdleAt = performance.now();
  });
  const onRender = () => {
    const now = performance.now();
    b.firstRenderAt ??= now;
    // getSource first: isSourceLoaded() fires an error event for a source that does not exist yet.
    if (map.getSource(sourceId) && map.isSourceLoaded(sourceId)) {
      b.districtsVisibleAt = now;
      const style = getComputedStyle(map.getContainer());
      b.hiddenWhenDrawn = style.opacity === '0' || style.visibility === 'hidden' || style.display === 'none';
      const c = map.getCanvas();
      b.canvas = { width: c.clientWidth, height: c.clientHeight };
      map.off('render', onRender);
    }
  };
  map.on('render', onRender);
  map.once('load', () => {
    b.loadAt = performance.now();
    map.once('idle', () => {
      b.firstIdleAt = performance.now();
    });
  });
}
