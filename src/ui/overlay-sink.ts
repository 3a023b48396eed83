/**
 * Where the overlay leaves its last layout, for the exports: a PNG of the map must show
 * the same names and symbols the screen shows, and they are not in the WebGL canvas.
 */
import { createContext, useContext } from 'react';
import type { InsetModel } from '../map/inset/model';
import type { Box } from '../map/screen-geometry';
import type { OverlayLayout } from '../map/overlay/types';
import type { ThemeName } from '../vocabulary';

export interface OverlaySink {
  current: { layout: OverlayLayout; theme: ThemeName } | null;
  /** The South China Sea Islands inset on screen (its box over the map, CSS px), if any. */
  inset?: { box: Box; model: InsetModel } | null;
}

export const OverlaySinkContext = createContext<OverlaySink | null>(null);

export function useOverlaySink(): OverlaySink | null {
  return useContext(OverlaySinkContext);
}

/** Leaves the inset on screen (or none) for the exports. */
export function leaveInset(sink: OverlaySink, inset: OverlaySink['inset']): void {
  sink.inset = inset;
}
