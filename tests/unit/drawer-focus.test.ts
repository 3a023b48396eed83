/** Tab round the menu drawer: where focus goes next, as a pure function of the drawer's controls. */
import { describe, expect, it } from 'vitest';
import { nextInCycle } from '../../src/ui/drawer-focus';

describe('nextInCycle', () => {
  const items = ['share', 'export', 'district', 'menu'];

  it('goes to the next control, and from the last back to the first', () => {
    expect(nextInCycle(items, 'share', false)).toBe('export');
    expect(nextInCycle(items, 'menu', false)).toBe('share');
  });

  it('goes back with Shift+Tab, and from the first round to the last', () => {
    expect(nextInCycle(items, 'export', true)).toBe('share');
    expect(nextInCycle(items, 'share', true)).toBe('menu');
  });

  it('brings focus from outside the drawer to its first control (Tab) or its last (Shift+Tab)', () => {
    expect(nextInCycle(items, null, false)).toBe('share');
    expect(nextInCycle(items, 'map', false)).toBe('share');
    expect(nextInCycle(items, null, true)).toBe('menu');
  });

  it('has nowhere to go in an empty drawer', () => {
    expect(nextInCycle([], 'share', false)).toBeNull();
  });
});
