/**
 * What the export menu may ask of the map: a snapshot, nothing else. MapView fills the
 * holder when the WebGL map exists; without WebGL it stays empty and exports fall back
 * to the SVG drawing.
 */
import { createContext, useContext } from 'react';

export interface MapSnapshotter {
  snapshot: (pixelRatio: number) => Promise<HTMLCanvasElement>;
}

export interface MapHandle {
  current: MapSnapshotter | null;
}

export const MapHandleContext = createContext<MapHandle>({ current: null });

export function useMapHandle(): MapHandle {
  return useContext(MapHandleContext);
}
