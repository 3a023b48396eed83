/**
 * Where the overlay leaves its last layout, for the exports: a PNG of the map must show
 * the same names and symbols the screen shows, and they are not in the WebGL canvas.
 */
import { createContext, useContext } from 'react';
import type { OverlayLayout } from '../map/overlay';
import type { ThemeName } from '../vocabulary';

export interface OverlaySink {
  current: { layout: OverlayLayout; theme: ThemeName } | null;
}

export const OverlaySinkContext = createContext<OverlaySink | null>(null);

export function useOverlaySink(): OverlaySink | null {
  return useContext(OverlaySinkContext);
}
