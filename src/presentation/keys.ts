/**
 * Presentation keys, as a pure function from a key press to an action, following
 * reveal.js and PowerPoint: clickers send PageUp/PageDown, "." for blank screen and
 * F5 (or Shift+F5) for start. Kept free of the DOM so it is tested in node.
 */

export type DeckAction =
  | { type: 'start' }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'jump' }
  | { type: 'blackout' }
  | { type: 'escape' }
  | { type: 'help' }
  | { type: 'fullscreen' }
  | { type: 'theme' }
  | { type: 'autoplay' }
  | { type: 'presenter' }
  | { type: 'qr' };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The action a key asks for, or null when the deck should let the key through. */
export function deckAction(e: KeyLike, presenting: boolean): DeckAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'F5') return { type: 'start' };
  if (!presenting) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'n':
    case 'N':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
      return { type: 'jump' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blackout' };
    case 'Escape':
      return { type: 'escape' };
    case '?':
      return { type: 'help' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 't':
    case 'T':
      return { type: 'theme' };
    case 'a':
    case 'A':
      return { type: 'autoplay' };
    case 's':
    case 'S':
      return { type: 'presenter' };
    case 'q':
    case 'Q':
      return { type: 'qr' };
  }
  if (/^[0-9]$/.test(e.key)) return { type: 'digit', digit: Number(e.key) };
  return null;
}

/** True when the key press belongs to a text field and must not drive the deck. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * Whether a text field keeps this key for itself. An empty field gives up F5: after a
 * search the box keeps focus, and a clicker's start button must still start the deck.
 */
export function fieldKeepsKey(target: EventTarget | null, key: string): boolean {
  if (!isTyping(target)) return false;
  if (key !== 'F5') return true;
  const value = (target as { value?: unknown }).value;
  return typeof value === 'string' ? value.length > 0 : true;
}

/**
 * On a blank screen, a step key only brings the picture back (as PowerPoint does):
 * the audience sees the step they left, not the one after it.
 */
export function onlyUnblanks(action: DeckAction | null, blackout: boolean): boolean {
  return blackout && (action?.type === 'next' || action?.type === 'prev');
}
