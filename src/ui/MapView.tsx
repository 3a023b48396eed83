import { lazy, Suspense, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { AtlasMap } from '../map/adapter';
import type { CameraSource } from '../map/camera-source';
import { INSET_GAP, insetsFor, type Padding } from '../map/frame-padding';
import { whenFramesCalm } from '../map/frames-calm';
import { reportDrawnSteps } from '../presentation/drawn';
import { useMapHandle } from './export/map-handle';
import { useOverlaySink } from './overlay-sink';
import { overlayHitAt } from '../map/overlay-hit';
import { Legend } from './Legend';
import { RegionLegend } from './RegionLegend';
import { MapOverlay } from './MapOverlay';
import { seaInsetForFraming } from './sea-inset-box';
import { SeaInset } from './SeaInset';
import { ViewSwitch } from './ViewSwitch';
import { FirstPaint, hasFirstPaint } from './FirstPaint';
import { showsFirstPaint } from '../store/view-state';
import { Tooltip } from './Tooltip';
import { HoverContext, StoreContext, useAtlas, useModel, useStrings } from './context';
import { viewportSize } from './viewport';

declare global {
  interface Window {
    /** Read-only hooks for browser tests: where a coordinate is on screen, the camera, and when drawing is done. */
    __atlasMap?: {
      project: (lng: number, lat: number) => { x: number; y: number };
      camera: () => { lng: number; lat: number; zoom: number };
      idle: () => Promise<void>;
      /** How many frames the WebGL map has drawn so far, and the district selected in the last. */
      drawn: () => { frames: number; district: string | null };
    };
  }
}

// The app's own SVG drawing: the stand-in for any view but the opening one (FirstPaint), and the map where WebGL
// fails. The opening view does not need it, so it is a chunk of its own (shared with print).
const SvgMap = lazy(() => import('./SvgMap').then((m) => ({ default: m.SvgMap })));

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Some remote desktops and locked-down meeting-room PCs have no WebGL at all. Where the
 * browser has no WebGL interface the map is not even tried; where it has one but cannot
 * give a context, MapLibre's constructor throws and the SVG drawing stays. A test context
 * made here would cost as much as the map's own (a second on a software renderer).
 */
function mayHaveWebGL(): boolean {
  return typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';
}

/**
 * Hosts the map. Until MapLibre has drawn everything, the city drawn into index.html
 * stands in while the view is the one it shows (FirstPaint), else the SVG drawing, framed
 * like the WebGL map that takes over; without WebGL the SVG drawing stays for good, with
 * a one-line notice. Whichever map is the real one tells the deck
 * when it has drawn each step (autoplay counts a step's time from then).
 */
export function MapView() {
  const t = useStrings();
  const model = useModel();
  const store = useContext(StoreContext);
  const hover = useContext(HoverContext);
  const handle = useMapHandle();
  const sink = useOverlaySink();
  const presenting = useAtlas((s) => s.presenting);
  const mapView = useAtlas((s) => s.mapView);
  const chinaFailed = useAtlas((s) => s.chinaFailed);
  const firstPaintView = useAtlas(showsFirstPaint);
  const ref = useRef<HTMLDivElement>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [camera, setCamera] = useState<CameraSource | null>(null);
  const [failed, setFailed] = useState(() => !mayHaveWebGL());
  // The controls floating over the map (legend, view switch): fitted views keep clear of them.
  const insets = useCallback((): readonly Padding[] => {
    const el = wrap.current;
    if (!el) return [];
    const at = el.getBoundingClientRect();
    // The bottom sheet's half height counts once something is selected: framing runs as the
    // store changes, before the sheet has rendered at its new size.
    const s = store?.getState();
    const selected = s ? s.district !== null || s.record !== null || s.mapView === 'region' : false;
    const rects = [...document.querySelectorAll<HTMLElement>('[data-map-inset]')]
      .filter((c) => selected || c.dataset.mapInset !== 'sheet')
      .map((c) => c.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x0: r.left - at.left, y0: r.top - at.top, x1: r.right - at.left, y1: r.bottom - at.top }))
      .filter((r) => r.x1 > 0 && r.y1 > 0 && r.x0 < at.width && r.y0 < at.height);
    return insetsFor(rects, at.width, at.height, INSET_GAP);
  }, [store]);
  // Where the regional view's South China Sea Islands inset will go, before it is drawn: the framing keeps clear of it.
  const seaInset = useCallback(() => {
    const s = store?.getState();
    return s ? seaInsetForFraming(wrap.current, s) : null;
  }, [store]);
  useEffect(() => {
    const container = ref.current;
    if (failed || !container || !store || !hover) return;
    let map: AtlasMap | null = null;
    let stopReporting: (() => void) | null = null;
    let cancelled = false;
    // MapLibre loads as its own chunk, so the SVG drawing is on screen while it downloads and starts.
    // The map is made once the page's first frames are on screen (frames-calm.ts): its WebGL
    // context would otherwise block the main thread while the GPU process presents them.
    const calm = whenFramesCalm();
    Promise.all([import('../map/adapter'), calm.done])
      .then(([{ AtlasMap }]) => {
        if (cancelled) return;
        const m = new AtlasMap(container, model, store, {
          reducedMotion,
          hover,
          viewport: viewportSize,
          insets,
          seaInset,
          // The deck's card and controls (a chunk of their own) are there when presenting.
          laidOut: () => !store.getState().presenting || document.querySelector('.deck') !== null,
          overlayHit: (x, y, slop) => {
            const layout = sink?.current?.layout;
            return layout ? overlayHitAt(layout, x, y, slop) : null;
          },
          onFirstIdle: () => {
            setCamera(m.cameraSource);
            setReady(true);
            store.getState().advanceStartup('done');
          },
        });
        map = m;
        stopReporting = reportDrawnSteps(store, () => m.idle());
        handle.current = m;
        window.__atlasMap = {
          project: (lng, lat) => m.project(lng, lat),
          camera: () => m.camera(),
          idle: () => m.idle(),
          drawn: () => m.drawn(),
        };
      })
      .catch((e: unknown) => {
        console.warn('WebGL map unavailable, drawing the districts as SVG', e);
        if (!cancelled) setFailed(true);
        store.getState().advanceStartup('done');
      });
    return () => {
      cancelled = true;
      calm.cancel();
      handle.current = null;
      delete window.__atlasMap;
      stopReporting?.();
      map?.destroy();
    };
  }, [model, store, hover, failed, handle, insets, seaInset, sink]);
  // Without WebGL the SVG drawing is the map, and React has drawn it by the next frame.
  useEffect(() => (failed && store ? reportDrawnSteps(store, () => Promise.resolve()) : undefined), [failed, store]);
  // …and nothing waits for a map that will not start.
  useEffect(() => {
    if (failed) store?.getState().advanceStartup('done');
  }, [failed, store]);
  return (
    <div className="map-wrap" ref={wrap}>
      {!failed && !ready && hasFirstPaint && firstPaintView ? (
        <FirstPaint insets={insets} seaInset={seaInset} />
      ) : (
        (failed || !ready) && (
          <Suspense fallback={null}>
            <SvgMap interactive raster={!failed} insets={insets} seaInset={seaInset} />
          </Suspense>
        )
      )}
      {!failed && (
        <div ref={ref} className="map" role="img" aria-label={t.mapLabel} data-ready={ready ? 'true' : 'false'} />
      )}
      {!failed && ready && camera && <MapOverlay camera={camera} />}
      {/* Eager, not a chunk: the names are placed around it, so it must be there when the regional view is drawn. */}
      <SeaInset camera={!failed && ready ? camera : null} insets={insets} />
      <p className="sr-only">{t.mapKeyboardHint}</p>
      <div className="map-controls">
        {!presenting && <ViewSwitch />}
        {mapView === 'city' ? <Legend /> : !presenting && <RegionLegend />}
        {/* Notes about the map itself: at the desk over its foot; where a sheet covers the foot, a row below the controls. */}
        {failed && (
          <p className="map-note" data-testid="no-webgl" role="status" data-map-obstacle="" data-map-inset="note">
            {t.noWebgl}
          </p>
        )}
        {mapView === 'region' && chinaFailed && (
          <p className="map-note" data-testid="china-failed" role="status" data-map-obstacle="" data-map-inset="note">
            {t.chinaFailed}
          </p>
        )}
      </div>
      <Tooltip />
    </div>
  );
}
