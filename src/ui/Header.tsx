import { Search } from './Search';
import { ExportMenu } from './export/ExportMenu';
import { useAtlas, useStrings } from './context';

/** Title, search and the language switch. */
export function Header() {
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
      <ExportMenu />
      <button type="button" className="present" title={t.presentLabel} aria-keyshortcuts="F5" onClick={() => start(0)}>
        ▶ {t.present}
      </button>
      <button
        type="button"
        className="lang-switch"
        lang={lang === 'zh' ? 'en' : 'zh'}
        title={t.switchLangLabel}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t.switchLang}
      </button>
    </header>
  );
}
