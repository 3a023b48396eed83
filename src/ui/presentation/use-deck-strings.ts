/**
 * The interface's words with the deck's (i18n/deck-strings.ts) for the deck's views. The
 * deck's words are not in STRINGS: only the deck's chunks carry them, so the opening page
 * loads 1.5 KB less.
 */
import { DECK, type DeckStrings } from '../../i18n/deck-strings';
import { STRINGS, type Strings } from '../../i18n/strings';
import type { Lang } from '../../vocabulary';
import { useAtlas } from '../context';

export type DeckUiStrings = Strings & { deck: DeckStrings };

const WITH_DECK: Record<Lang, DeckUiStrings> = {
  zh: { ...STRINGS.zh, deck: DECK.zh },
  en: { ...STRINGS.en, deck: DECK.en },
};

export function useDeckStrings(): DeckUiStrings {
  return WITH_DECK[useAtlas((s) => s.lang)];
}
