/**
 * The picture's text layout, measured with a stand-in for the canvas: one unit per
 * Latin character, two per Chinese one (about how a sans-serif sets them).
 */
import { describe, expect, it } from 'vitest';
import { HEADER_CSS_PX, headerHeight, SUBTITLE_LINE_CSS_PX, wrapLines } from '../../src/ui/export/compose';
import { LAYER_IDS } from '../../src/domain/schema';
import { EXPORT_MENU } from '../../src/i18n/export-strings';
import { STRINGS } from '../../src/i18n/strings';

const measure = (s: string) => [...s].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 2 : 1), 0);

describe('wrapLines', () => {
  it('keeps every line within the width, and every word, in order', () => {
    const t = STRINGS.en;
    const subtitle = `${EXPORT_MENU.en.filterSome(
      LAYER_IDS.map((l) => t.layerNames[l]).join(', '),
      'Biomedicine, Chips, New materials',
    )} · ${EXPORT_MENU.en.generated('2026-11-25')}`;
    const lines = wrapLines(subtitle, 60, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line), line).toBeLessThanOrEqual(60);
    expect(lines.join(' ').split(/\s+/)).toEqual(subtitle.split(/\s+/));
  });

  it('breaks Chinese between any two characters', () => {
    const text = '图层：创新集聚区与园区、基金与科技金融、平台与研发机构、重大项目、改革与规划、合作与活动';
    const lines = wrapLines(text, 20, measure);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(20);
  });

  it('gives a word wider than the line a line of its own rather than dropping it', () => {
    expect(wrapLines('a supercalifragilistic b', 10, measure)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('leaves a short subtitle on one line', () => {
    expect(wrapLines('All records · Made 2026-11-25', 200, measure)).toEqual(['All records · Made 2026-11-25']);
  });
});

describe('headerHeight', () => {
  it('is the usual band for one line and grows by a line height for each further line', () => {
    expect(headerHeight(1)).toBe(HEADER_CSS_PX);
    expect(headerHeight(3)).toBe(HEADER_CSS_PX + 2 * SUBTITLE_LINE_CSS_PX);
  });
});
