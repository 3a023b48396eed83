/**
 * Following the deck from a seat: the messages a page accepts from the deck's channel,
 * the link the QR code carries, and the QR code's drawing.
 */
import { describe, expect, it } from 'vitest';
import { parseDeckMessage } from '../../src/presentation/deck-message';
import { followLink, qrPath } from '../../src/presentation/follow';
import { parseView } from '../../src/store/url';
import { DEFAULT_VIEW } from '../../src/store/view-state';

describe('parseDeckMessage', () => {
  it('accepts a hello and a state, keeping only their fields', () => {
    expect(parseDeckMessage({ type: 'hello', from: 'a1', extra: 1 })).toEqual({ type: 'hello', from: 'a1' });
    const steps = [3, 0, 7];
    const state = parseDeckMessage({ type: 'state', from: 'a1', presenting: true, step: 2, steps, x: 'y' });
    expect(state).toEqual({ type: 'state', from: 'a1', presenting: true, step: 2, steps: [3, 0, 7] });
    // A copy: the sender's array is not shared.
    steps.push(9);
    expect(state?.type === 'state' && state.steps).toEqual([3, 0, 7]);
    expect(parseDeckMessage({ type: 'state', from: 'b', presenting: false, step: 0, steps: null })).toEqual({
      type: 'state',
      from: 'b',
      presenting: false,
      step: 0,
      steps: null,
    });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'state'],
    ['an array', [{ type: 'hello', from: 'a' }]],
    ['no sender', { type: 'hello' }],
    ['an empty sender', { type: 'hello', from: '' }],
    ['a sender that is not a string', { type: 'hello', from: 7 }],
    ['an overlong sender', { type: 'hello', from: 'x'.repeat(65) }],
    ['an unknown type', { type: 'goto', from: 'a', step: 1 }],
    ['a step that is negative', { type: 'state', from: 'a', presenting: true, step: -1, steps: null }],
    ['a step that is a fraction', { type: 'state', from: 'a', presenting: true, step: 1.5, steps: null }],
    ['a step that is a string', { type: 'state', from: 'a', presenting: true, step: '1', steps: null }],
    ['a step that is not finite', { type: 'state', from: 'a', presenting: true, step: Infinity, steps: null }],
    ['a step far past any deck', { type: 'state', from: 'a', presenting: true, step: 1e9, steps: null }],
    ['presenting that is not a boolean', { type: 'state', from: 'a', presenting: 1, step: 0, steps: null }],
    ['steps missing', { type: 'state', from: 'a', presenting: true, step: 0 }],
    ['steps empty', { type: 'state', from: 'a', presenting: true, step: 0, steps: [] }],
    ['steps with a bad number', { type: 'state', from: 'a', presenting: true, step: 0, steps: [1, -2] }],
    ['steps that are not a list', { type: 'state', from: 'a', presenting: true, step: 0, steps: '1,2' }],
  ])('rejects %s', (_what, data) => {
    expect(parseDeckMessage(data)).toBeNull();
  });
});

describe('followLink', () => {
  const known = {
    records: new Set<string>(),
    regions: new Set<string>(),
    industries: new Set<string>(),
    recordDistrict: () => null,
  };

  it('is the step’s link with follow, which opens the same step and marks the page as following', () => {
    const view = { ...DEFAULT_VIEW, presenting: true, step: 9, lang: 'en' as const, theme: 'dark' as const };
    const link = followLink('https://atlas.example/', view);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://atlas.example/');
    expect(url.searchParams.get('p')).toBe('10');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.has('follow')).toBe(true);
    const opened = parseView(url.search, known);
    expect(opened).toMatchObject({ presenting: true, step: 9, lang: 'en', follow: true });
  });

  it('leaves autoplay out (the lobby screen’s, not the audience’s) and keeps the meeting’s steps', () => {
    const view = { ...DEFAULT_VIEW, presenting: true, step: 1, autoplay: 20, steps: [4, 0, 9] };
    const url = new URL(followLink('http://localhost:4173/', view));
    expect(url.searchParams.has('autoplay')).toBe(false);
    expect(url.searchParams.get('steps')).toBe('5,1,10');
  });
});

describe('qrPath', () => {
  it('draws one rectangle per run of dark modules, offset by the quiet zone', () => {
    // 3×3: a dark top row, one dark module in the middle, none at the foot.
    const dark = [
      [true, true, true],
      [false, true, false],
      [false, false, false],
    ];
    const d = qrPath(3, (r, c) => dark[r]?.[c] === true, 4);
    expect(d).toBe('M4 4h3v1h-3zM5 5h1v1h-1z');
  });

  it('splits a row at every light module', () => {
    const row = [true, false, true, true];
    expect(qrPath(4, (r, c) => r === 0 && row[c] === true, 0)).toBe('M0 0h1v1h-1zM2 0h2v1h-2z');
  });

  it('draws nothing for a code with no dark module', () => {
    expect(qrPath(5, () => false)).toBe('');
  });
});
