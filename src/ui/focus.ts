/**
 * Where keyboard focus goes when the panel changes under it: its heading, which takes
 * focus from script only (tabIndex -1), so the next Tab continues inside the panel.
 */

/** The id of the right-hand panel, the skip link's target. */
export const PANEL_ID = 'atlas-panel';

/** Moves focus to the panel's heading; false when there is none to focus. */
export function focusPanelHeading(): boolean {
  const heading = document.getElementById(PANEL_ID)?.querySelector<HTMLElement>('.panel-title');
  if (!heading) return false;
  heading.focus();
  return true;
}
