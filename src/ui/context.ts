/**
 * React access to the model (static, validated data) and the store (the view). Components
 * read through narrow selectors so a hover does not re-render the panels.
 */
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { AtlasModel } from '../domain/model';
import type { TourStep } from '../domain/tour';
import { activeDeck, type DeckStep } from '../domain/deck-steps';
import { STRINGS, type Strings } from '../i18n/strings';
import type { HoverState, HoverStore } from '../store/hover';
import type { AtlasState, AtlasStore } from '../store/store';

export const ModelContext = createContext<AtlasModel | null>(null);
export const StoreContext = createContext<AtlasStore | null>(null);
export const TourContext = createContext<readonly TourStep[]>([]);
export const HoverContext = createContext<HoverStore | null>(null);

/** The whole guided tour, generated from the data. */
export function useFullTour(): readonly TourStep[] {
  return useContext(TourContext);
}

/** The deck being presented: the steps chosen for this meeting, or the whole tour. */
export function useTour(): readonly DeckStep[] {
  const full = useContext(TourContext);
  const steps = useAtlas((s) => s.steps);
  return useMemo(() => activeDeck(full, steps), [full, steps]);
}

export function useModel(): AtlasModel {
  const m = useContext(ModelContext);
  if (!m) throw new Error('useModel outside <ModelContext>');
  return m;
}

function useAtlasStore(): AtlasStore {
  const s = useContext(StoreContext);
  if (!s) throw new Error('useAtlas outside <StoreContext>');
  return s;
}

/** Reads one slice of the view state. */
export function useAtlas<T>(selector: (s: AtlasState) => T): T {
  return useStore(useAtlasStore(), selector);
}

/** Reads several fields at once, re-rendering only when one of them changes. */
export function useAtlasShallow<T extends object>(selector: (s: AtlasState) => T): T {
  return useStore(useAtlasStore(), useShallow(selector));
}

/** Interface strings in the current language. */
export function useStrings(): Strings {
  return STRINGS[useAtlas((s) => s.lang)];
}

/** Reads what the pointer is over (a store of its own: see store/hover.ts). */
export function useHover<T>(selector: (s: HoverState) => T): T {
  const s = useContext(HoverContext);
  if (!s) throw new Error('useHover outside <HoverContext>');
  return useStore(s, selector);
}
