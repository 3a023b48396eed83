/**
 * What the deck's windows say to one another over their BroadcastChannel (the projector,
 * the presenter view, a page that follows along), and the check every message passes
 * before it moves a deck: a channel is shared by every page of the app in the browser,
 * any version of it, so a message of the wrong shape is dropped, never half applied.
 */

export type DeckMessage =
  | { type: 'state'; from: string; presenting: boolean; step: number; steps: number[] | null }
  | { type: 'hello'; from: string };

/** The most steps a deck can have, with room to spare: a step number beyond it is not a step. */
export const MAX_STEPS = 10_000;

const isStep = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < MAX_STEPS;

/** A sender's id: a short token, as connectPresentation makes them. */
const isFrom = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64;

/**
 * The message in `data`, or null when it is not one the deck understands. Only the known
 * fields are kept (a copy, so nothing the sender holds is shared).
 */
export function parseDeckMessage(data: unknown): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (!isFrom(m.from)) return null;
  if (m.type === 'hello') return { type: 'hello', from: m.from };
  if (m.type !== 'state' || typeof m.presenting !== 'boolean' || !isStep(m.step)) return null;
  const steps = m.steps;
  if (steps === null) return { type: 'state', from: m.from, presenting: m.presenting, step: m.step, steps: null };
  if (!Array.isArray(steps) || steps.length === 0 || steps.length > MAX_STEPS || !steps.every(isStep)) return null;
  return { type: 'state', from: m.from, presenting: m.presenting, step: m.step, steps: [...steps] };
}
