/**
 * The city drawn into index.html (tools/first-paint.ts), kept as the map's stand-in while
 * MapLibre starts, for as long as the view is the one it shows (showsFirstPaint). Rendering
 * the app's own stand-in there instead — SvgMap with its names and its CPU raster — put
 * about 120 ms of work before the map's WebGL context where WebGL runs in software (first
 * idle 993 → 869 ms, median of 8 loads each at 1920×1080, bench probe build). Any other
 * view, or a view changed before the map is up, gets SvgMap's stand-in as before.
 *
 * The drawing is taken when this module loads, before React's first commit empties #root,
 * and put into the map's box when this mounts: the same element, so nothing is drawn twice.
 * Its viewBox is then set to what the map will show (the framing SvgMap and the WebGL map
 * use), so the map takes over without a jump. Like SvgMap's stand-in, it takes a click or
 * a tap on a district.
 */
import { useCallback, useLayoutEffect, type MouseEvent } from 'react';
import { firstPaintViewBox } from '../map/first-paint-frame';
import type { Padding } from '../map/frame-padding';
import { frameOptions, frameView, modelBounds, type FrameOptions, type FramedView } from '../map/framing';
import { isDistrictSlug } from '../vocabulary';
import { useAtlas, useModel } from './context';
import { useViewport } from './viewport';

const drawing: HTMLElement | null =
  typeof document === 'undefined' ? null : (document.querySelector('svg[data-first-paint]')?.parentElement ?? null);

/** Whether the page came with the drawing (`vite` dev serves none). */
export const hasFirstPaint = drawing !== null;

/** The view the drawing shows, as the framing reads it. */
const CITY: FramedView = {
  mapView: 'city',
  region: null,
  district: null,
  record: null,
  camera: null,
  presenting: false,
};

export function FirstPaint({
  insets,
  seaInset,
}: {
  insets: () => readonly Padding[];
  seaInset: () => FrameOptions['seaInset'];
}) {
  const model = useModel();
  const viewport = useViewport();
  // The legend's width, and so the room the city is framed in, changes with the language.
  const lang = useAtlas((s) => s.lang);
  const select = useAtlas((s) => s.selectDistrict);
  const adopt = useCallback((host: HTMLDivElement | null) => {
    if (host && drawing) host.appendChild(drawing);
  }, []);
  // Before the browser paints: the drawing never shows framed otherwise once the app is up.
  useLayoutEffect(() => {
    const svg = drawing?.querySelector('svg');
    if (!drawing || !svg) return;
    const frame = () => {
      const [w, h] = [drawing.clientWidth, drawing.clientHeight];
      if (w === 0 || h === 0) return;
      const cam = frameView(model, modelBounds(model), CITY, w, h, frameOptions(viewport, false, insets(), seaInset()));
      svg.setAttribute('viewBox', firstPaintViewBox(cam, model.bounds.city, w, h));
    };
    // After the commit, still before the browser paints. This effect runs before MapView's wrapper ref
    // (which the insets are measured from) is attached: framed at once, the city kept clear of nothing
    // and was framed again a frame later (a second jump, 4–90 ms later in probes at 1280×720).
    queueMicrotask(frame);
    const observer = new ResizeObserver(frame);
    observer.observe(drawing);
    return () => observer.disconnect();
  }, [model, insets, seaInset, viewport, lang]);
  const onClick = (e: MouseEvent) => {
    const slug = (e.target as Element).closest('[data-district]')?.getAttribute('data-district');
    if (isDistrictSlug(slug)) select(slug);
  };
  return <div className="first-paint-host" ref={adopt} onClick={onClick} data-testid="first-paint" />;
}
