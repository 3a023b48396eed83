import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { chinaIfLoaded, loadChina, type ChinaLayer } from '../data/china';
import type { CameraSource } from '../map/camera-source';
import { cameraAt, viewBounds } from '../map/mercator-camera';
import type { Padding } from '../map/frame-padding';
import { frameOptions, frameRegion, modelBounds } from '../map/framing';
import { insetModel, insetPaths, type InsetModel, type InsetOptions } from '../map/inset/model';
import { needsInset, type LngLatBounds } from '../map/inset/visible';
import type { Box } from '../map/screen-geometry';
import { THEMES } from '../map/palette';
import { useAtlas, useAtlasShallow, useModel } from './context';
import { watchPanels } from './overlay-controller';
import { leaveInset, useOverlaySink } from './overlay-sink';
import { planSeaInset } from './sea-inset-box';
import { viewportSize } from './viewport';

interface Plan {
  box: Box;
  options: InsetOptions;
}

function samePlan(a: Plan | null, b: Plan | null): boolean {
  if (!a || !b) return a === b;
  const ka = [a.box.x0, a.box.y0, a.box.x1, a.box.y1, a.options.title, a.options.k, a.options.minFontPx];
  const kb = [b.box.x0, b.box.y0, b.box.x1, b.box.y1, b.options.title, b.options.k, b.options.minFontPx];
  return ka.every((v, i) => v === kb[i]);
}

/**
 * The South China Sea Islands inset (南海诸岛) in the map's lower right corner, over either
 * renderer, whenever the regional view shows China but not the South China Sea
 * (map/inset/visible.ts). It is placed clear of the controls over the map (map/inset/place.ts),
 * is itself an obstacle the map's names keep clear of, and leaves its drawing for the PNG
 * export. `camera` is the WebGL map's; without it the view is the fitted one (or the
 * link's camera), as the SVG drawing frames it. Without a user's camera the fitted frame
 * decides (framing.ts, frameRegion): a phone's upright map shows the sea itself and needs
 * none. `insets` are the ways round the controls the map frames with (MapView's). The
 * printed handout draws one of its own (`forExport` false: it leaves the screen's inset to
 * the PNG export, and its map is always the fitted one).
 */
