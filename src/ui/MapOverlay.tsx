import { useContext, useEffect, useState, useSyncExternalStore, type CSSProperties } from 'react';
import type { CameraSource } from '../map/camera-source';
import { nearestPoint } from '../map/screen-geometry';
import { BADGE } from '../map/overlay/badge';
import type { PlacedOverlayLabel } from '../map/overlay/types';
import { THEMES, type MapTheme } from '../map/palette';
import { symbolShape } from '../map/symbol-shape';
import { SymbolPolygons } from './SymbolIcon';
import { SYMBOLOGY } from '../map/symbology';
import { StoreContext, useModel } from './context';
import { OverlayController, type OverlayFrame } from './overlay-controller';
import { useOverlaySink } from './overlay-sink';

const noSubscribe = () => () => undefined;
const noFrame = (): OverlayFrame | null => null;

/** The theme's overlay colours as the CSS custom properties the labels' styles read. */
function overlayVars(t: MapTheme): CSSProperties {
  return {
    ['--badge-pad' as string]: `${BADGE.padX}em`,
    ['--badge-fill' as string]: t.badge.fill,
    ['--badge-text' as string]: t.badge.text,
    ['--badge-border' as string]: t.badge.border,
    ['--badge-count-fill' as string]: t.badge.countFill,
    ['--badge-count-text' as string]: t.badge.countText,
    ['--badge-selected' as string]: t.badge.selected,
    ['--callout-fill' as string]: t.callout.fill,
    ['--callout-text' as string]: t.callout.text,
    ['--origin-fill' as string]: t.origin.fill,
    ['--origin-text' as string]: t.origin.text,
  };
}

/**
 * The map's names and the selection's symbols, drawn as HTML and SVG over either
 * renderer from one layout (map/overlay.ts): district badges with their counts, leader
 * lines where the centre is crowded, the selected district's records, the selected
 * record's ring and name, and in the regional view the linked places and Shanghai.
 * The one the screen shows (`exported`) leaves its layout for the PNG export, and for
 * the map, which takes every pointer event and asks the layout what a tap hit
 * (map/overlay-hit.ts): so a pinch that starts on a badge still zooms the map.
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
  const theme = THEMES[frame?.theme ?? 'light'];

  const label = (l: PlacedOverlayLabel) => {
    const b = l.placed.box;
    const style = {
      left: b.x0,
      top: b.y0,
      width: b.x1 - b.x0,
      height: b.y1 - b.y0,
      fontSize: layout?.fontPx,
    };
    const common = {
      key: l.id,
      'data-label': l.id,
      'data-clear': l.placed.clear ? 'true' : 'false',
      style,
    };
    switch (l.kind) {
      case 'district':
        return (
          <div {...common} className={`map-label map-badge${l.selected ? ' selected' : ''}`} data-district={l.slug}>
            {/* On a phone a badge with no room for its name shows its count only (map/overlay.ts). */}
            {l.name && (
              <span className="map-badge-name" data-part="name">
                {l.name}
              </span>
            )}
            <span className="map-badge-count" data-part="count">
              {l.count}
            </span>
          </div>
        );
      case 'place':
        return (
          <div {...common} className={`map-label map-badge${l.selected ? ' selected' : ''}`} data-region={l.region}>
            <span className="map-badge-name" data-part="name">
              {l.name}
            </span>
            <span className="map-badge-count" data-part="count">
              {l.count}
            </span>
          </div>
        );
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
            style={{ ...style, fontSize: (layout?.fontPx ?? 14) * 0.8 }}
            data-part="count"
          >
            +{l.count}
          </div>
        );
    }
  };

  const k = layout?.k ?? 1;
  return (
    <div
      ref={setEl}
      className="map-overlay"
      data-testid="map-overlay"
      data-font-px={layout ? layout.fontPx.toFixed(2) : undefined}
      aria-hidden="true"
      style={overlayVars(theme)}
    >
      {layout && (
        <svg className="map-overlay-svg" width="100%" height="100%">
          {layout.labels
            .filter((l) => l.placed.leader)
            .map((l) => {
              const q = nearestPoint(l.placed.box, l.placed.anchor);
              return (
                <g key={`leader-${l.id}`} className="map-leader" data-leader={l.id}>
                  <line
                    x1={l.placed.anchor.x}
                    y1={l.placed.anchor.y}
                    x2={q.x}
                    y2={q.y}
                    stroke={theme.labelHalo}
                    strokeWidth={3.2 * k}
                    strokeLinecap="round"
                  />
                  <line
                    x1={l.placed.anchor.x}
                    y1={l.placed.anchor.y}
                    x2={q.x}
                    y2={q.y}
                    stroke={theme.labelText}
                    strokeWidth={1.2 * k}
                  />
                  {l.kind === 'district' && (
                    <circle
                      cx={l.placed.anchor.x}
                      cy={l.placed.anchor.y}
                      r={2.6 * k}
                      fill={theme.labelText}
                      stroke={theme.labelHalo}
                      strokeWidth={1.2 * k}
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
              r={(SYMBOLOGY.linkEnd.radius[0]?.[1] ?? 6) * k}
              fill={theme.labelHalo}
              stroke={theme.link}
              strokeWidth={3 * k}
            />
          )}
          {layout.ring && (
            <circle
              className="map-ring"
              cx={layout.ring.x}
              cy={layout.ring.y}
              r={layout.ring.r}
              fill="rgba(255,255,255,0.85)"
              stroke={theme.selectedLine}
              strokeWidth={SYMBOLOGY.ring.stroke * k}
            />
          )}
          {layout.symbols.map((s) => {
            const shape = symbolShape(s.layer, s.precision, layout.symbolPx);
            return (
              <g
                key={s.recordId}
                className="map-symbol"
                data-record={s.recordId}
                data-selected={s.selected ? 'true' : undefined}
              >
                <SymbolPolygons shape={shape} x={s.x} y={s.y} />
              </g>
            );
          })}
        </svg>
      )}
      {layout?.labels.map(label)}
    </div>
  );
}
