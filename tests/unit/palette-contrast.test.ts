/**
 * The interface's text stays readable in both rooms: on every field, row and chosen control
 * the text colour the stylesheet sets there contrasts with the fill at least 4.5:1 (WCAG AA
 * for body text). The dark room once kept the light room's white search box under its
 * near-white text, and its current district and pressed chip did not show.
 */
import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast, UI_THEMES } from '../../src/map/palette';
import { THEME_NAMES } from '../../src/vocabulary';

describe.each(THEME_NAMES)('the %s room', (theme) => {
  const ui = UI_THEMES[theme];
  // Text colour and fill, as app.css pairs them.
  const pairs: [string, string, string][] = [
    ['the search field', ui.ink, ui.search.field],
    ['the search results', ui.ink, ui.search.results],
    ['a row under the pointer or the keyboard', ui.ink, ui.hoverFill],
    ['a record under the pointer', ui.ink, ui.recordHover],
    ['an industry chip', ui.ink, ui.chip.fill],
    ['a pressed industry chip', ui.onBrand, ui.chip.pressed],
    ['a district button', ui.ink, ui.districtButton.fill],
    ['a district button under the pointer', ui.ink, ui.districtButton.hover],
    ['the current district', ui.onBrand, ui.districtButton.current],
    ["the current district's count", ui.districtButton.currentCount, ui.districtButton.current],
    ['a card', ui.ink, ui.card],
  ];

  it.each(pairs)('reads %s at 4.5:1 or better', (_what, text, fill) => {
    expect(contrast(text, fill)).toBeGreaterThanOrEqual(4.5);
  });

  it('shows what is chosen apart from what is not', () => {
    expect(contrast(ui.chip.pressed, ui.chip.fill)).toBeGreaterThan(1.5);
    expect(contrast(ui.districtButton.current, ui.districtButton.fill)).toBeGreaterThan(1.5);
  });
});