export function SeaInset({
  camera,
  forExport = true,
  insets,
}: {
  camera: CameraSource | null;
  forExport?: boolean;
  insets?: () => readonly Padding[];
}) {
  const atlas = useModel();
  const s = useAtlasShallow((st) => ({
    mapView: st.mapView,
    lang: st.lang,
    presenting: st.presenting,
    theme: st.theme,
    userCamera: st.camera,
    place: st.region,
    deckCard: st.deckCard,
  }));
  // The printed handout's inset is paper's own: the PNG export takes the screen's.
  const screenSink = useOverlaySink();
  const sink = forExport ? screenSink : null;
  const host = useRef<HTMLDivElement>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [china, setChina] = useState<ChinaLayer | null>(chinaIfLoaded);
  const region = s.mapView === 'region';

  // A failed load is the map's to say and to try again: when the store says it came back, this asks again.
  const chinaFailed = useAtlas((st) => st.chinaFailed);
  useEffect(() => {
    if (!region || china || chinaFailed) return;
    let live = true;
    loadChina().then(
      (l) => live && setChina(l),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [region, china, chinaFailed]);

  const { lang, deckCard, place } = s;
  // The handout's map is the fitted one, framed at the desk's sizes (its SvgMap ignores the camera).
  const presenting = forExport && s.presenting;
  const userCamera = forExport ? s.userCamera : null;
  // Measured before the browser paints, so the inset never shows a frame late or in the wrong place.
  useLayoutEffect(() => {
    const el = host.current;
    if (!el || !region) {
      setPlan(null);
      return;
    }
    let queued: number | null = null;
    const run = () => {
      queued = null;
      const p = planSeaInset(el, { lang, presenting });
      const w = el.clientWidth;
      const h = el.clientHeight;
      let bounds: LngLatBounds | null = null;
      if (camera) bounds = camera.read().bounds;
      else if (userCamera) bounds = viewBounds(cameraAt(userCamera.lng, userCamera.lat, userCamera.zoom), w, h);
      // The fitted frame, as the map frames it: before the WebGL map has a camera, its bounds; and whether it is
      // the upright map, which shows the sea itself below the places.
      let wholeSea = false;
      if (p && !userCamera) {
        const v = viewportSize();
        const view = { mapView: 'region', region: place, district: null, record: null, camera: null } as const;
        const framed = frameRegion(
          modelBounds(atlas),
          { ...view, presenting, deckCard },
          w,
          h,
          frameOptions(v, presenting, insets?.(), { box: p.box, obstacles: p.obstacles }),
        );
        wholeSea = framed.wholeSea;
        bounds ??= viewBounds(framed.cam, w, h);
      }
      const next =
        p && needsInset('region', bounds, w, h, p.obstacles, wholeSea ? null : p.box)
          ? { box: p.box, options: p.options }
          : null;
      setPlan((prev) => (samePlan(prev, next) ? prev : next));
    };
    const soon = () => {
      queued ??= requestAnimationFrame(run);
    };
    run();
    const stopCamera = camera?.subscribe(soon);
    // The controls over the map move the inset as the overlay's names move: the same watch.
    const stopWatching = watchPanels(el, soon);
    return () => {
      stopCamera?.();
      stopWatching();
      if (queued !== null) cancelAnimationFrame(queued);
    };
  }, [region, lang, presenting, camera, userCamera, place, atlas, deckCard, insets]);

  const model: InsetModel | null = useMemo(
    () => (plan && china ? insetModel(china.china.features, THEMES[s.theme], plan.options) : null),
    [plan, china, s.theme],
  );
  useEffect(() => {
    if (!sink) return;
    leaveInset(sink, model && plan ? { box: plan.box, model } : null);
    return () => leaveInset(sink, null);
  }, [sink, model, plan]);

  return (
    <div ref={host} className="sea-inset-host">
      {plan && model && <InsetDrawing box={plan.box} model={model} />}
    </div>
  );
}

/** The inset painted as SVG from its model. */
function InsetDrawing({ box, model: m }: { box: Box; model: InsetModel }) {
  const paths = useMemo(() => insetPaths(m), [m]);
  const c = m.colours;
  const clip = `sea-inset-clip-${Math.round(m.width)}`;
  const tick = m.scale.height;
  const barY = m.scale.y + m.scale.height;
  return (
    <div
      className="sea-inset"
      data-sea-inset=""
      data-map-obstacle=""
      data-testid="sea-inset"
      data-scale-metres={m.scale.metres}
      style={{ left: box.x0, top: box.y0, width: m.width, height: m.height }}
    >
      <svg width={m.width} height={m.height} role="img" aria-label={m.title.lines.join(' ')}>
        <defs>
          <clipPath id={clip}>
            <rect x={m.sea.x0} y={m.sea.y0} width={m.sea.x1 - m.sea.x0} height={m.sea.y1 - m.sea.y0} />
          </clipPath>
        </defs>
        <rect
          x={m.stroke.frame / 2}
          y={m.stroke.frame / 2}
          width={m.width - m.stroke.frame}
          height={m.height - m.stroke.frame}
          fill={c.sea}
          stroke={c.frame}
          strokeWidth={m.stroke.frame}
        />
        <g clipPath={`url(#${clip})`} strokeLinejoin="round">
          <path d={paths.land} fill={c.land} fillRule="evenodd" stroke={c.coast} strokeWidth={m.stroke.coast} />
          <path d={paths.dashes} fill={c.dash} stroke={c.dash} strokeWidth={m.stroke.dash} data-part="dashes" />
          {m.islands.map((i) => (
            <circle
              key={i.name}
              cx={i.x.toFixed(1)}
              cy={i.y.toFixed(1)}
              r={m.stroke.islandRadius}
              fill={c.land}
              stroke={c.island}
              strokeWidth={m.stroke.island}
            />
          ))}
        </g>
        <rect
          x={m.sea.x0}
          y={m.sea.y0}
          width={m.sea.x1 - m.sea.x0}
          height={m.sea.y1 - m.sea.y0}
          fill="none"
          stroke={c.frame}
          strokeWidth={m.stroke.frame / 2}
        />
        <text
          x={m.title.x}
          fill={c.text}
          fontSize={m.title.fontPx}
          fontWeight={700}
          textAnchor="middle"
          dominantBaseline="central"
          data-part="title"
        >
          {m.title.lines.map((line, i) => (
            <tspan key={i} x={m.title.x} y={m.title.y + i * m.title.lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
        <g data-part="scale">
          <path
            d={`M${m.scale.x},${barY - tick}V${barY}H${m.scale.x + m.scale.px}V${barY - tick}`}
            fill="none"
            stroke={c.barFill}
            strokeWidth={m.stroke.frame * 2.6}
            strokeLinecap="round"
          />
          <path
            d={`M${m.scale.x},${barY - tick}V${barY}H${m.scale.x + m.scale.px}V${barY - tick}`}
            fill="none"
            stroke={c.text}
            strokeWidth={m.stroke.frame}
          />
          <text
            x={m.scale.x + m.scale.px + m.scale.fontPx * 0.6}
            y={barY - tick / 2}
            fill={c.text}
            stroke={c.barFill}
            strokeWidth={m.stroke.frame * 2}
            paintOrder="stroke"
            fontSize={m.scale.fontPx}
            dominantBaseline="central"
          >
            {m.scale.label}
          </text>
        </g>
      </svg>
    </div>
  );
}
