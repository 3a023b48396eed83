import { useMemo } from 'react';
import type { LayerId, Precision } from '../domain/ids';
import { symbolShape, svgPoints } from '../map/symbol-shape';

/** CSS size of a symbol in lists and legends (it scales with the text where CSS sets its size). */
const SIZE = 22;

/**
 * The map's own symbol for a layer and precision, as a small inline SVG for lists and the
 * legend: the same geometry as on the map (symbol-shape.ts), sharp at any size, and
 * nothing to encode — a long list costs no image work.
 */
export function SymbolIcon({ layer, precision }: { layer: LayerId; precision: Precision }) {
  const shape = useMemo(() => symbolShape(layer, precision, SIZE), [layer, precision]);
  const c = SIZE / 2;
  return (
    <svg className="symbol" viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} aria-hidden="true">
      <polygon
        points={svgPoints(shape.outline, c, c)}
        fill="none"
        stroke="#ffffff"
        strokeWidth={shape.haloWidth}
        strokeLinejoin="round"
      />
      <polygon
        points={svgPoints(shape.outline, c, c)}
        fill={shape.fill}
        stroke={shape.stroke}
        strokeWidth={shape.strokeWidth}
      />
      {shape.core && <polygon points={svgPoints(shape.core, c, c)} fill="#ffffff" />}
    </svg>
  );
}
