import type { Ref } from 'react';
import { Search } from './Search';
import { ShareButton } from './ShareButton';
import { ExportMenu } from './export/ExportMenu';
import { useAtlas, useStrings } from './context';
import { LANGUAGES } from '../vocabulary';

/** The drawer the menu button opens on screens narrower than the desk. */
export const MENU_ID = 'menu-drawer';

/**
 * Title, search and the language switch. Below the desk's width the tools (share, export,
 * present, language) and the sidebar move into a drawer behind the menu button, so the
 * header is one line.
 */
export function Header({
  menuOpen,
  onMenu,
  menuButton,
}: {
  menuOpen: boolean;
  onMenu: (open: boolean) => void;
  /** The menu button, to which focus returns when the drawer closes (drawer-focus.ts). */
  menuButton?: Ref<HTMLButtonElement>;
}) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const setLang = useAtlas((s) => s.setLang);
  const start = useAtlas((s) => s.startPresentation);
  return (
    <header className="header">
      <div className="header-title">
        <h1>{t.appTitle}</h1>
        <p>{t.appSubtitle}</p>
      </div>
      <Search />
      <div className="header-tools">
        <ShareButton />
        <ExportMenu />
        <button
          type="button"
          className="present"
          title={t.presentLabel}
          aria-keyshortcuts="F5"
          onClick={() => start(0)}
        >
          ▶ {t.present}
        </button>
        <button
          type="button"
          className="lang-switch"
          lang={LANGUAGES[lang].next}
          title={t.switchLangLabel}
          onClick={() => setLang(LANGUAGES[lang].next)}
        >
          {t.switchLang}
        </button>
      </div>
      <button
        type="button"
        className="menu-button"
        ref={menuButton}
        data-testid="menu-button"
        aria-expanded={menuOpen}
        aria-controls={MENU_ID}
        aria-label={menuOpen ? t.small.menuClose : t.small.menuOpen}
        onClick={() => onMenu(!menuOpen)}
      >
        <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span>
      </button>
    </header>
  );
}
