/**
 * A legend's list: each line a swatch drawn as the map draws it, then what it means.
 * The desk's legend, the regional legend and the printed handout share it, so their
 * lines look and read alike.
 */
import type { ReactNode } from 'react';

/** One line of a legend; the swatch is decoration (aria-hidden), the label says it. */
export interface SwatchLine {
  key: string;
  swatch: ReactNode;
  label: ReactNode;
}

export function SwatchList({ lines }: { lines: readonly SwatchLine[] }) {
  return (
    <ul className="precisions">
      {lines.map((l) => (
        <li key={l.key}>
          {l.swatch}
          {l.label}
        </li>
      ))}
    </ul>
  );
}

/** A badge as the map draws it, a name and a count, for a legend line. */
export function BadgeSwatch({ name }: { name: string }) {
  return (
    <span className="legend-badge" aria-hidden="true">
      <span className="map-badge-name">{name}</span>
      <span className="map-badge-count">3</span>
    </span>
  );
}
