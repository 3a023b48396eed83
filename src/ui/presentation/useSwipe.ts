import { useRef, type PointerEvent } from 'react';
import { swipeStep, type SwipeStep } from '../../presentation/gestures';

export interface SwipeHandlers {
  onPointerDown: (e: PointerEvent) => void;
  onPointerUp: (e: PointerEvent) => void;
  onPointerCancel: () => void;
}

/**
 * A swipe on an element by finger or pen (a mouse drag selects nothing in the deck and
 * moves nothing: mouse users have the buttons). The element needs `touch-action: pan-y`
 * so the browser leaves sideways moves to the page.
 */
export function useSwipe(onSwipe: (step: Exclude<SwipeStep, null>) => void): SwipeHandlers {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  return {
    onPointerDown: (e: PointerEvent) => {
      start.current = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY, id: e.pointerId };
    },
    onPointerUp: (e: PointerEvent) => {
      const s = start.current;
      start.current = null;
      if (!s || s.id !== e.pointerId) return;
      const step = swipeStep(e.clientX - s.x, e.clientY - s.y);
      if (step) onSwipe(step);
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
