/**
 * Figures as people read them: the source's own unit in Chinese ("10亿元"), and the
 * same amount in English words ("CNY 1 billion"). The value itself is never altered.
 */
import type { Figure, Unit } from './schema';
import type { Lang } from '../vocabulary';
import { assertNever } from './exhaustive';

/** Multiplier from the source unit to yuan, for the money units. */
const YUAN: Partial<Record<Unit, number>> = { 万亿元: 1e12, 亿元: 1e8 };

/**
 * The English noun for a counting unit. 家 and 个 count whatever the measure names
 * (maker spaces, organisations, projects), so they get none: "14", not "14 organisations".
 */
const EN_COUNT: Partial<Record<Unit, [string, string]>> = {
  项: ['item', 'items'],
  家: ['', ''],
  个: ['', ''],
  所: ['university', 'universities'],
  条: ['measure', 'measures'],
  吨: ['tonne', 'tonnes'],
};

function trimNumber(n: number, digits: number): string {
  return Number(n.toFixed(digits)).toLocaleString('en-US');
}

/** Amount in yuan for money figures, else undefined. */
export function yuanOf(f: Pick<Figure, 'value' | 'unit'>): number | undefined {
  const m = YUAN[f.unit];
  return m === undefined ? undefined : f.value * m;
}

/** "3.95万亿元" in Chinese; "CNY 3.95 trillion" in English. */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'approx'>, lang: Lang): string {
  switch (lang) {
    case 'zh':
      return `${f.approx ? '近' : ''}${f.value}${f.unit}`;
    case 'en':
      return englishFigure(f);
    default:
      return assertNever(lang, 'language');
  }
}

function englishFigure(f: Pick<Figure, 'value' | 'unit' | 'approx'>): string {
  const approx = f.approx ? 'nearly ' : '';
  const yuan = yuanOf(f);
  if (yuan !== undefined) {
    if (yuan >= 1e12) return `${approx}CNY ${trimNumber(yuan / 1e12, 2)} trillion`;
    if (yuan >= 1e9) return `${approx}CNY ${trimNumber(yuan / 1e9, 2)} billion`;
    return `${approx}CNY ${trimNumber(yuan / 1e6, 1)} million`;
  }
  if (f.unit === '%') return `${approx}${f.value}%`;
  const words = EN_COUNT[f.unit];
  const word = words ? (f.value === 1 ? words[0] : words[1]) : '';
  return `${approx}${f.value.toLocaleString('en-US')}${word ? ` ${word}` : ''}`;
}

/** "22.83%" with its sign, for growth rates. */
export function formatPercent(v: number): string {
  return `${v > 0 ? '+' : ''}${v}%`;
}
