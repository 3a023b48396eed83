import { useMemo } from 'react';
import type { LayerId, Precision } from '../domain/schema';
import { iconDataUrl } from '../map/icons';

/** The map's own symbol for a layer, as a small image for lists and the legend. */
export function SymbolIcon({ layer, precision }: { layer: LayerId; precision: Precision }) {
  const src = useMemo(() => iconDataUrl(layer, precision), [layer, precision]);
  return <img className="symbol" src={src} alt="" width={22} height={22} />;
}
