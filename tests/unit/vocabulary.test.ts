import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings';
import { LANGS, LANGUAGES, SOURCE_LANG, type Lang } from '../../src/vocabulary';

describe('the languages table', () => {
  it('has a row and a set of strings for every language, the source language first', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual([...LANGS].sort());
    expect(Object.keys(STRINGS).sort()).toEqual([...LANGS].sort());
    expect(LANGS[0]).toBe(SOURCE_LANG);
  });

  it('lets the language switch visit every language once before it comes back', () => {
    const seen: string[] = [];
    let lang: Lang = LANGS[0];
    do {
      seen.push(lang);
      lang = LANGUAGES[lang].next;
    } while (lang !== LANGS[0] && seen.length <= LANGS.length);
    expect(seen.sort()).toEqual([...LANGS].sort());
  });

  it('repeats a name in another language, never the same one', () => {
    for (const lang of LANGS) expect(LANGUAGES[lang].secondary).not.toBe(lang);
  });

  it('separates lists with 、 in Chinese and with a comma in English', () => {
    expect(['浦东', '徐汇'].join(LANGUAGES.zh.listSeparator)).toBe('浦东、徐汇');
    expect(['Pudong', 'Xuhui'].join(LANGUAGES.en.listSeparator)).toBe('Pudong, Xuhui');
  });
});
