import { describe, expect, it } from 'vitest';
import {
  activeDeck,
  formatSteps,
  moveStep,
  normaliseSteps,
  parseSteps,
  positionAfterChange,
  toggleStep,
} from '../../src/domain/deck-steps';
import { buildTour } from '../../src/domain/tour';
import { loadRealModel } from './fixtures/real-data';

const tour = buildTour(loadRealModel());

describe('a deck chosen for a meeting', () => {
  it('is the whole tour when nothing is chosen', () => {
    expect(activeDeck(tour, null).map((s) => s.id)).toEqual(tour.map((s) => s.id));
  });

  it('walks the chosen steps in the chosen order, each knowing its number in the full tour', () => {
    const deck = activeDeck(tour, [9, 0, 24]);
    expect(deck.map((s) => s.id)).toEqual([tour[9]?.id, tour[0]?.id, tour[24]?.id]);
    expect(deck.map((s) => s.full)).toEqual([9, 0, 24]);
  });

  it('drops repeats and numbers outside the tour, and falls back to the whole tour when none is left', () => {
    expect(normaliseSteps([3, 3, -1, 1.5, tour.length, 2], tour.length)).toEqual([3, 2]);
    expect(activeDeck(tour, [tour.length + 5])).toHaveLength(tour.length);
  });

  it('reads and writes the link form, 1-based, ignoring junk', () => {
    expect(parseSteps('1,10,11,25')).toEqual([0, 9, 10, 24]);
    expect(parseSteps('2,x,2,0,,7')).toEqual([1, 6]);
    expect(parseSteps('')).toBeNull();
    expect(parseSteps('abc')).toBeNull();
    expect(formatSteps([0, 9, 10, 24])).toBe('1,10,11,25');
  });

  it('keeps the step on screen when the choice changes, or starts over when it was dropped', () => {
    // Showing full step 10 (position 1 of [0, 9]); it stays shown when 24 is added before it.
    expect(positionAfterChange(tour, [0, 9], [24, 9, 0], 1)).toBe(1);
    expect(positionAfterChange(tour, [0, 9], [0], 1)).toBe(0);
    // From the whole tour to a choice that holds the step shown.
    expect(positionAfterChange(tour, null, [3, 5], 5)).toBe(1);
  });

  it('adds, removes and moves a step in the choice', () => {
    expect(toggleStep([1, 2], 3)).toEqual([1, 2, 3]);
    expect(toggleStep([1, 2, 3], 2)).toEqual([1, 3]);
    expect(moveStep([1, 2, 3], 3, -1)).toEqual([1, 3, 2]);
    expect(moveStep([1, 2, 3], 1, -1)).toEqual([1, 2, 3]);
    expect(moveStep([1, 2, 3], 1, 1)).toEqual([2, 1, 3]);
  });
});
