/**
 * Keyboard focus and the menu drawer of phones and tablets: opening it moves focus to its
 * first control; Tab and Shift+Tab go round the drawer's controls and the menu button (✕)
 * that closes it, never behind it to the map and the sheet it covers; closing it (Escape,
 * ✕, a tap beside it) gives focus back to the menu button, unless the choice made in it
 * has already put focus somewhere of its own (a district's heading in the sheet).
 */
import { useEffect, type RefObject } from 'react';

/** Where Tab (or Shift+Tab, `back`) goes from `current` among `items`, going round; null: let the browser move it. */
export function nextInCycle<T>(items: readonly T[], current: T | null, back: boolean): T | null {
  if (items.length === 0) return null;
  const i = current === null ? -1 : items.indexOf(current);
  if (i < 0) return back ? (items[items.length - 1] ?? null) : (items[0] ?? null);
  return items[(i + (back ? items.length - 1 : 1)) % items.length] ?? null;
}

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select, summary, [tabindex]:not([tabindex="-1"])';

/**
 * The drawer's controls a finger or a key can reach now, in order: the header's tools when
 * they are in the drawer (a fixed box below the header, not inline in it), then the sidebar.
 */
function drawerControls(drawerIds: readonly string[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const id of drawerIds) {
    const part = document.querySelector<HTMLElement>(id);
    if (!part || getComputedStyle(part).position !== 'fixed') continue;
    for (const el of part.querySelectorAll<HTMLElement>(FOCUSABLE))
      if (el.checkVisibility({ visibilityProperty: true })) out.push(el);
  }
  return out;
}

/**
 * Focus for the drawer while `open`: `parts` are the drawer's boxes (selectors, in order),
 * `button` the menu button that opens and closes it.
 */
export function useDrawerFocus(open: boolean, parts: readonly string[], button: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!open) return;
    // The menu button stays mounted while the drawer is open; focus goes back to this one.
    const opener = button.current;
    const inDrawer = (el: Element | null) => !!el && parts.some((p) => el.closest(p) !== null);
    // The drawer slides in: its controls are visible (and focusable) from the first frame.
    const frame = requestAnimationFrame(() => drawerControls(parts)[0]?.focus());
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.defaultPrevented) return;
      const items = [...drawerControls(parts), ...(opener ? [opener] : [])];
      const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      const next = nextInCycle(items, active && items.includes(active) ? active : null, e.shiftKey);
      if (!next) return;
      e.preventDefault();
      next.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('keydown', onKey);
      const active = document.activeElement;
      if (active === null || active === document.body || inDrawer(active)) opener?.focus();
    };
  }, [open, parts, button]);
}
