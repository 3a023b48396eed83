import { useMemo } from 'react';
import type { LayerId, Precision } from '../vocabulary';
import { SYMBOL_GROUND } from '../map/palette';
import { symbolShape, svgPoints, type SymbolShape } from '../map/symbol-shape';

/** CSS size of a symbol in lists and legends (it scales with the text where CSS sets its size). */
const SIZE = 22;

/** A symbol's polygons centred on (x, y): a white halo, the outline in its colours, and the white core of an approximate place. */
export function SymbolPolygons({ shape, x, y }: { shape: SymbolShape; x: number; y: number }) {
  const pts = svgPoints(shape.outline, x, y);
  return (
    <>
      <polygon points={pts} fill="none" stroke={SYMBOL_GROUND} strokeWidth={shape.haloWidth} strokeLinejoin="round" />
      <polygon points={pts} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.strokeWidth} />
      {shape.core && <polygon points={svgPoints(shape.core, x, y)} fill={SYMBOL_GROUND} />}
    </>
  );
}

/**
 * The map's own symbol for a layer and precision, as a small inline SVG for lists and the
 * legend: the same geometry as on the map (symbol-shape.ts), sharp at any size, and
 * nothing to encode — a long list costs no image work.
 */
export function SymbolIcon({ layer, precision }: { layer: LayerId; precision: Precision }) {
  const shape = useMemo(() => symbolShape(layer, precision, SIZE), [layer, precision]);
  return (
    <svg className="symbol" viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} aria-hidden="true">
      <SymbolPolygons shape={shape} x={SIZE / 2} y={SIZE / 2} />
    </svg>
  );
}
