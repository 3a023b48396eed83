import { useContext, useEffect, useState, useSyncExternalStore, type CSSProperties } from 'react';
import type { CameraSource } from '../map/camera-source';
import { nearestPoint } from '../map/screen-geometry';
import { BADGE } from '../map/overlay/badge';
import type { PlacedOverlayLabel } from '../map/overlay/types';
import type { OverlayLayout } from '../map/overlay/types';
import { overlayStyle, type OverlayStyle } from '../map/drawing';
import { symbolShape } from '../map/symbol-shape';
import { SymbolPolygons } from './SymbolIcon';
import { StoreContext, useModel } from './context';
import { OverlayController, type OverlayFrame } from './overlay-controller';
import { useOverlaySink } from './overlay-sink';

const noSubscribe = () => () => undefined;
const noFrame = (): OverlayFrame | null => null;

/** The overlay's colours as the CSS custom properties the labels' styles read. */
function overlayVars(s: OverlayStyle): CSSProperties {
  return {
    ['--badge-pad' as string]: `${BADGE.padX}em`,
    ['--badge-fill' as string]: s.badge.fill,
    ['--badge-text' as string]: s.badge.text,
    ['--badge-border' as string]: s.badge.border.colour,
    ['--badge-count-fill' as string]: s.badge.countFill,
    ['--badge-count-text' as string]: s.badge.countText,
    ['--badge-selected' as string]: s.badge.selectedBorder.colour,
    ['--callout-fill' as string]: s.callout.fill,
    ['--callout-text' as string]: s.callout.text,
    ['--origin-fill' as string]: s.origin.fill,
    ['--origin-text' as string]: s.origin.text,
  };
}

/** A district's or a linked place's badge: its name (none on a phone without room for it) and its count. */
function Badge({
  label,
  style,
  badge,
}: {
  label: PlacedOverlayLabel & { kind: 'district' | 'place' };
  style: CSSProperties;
  badge: OverlayStyle['badge'];
}) {
  const border = label.selected ? badge.selectedBorder : badge.border;
  return (
    <div
      data-label={label.id}
      data-clear={label.placed.clear ? 'true' : 'false'}
      style={{ ...style, borderWidth: border.width }}
      className={`map-label map-badge${label.selected ? ' selected' : ''}`}
      data-district={label.kind === 'district' ? label.slug : undefined}
      data-region={label.kind === 'place' ? label.region : undefined}
    >
      {label.name && (
        <span className="map-badge-name" data-part="name">
          {label.name}
        </span>
      )}
      <span className="map-badge-count" data-part="count">
        {label.count}
      </span>
    </div>
  );
}

/** One placed label of the overlay, as HTML. */
function Label({ l, fontPx, s }: { l: PlacedOverlayLabel; fontPx: number; s: OverlayStyle }) {
  const b = l.placed.box;
  const style = { left: b.x0, top: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0, fontSize: fontPx };
  const common = { 'data-label': l.id, 'data-clear': l.placed.clear ? 'true' : 'false', style };
  switch (l.kind) {
    case 'district':
    case 'place':
      return <Badge label={l} style={style} badge={s.badge} />;
    case 'origin':
      return (
        <div {...common} className="map-label map-origin" data-part="name">
          {l.name}
        </div>
      );
    case 'record':
      return (
        <div {...common} className="map-label map-callout" data-record={l.recordId} data-part="name">
          {l.lines.map((line, i) => (
            <span key={i}>{line}</span>
          ))}
        </div>
      );
    case 'more':
      return (
        <div
          {...common}
          className="map-label map-more"
          style={{ ...style, fontSize: fontPx * 0.8, borderWidth: s.more.border.width }}
          data-part="count"
        >
          +{l.count}
        </div>
      );
  }
}

/** The overlay's SVG: leaders with their anchor dots, Shanghai's hub, the ring and the records' symbols. */
function OverlaySvg({ layout, s }: { layout: OverlayLayout; s: OverlayStyle }) {
  return (
    <svg className="map-overlay-svg" width="100%" height="100%">
      {layout.labels
        .filter((l) => l.placed.leader)
        .map((l) => {
          const a = l.placed.anchor;
          const q = nearestPoint(l.placed.box, a);
          return (
            <g key={`leader-${l.id}`} className="map-leader" data-leader={l.id}>
              {[s.leader.halo, s.leader.line].map((stroke, i) => (
                <line
                  key={i}
                  x1={a.x}
                  y1={a.y}
                  x2={q.x}
                  y2={q.y}
                  stroke={stroke.colour}
                  strokeWidth={stroke.width}
                  strokeLinecap={i === 0 ? 'round' : undefined}
                />
              ))}
              {l.kind === 'district' && (
                <circle
                  cx={a.x}
                  cy={a.y}
                  r={s.anchor.r}
                  fill={s.anchor.fill}
                  stroke={s.anchor.halo.colour}
                  strokeWidth={s.anchor.halo.width}
                />
              )}
            </g>
          );
        })}
      {layout.origin && (
        <circle
          className="map-origin-hub"
          cx={layout.origin.x}
          cy={layout.origin.y}
          r={s.hub.r}
          fill={s.hub.fill}
          stroke={s.hub.stroke.colour}
          strokeWidth={s.hub.stroke.width}
        />
      )}
      {layout.ring && (
        <circle
          className="map-ring"
          cx={layout.ring.x}
          cy={layout.ring.y}
          r={layout.ring.r}
          fill={s.ring.fill}
          stroke={s.ring.stroke.colour}
          strokeWidth={s.ring.stroke.width}
        />
      )}
      {layout.symbols.map((sym) => (
        <g
          key={sym.recordId}
          className="map-symbol"
          data-record={sym.recordId}
          data-selected={sym.selected ? 'true' : undefined}
        >
          <SymbolPolygons shape={symbolShape(sym.layer, sym.precision, layout.symbolPx)} x={sym.x} y={sym.y} />
        </g>
      ))}
    </svg>
  );
}

/**
 * The map's names and the selection's symbols, drawn as HTML and SVG over either
 * renderer from one layout (map/overlay/) and the drawing model's overlay styles
 * (map/drawing/): district badges with their counts, leader lines where the centre is
 * crowded, the selected district's records, the selected record's ring and name, and in
 * the regional view the linked places and Shanghai. The one the screen shows (`exported`)
 * leaves its layout for the PNG export, and for the map, which takes every pointer event
 * and asks the layout what a tap hit (map/overlay-hit.ts): so a pinch that starts on a
 * badge still zooms the map.
 */
export function MapOverlay({ camera, exported = true }: { camera: CameraSource; exported?: boolean }) {
  const model = useModel();
  const store = useContext(StoreContext);
  const sink = useOverlaySink();
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [controller] = useState(() => (store ? new OverlayController(model, store, exported ? sink : null) : null));
  useEffect(() => (el && controller ? controller.attach(el, camera) : undefined), [controller, el, camera]);
  const frame = useSyncExternalStore(controller?.subscribe ?? noSubscribe, controller?.current ?? noFrame);
  const layout = frame?.layout ?? null;
  const s = overlayStyle(frame?.theme ?? 'light', layout?.k ?? 1);
  return (
    <div
      ref={setEl}
      className="map-overlay"
      data-testid="map-overlay"
      data-font-px={layout ? layout.fontPx.toFixed(2) : undefined}
      aria-hidden="true"
      style={overlayVars(s)}
    >
      {layout && <OverlaySvg layout={layout} s={s} />}
      {layout?.labels.map((l) => (
        <Label key={l.id} l={l} fontPx={layout.fontPx} s={s} />
      ))}
    </div>
  );
}
