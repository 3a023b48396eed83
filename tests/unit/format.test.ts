import { describe, expect, it } from 'vitest';
import { formatFigure, formatPercent, yuanOf } from '../../src/domain/format';
import { LANGS } from '../../src/vocabulary';
import { loadValidData } from './fixtures/real-data';

describe('formatFigure', () => {
  it('writes 10亿元 as the source does in Chinese, and as CNY 1 billion in English', () => {
    expect(formatFigure({ value: 10, unit: '亿元' }, 'zh')).toBe('10亿元');
    expect(formatFigure({ value: 10, unit: '亿元' }, 'en')).toBe('CNY 1 billion');
  });

  it('writes 3.95万亿元 as CNY 3.95 trillion', () => {
    expect(formatFigure({ value: 3.95, unit: '万亿元' }, 'zh')).toBe('3.95万亿元');
    expect(formatFigure({ value: 3.95, unit: '万亿元' }, 'en')).toBe('CNY 3.95 trillion');
  });

  it('says "近" and "nearly" for an approximate figure', () => {
    expect(formatFigure({ value: 170, unit: '亿元', approx: true }, 'zh')).toBe('近170亿元');
    expect(formatFigure({ value: 170, unit: '亿元', approx: true }, 'en')).toBe('nearly CNY 17 billion');
  });

  it('converts hundreds of millions of yuan below a billion to millions', () => {
    expect(formatFigure({ value: 5, unit: '亿元' }, 'en')).toBe('CNY 500 million');
    expect(formatFigure({ value: 0.35, unit: '亿元' }, 'en')).toBe('CNY 35 million');
  });

  it('rounds large money amounts to two decimals with thousands separators', () => {
    expect(formatFigure({ value: 2148.36, unit: '亿元' }, 'en')).toBe('CNY 214.84 billion');
    expect(formatFigure({ value: 15000, unit: '亿元' }, 'en')).toBe('CNY 1.5 trillion');
    expect(formatFigure({ value: 12.5, unit: '万亿元' }, 'en')).toBe('CNY 12.5 trillion');
  });

  it('counts items with a thousands separator and an English noun', () => {
    expect(formatFigure({ value: 1910, unit: '项' }, 'en')).toBe('1,910 items');
    expect(formatFigure({ value: 1910, unit: '项' }, 'zh')).toBe('1910项');
  });

  it('uses the singular for one', () => {
    expect(formatFigure({ value: 1, unit: '所' }, 'en')).toBe('1 university');
    expect(formatFigure({ value: 2, unit: '所' }, 'en')).toBe('2 universities');
    expect(formatFigure({ value: 1, unit: '吨' }, 'en')).toBe('1 tonne');
  });

  it('writes percentages the same in both languages', () => {
    expect(formatFigure({ value: 22.83, unit: '%' }, 'zh')).toBe('22.83%');
    expect(formatFigure({ value: 22.83, unit: '%' }, 'en')).toBe('22.83%');
    expect(formatFigure({ value: 60, unit: '%', approx: true }, 'en')).toBe('nearly 60%');
  });

  it('writes no noun for 个 or 家, which the measure names instead', () => {
    expect(formatFigure({ value: 16, unit: '个' }, 'en')).toBe('16');
    expect(formatFigure({ value: 14, unit: '家' }, 'en')).toBe('14');
    expect(formatFigure({ value: 14, unit: '家' }, 'zh')).toBe('14家');
  });

  it('names what the 14 of the first registration batch are: maker spaces, not just organisations', () => {
    const r = loadValidData().records.find((x) =>
      x.figures.some((f) => f.unit === '家' && x.quote.includes('众创空间')),
    );
    const f = r?.figures.find((x) => x.unit === '家');
    if (!r || !f) throw new Error('the data has no count of maker spaces in 家');
    expect(f.measure.en).toMatch(/maker spaces/i);
    expect(`${f.measure.en}: ${formatFigure(f, 'en')}`).not.toMatch(/organisation/);
  });

  it('formats every figure of the real records readably in both languages', () => {
    const bad: string[] = [];
    for (const r of loadValidData().records)
      for (const f of r.figures)
        for (const lang of LANGS) {
          const text = formatFigure(f, lang);
          if (/NaN|undefined|null|Infinity|^\s|\s$|\s\s/.test(text) || !/\d/.test(text))
            bad.push(`${r.id} ${lang}: "${text}"`);
        }
    expect(bad).toEqual([]);
  });

  it('shows each real figure in Chinese exactly as its quote writes it', () => {
    const missing: string[] = [];
    for (const r of loadValidData().records)
      for (const f of r.figures) {
        const text = formatFigure({ ...f, approx: false }, 'zh');
        if (!r.quote.includes(text)) missing.push(`${r.id}: ${text}`);
      }
    expect(missing).toEqual([]);
  });
});

describe('yuanOf', () => {
  it('converts money units to yuan and leaves other units alone', () => {
    expect(yuanOf({ value: 3.95, unit: '万亿元' })).toBeCloseTo(3.95e12, -3);
    expect(yuanOf({ value: 10, unit: '亿元' })).toBe(1e9);
    expect(yuanOf({ value: 10, unit: '项' })).toBeUndefined();
    expect(yuanOf({ value: 10, unit: '%' })).toBeUndefined();
  });
});

describe('formatPercent', () => {
  it('shows the sign of a growth rate', () => {
    expect(formatPercent(22.83)).toBe('+22.83%');
    expect(formatPercent(-3.5)).toBe('-3.5%');
    expect(formatPercent(0)).toBe('0%');
  });
});
