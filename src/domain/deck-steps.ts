/**
 * A deck made for one meeting: the presenter picks and orders steps of the full tour
 * (`?steps=1,10,11,25`, 1-based numbers of the full deck). Everything that walks the
 * deck (counter, keys, autoplay, presenter view) walks the deck this returns, so a
 * chosen deck is not a special case anywhere else. Pure, tested in node.
 */
import type { TourStep } from './tour';

/** A step of the deck being shown, with its place in the full tour. */
export interface DeckStep extends TourStep {
  /** 0-based index in the full tour. */
  full: number;
}

/** The deck to show: the chosen steps in the chosen order, or the whole tour when none (or none valid) are chosen. */
export function activeDeck(tour: readonly TourStep[], chosen: readonly number[] | null): DeckStep[] {
  const all = tour.map((s, full) => ({ ...s, full }));
  if (!chosen) return all;
  const picked = normaliseSteps(chosen, tour.length)
    .map((i) => all[i])
    .filter((s) => s !== undefined);
  return picked.length > 0 ? picked : all;
}

/** Chosen steps without repeats or numbers outside the tour, in their order. */
export function normaliseSteps(chosen: readonly number[], length: number): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const i of chosen) {
    if (!Number.isInteger(i) || i < 0 || i >= length || seen.has(i)) continue;
    seen.add(i);
    out.push(i);
  }
  return out;
}

/** Reads `1,10,11,25` (1-based) into 0-based indices; anything else in the list is dropped. */
export function parseSteps(v: string | null): number[] | null {
  if (!v) return null;
  const out = v
    .split(',')
    .map((p) => p.trim())
    .filter((p) => /^\d{1,4}$/.test(p))
    .map((p) => Number(p) - 1)
    .filter((i) => i >= 0);
  const unique = [...new Set(out)];
  return unique.length > 0 ? unique : null;
}

/** Writes 0-based indices as the 1-based list a link carries. */
export function formatSteps(steps: readonly number[]): string {
  return steps.map((i) => String(i + 1)).join(',');
}

/**
 * Where the deck goes when its steps change: the step being shown keeps its place if
 * it is still in the new deck; otherwise the deck starts at its first step.
 */
export function positionAfterChange(
  tour: readonly TourStep[],
  before: readonly number[] | null,
  after: readonly number[] | null,
  position: number,
): number {
  const shown = activeDeck(tour, before)[position]?.full;
  const next = activeDeck(tour, after).findIndex((s) => s.full === shown);
  return next >= 0 ? next : 0;
}

/** The chosen list with one step added at the end, removed, or moved by `by` places. */
export function toggleStep(steps: readonly number[], i: number): number[] {
  return steps.includes(i) ? steps.filter((s) => s !== i) : [...steps, i];
}

export function moveStep(steps: readonly number[], i: number, by: -1 | 1): number[] {
  const at = steps.indexOf(i);
  const to = at + by;
  if (at < 0 || to < 0 || to >= steps.length) return [...steps];
  const out = [...steps];
  [out[at], out[to]] = [out[to] as number, out[at] as number];
  return out;
}
