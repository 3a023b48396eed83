/**
 * Presentation keys as PowerPoint and reveal.js users (and their clickers) expect them:
 * the pure key → action mapping, and which targets count as typing.
 */
import { describe, expect, it } from 'vitest';
import { deckAction, isTyping, type DeckAction, type KeyLike } from '../../src/presentation/keys';
import { DECK } from '../../src/i18n/deck-strings';

const PRESENTING: [string, DeckAction][] = [
  ['ArrowRight', { type: 'next' }],
  ['ArrowDown', { type: 'next' }],
  [' ', { type: 'next' }],
  ['PageDown', { type: 'next' }],
  ['n', { type: 'next' }],
  ['N', { type: 'next' }],
  ['ArrowLeft', { type: 'prev' }],
  ['ArrowUp', { type: 'prev' }],
  ['PageUp', { type: 'prev' }],
  ['p', { type: 'prev' }],
  ['P', { type: 'prev' }],
  ['Home', { type: 'first' }],
  ['End', { type: 'last' }],
  ['Enter', { type: 'jump' }],
  ['b', { type: 'blackout' }],
  ['B', { type: 'blackout' }],
  ['.', { type: 'blackout' }],
  ['Escape', { type: 'escape' }],
  ['?', { type: 'help' }],
  ['f', { type: 'fullscreen' }],
  ['F', { type: 'fullscreen' }],
  ['t', { type: 'theme' }],
  ['a', { type: 'autoplay' }],
  ['s', { type: 'presenter' }],
  ['q', { type: 'qr' }],
  ['Q', { type: 'qr' }],
  ['F5', { type: 'start' }],
];

describe('deckAction while presenting', () => {
  it.each(PRESENTING)('%j → %j', (key, action) => {
    expect(deckAction({ key }, true)).toEqual(action);
  });

  it('maps each digit to itself', () => {
    for (let d = 0; d <= 9; d++) expect(deckAction({ key: String(d) }, true)).toEqual({ type: 'digit', digit: d });
  });

  it("lists every letter key in the deck's help, in both languages", () => {
    for (const lang of ['zh', 'en'] as const) {
      const listed = DECK[lang].keys.map(([k]) => k).join(' ');
      for (const [key] of PRESENTING.filter(([k]) => /^[a-z]$/i.test(k)))
        expect(listed, `${lang}: ${key} in the help`).toMatch(new RegExp(`\\b${key.toUpperCase()}\\b`));
    }
  });

  it('lets other keys through', () => {
    for (const key of ['x', 'Tab', 'Shift', 'Control', 'F4', 'F6', 'F11', '10', 'Backspace', ','])
      expect(deckAction({ key }, true), key).toBeNull();
  });
});

describe('deckAction when not presenting', () => {
  it('starts the deck on F5 and on Shift+F5 (which also reports key "F5")', () => {
    expect(deckAction({ key: 'F5' }, false)).toEqual({ type: 'start' });
    const shiftF5: KeyLike & { shiftKey: boolean } = { key: 'F5', shiftKey: true };
    expect(deckAction(shiftF5, false)).toEqual({ type: 'start' });
    expect(deckAction(shiftF5, true)).toEqual({ type: 'start' });
  });

  it('lets every other key through', () => {
    const keys = [...PRESENTING.map(([k]) => k).filter((k) => k !== 'F5'), '0', '5', '9', 'x'];
    for (const key of keys) expect(deckAction({ key }, false), key).toBeNull();
  });
});

describe('deckAction with a modifier', () => {
  it('is null for Ctrl, Meta or Alt with any key, presenting or not (Ctrl+F5 stays a hard reload)', () => {
    const keys = ['F5', 'PageDown', 'ArrowRight', ' ', 'n', '.', 'b', 'Escape', '1', 'Enter', 'f'];
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const)
      for (const key of keys)
        for (const presenting of [true, false])
          expect(deckAction({ key, [mod]: true }, presenting), `${mod}+${key} presenting=${presenting}`).toBeNull();
  });

  it('is unaffected by modifiers that are explicitly off', () => {
    expect(deckAction({ key: 'PageDown', ctrlKey: false, metaKey: false, altKey: false }, true)).toEqual({
      type: 'next',
    });
  });
});

describe('isTyping', () => {
  const el = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable }) as unknown as EventTarget;

  it('is true for text fields and editable content', () => {
    expect(isTyping(el('INPUT'))).toBe(true);
    expect(isTyping(el('TEXTAREA'))).toBe(true);
    expect(isTyping(el('SELECT'))).toBe(true);
    expect(isTyping(el('DIV', true))).toBe(true);
    expect(isTyping(el('P', true))).toBe(true);
  });

  it('is false for anything else', () => {
    expect(isTyping(null)).toBe(false);
    expect(isTyping(el('DIV'))).toBe(false);
    expect(isTyping(el('BUTTON'))).toBe(false);
    expect(isTyping(el('BODY'))).toBe(false);
    expect(isTyping(el('A'))).toBe(false);
    // The window and the document have no tag name.
    expect(isTyping({} as EventTarget)).toBe(false);
    expect(isTyping({ nodeName: '#document' } as unknown as EventTarget)).toBe(false);
  });
});
