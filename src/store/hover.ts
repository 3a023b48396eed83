/**
 * What the pointer is over. It changes on every mouse move and belongs in no link, so it
 * lives in a small store of its own: a hover notifies only the few readers that show it
 * (the tooltip, the outline under the pointer), never the URL sync or the panels.
 */
import { createStore } from 'zustand/vanilla';
import type { DistrictSlug } from '../vocabulary';

/** What the pointer is over, and where on the map (CSS pixels) when it is over the map. */
export interface Hover {
  district: DistrictSlug | null;
  record: string | null;
  /** Records in a hovered cluster; 0 when not a cluster. */
  cluster: number;
  /** Where the tooltip goes; null when the hover comes from a list or the matrix. */
  at: { x: number; y: number } | null;
}

export interface HoverState {
  hover: Hover | null;
  setHover: (hover: Hover | null) => void;
}

export function createHoverStore() {
  return createStore<HoverState>()((set) => ({
    hover: null,
    setHover: (hover) => set({ hover }),
  }));
}

export type HoverStore = ReturnType<typeof createHoverStore>;
