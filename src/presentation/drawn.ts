/**
 * Answers the deck's question "has the map drawn the step being shown?" (the store's
 * `drawnStep`, which the controller clears whenever it shows a step). Whoever draws the
 * map connects it: the MapLibre map with its `idle()` (camera arrived, sources loaded,
 * nothing left to draw), the SVG drawing with an already resolved promise, since React
 * has drawn it by the next frame.
 */
import type { AtlasStore } from '../store/store';

export interface DrawnOptions {
  /** Calls `fn` at the next frame; `requestAnimationFrame` by default (it waits while the page is hidden). */
  frame?: (fn: () => void) => void;
}

/**
 * Reports `stepDrawn(step)` once `whenDrawn()` resolves for each step the deck shows.
 * It asks two frames after the step was shown, so that map updates deferred to the next
 * frame (the camera framing the deck's new layout) are under way before it asks.
 * Returns a function that stops it; a report still under way is then dropped.
 */
export function reportDrawnSteps(
  store: AtlasStore,
  whenDrawn: () => Promise<void>,
  opts: DrawnOptions = {},
): () => void {
  const frame = opts.frame ?? ((fn: () => void) => void requestAnimationFrame(fn));
  let stopped = false;

  const ask = () =>
    frame(() =>
      frame(() => {
        const asked = store.getState();
        if (stopped || !asked.presenting || asked.drawnStep === asked.step) return;
        const step = asked.step;
        void whenDrawn().then(() => {
          if (!stopped) store.getState().stepDrawn(step);
        });
      }),
    );

  const unsubscribe = store.subscribe((s, prev) => {
    const shown = s.step !== prev.step || s.presenting !== prev.presenting || s.drawnStep !== prev.drawnStep;
    if (shown && s.presenting && s.drawnStep === null) ask();
  });
  const first = store.getState();
  if (first.presenting && first.drawnStep === null) ask();

  return () => {
    stopped = true;
    unsubscribe();
  };
}
