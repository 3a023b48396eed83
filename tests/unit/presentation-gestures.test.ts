import { describe, expect, it } from 'vitest';
import { swipeStep, SWIPE_MIN_PX } from '../../src/presentation/gestures';

describe('swipeStep', () => {
  it('reads a long leftward swipe as the next step and a rightward one as the previous', () => {
    expect(swipeStep(-120, 10)).toBe('next');
    expect(swipeStep(150, -20)).toBe('prev');
  });

  it('ignores a tap, a short slide and a mostly vertical scroll', () => {
    expect(swipeStep(0, 0)).toBeNull();
    expect(swipeStep(-(SWIPE_MIN_PX - 1), 0)).toBeNull();
    expect(swipeStep(-80, 70)).toBeNull();
  });

  it('ignores a gesture with no coordinates', () => {
    expect(swipeStep(Number.NaN, 0)).toBeNull();
  });
});
