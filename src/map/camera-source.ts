/**
 * The camera as the overlay reads it, from either renderer: the WebGL map's moving
 * camera, or the SVG drawing's fixed one. A tiny external store, so React re-renders
 * the overlay when (and only when) the camera moves.
 */
import type { OverlayCamera } from './overlay/types';

export interface CameraSource {
  read: () => OverlayCamera;
  /** Changes whenever the camera does. */
  version: () => number;
  subscribe: (listener: () => void) => () => void;
}

/** A camera that does not move (the SVG drawing): a new source per framing. */
export function fixedCamera(camera: OverlayCamera): CameraSource {
  return { read: () => camera, version: () => 0, subscribe: () => () => undefined };
}
