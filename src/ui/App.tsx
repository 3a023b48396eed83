import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { MapHandleContext, type MapHandle } from './export/map-handle';
import { OverlaySinkContext, type OverlaySink } from './overlay-sink';
import { Header, MENU_ID } from './Header';
import { useDrawerFocus } from './drawer-focus';
import { MapView } from './MapView';
import { Panel } from './Panel';
import { Sidebar } from './Sidebar';
import { useDeckKeys } from './presentation/useDeckKeys';
import { useAtlas, useModel, useStrings, useTour } from './context';
import { UpdateNotice } from './UpdateNotice';
import { PrintHandout } from './export/PrintHandout';
import { SummariesStatus } from './Summary';
import { LANGUAGES } from '../vocabulary';

// Only a presentation needs the deck: it is a chunk of its own (so is the print handout, see PrintHandout).
const Deck = lazy(() => import('./presentation/Deck').then((m) => ({ default: m.Deck })));

/** The menu drawer's boxes, in the order focus goes through them: the header's tools (when in the drawer), then the sidebar. */
const DRAWER_PARTS = ['.header-tools', `#${MENU_ID}`] as const;

/** Announces the selection to screen readers without moving focus. */
function LiveStatus() {
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const district = useAtlas((s) => s.district);
  const record = useAtlas((s) => s.record);
  const t = useStrings();
  const text = record
    ? (model.recordById[record]?.name[lang] ?? '')
    : district
      ? model.districtBySlug[district].name[lang]
      : t.overview;
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}

export function App() {
  const lang = useAtlas((s) => s.lang);
  const back = useAtlas((s) => s.back);
  const presenting = useAtlas((s) => s.presenting);
  const theme = useAtlas((s) => s.theme);
  const district = useAtlas((s) => s.district);
  const record = useAtlas((s) => s.record);
  const t = useStrings();
  // The menu drawer (screens narrower than the desk) closes by itself once a choice changes
  // the selection, so the sheet it opened is in view.
  const selection = `${district ?? ''}|${record ?? ''}|${presenting ? 'deck' : ''}`;
  const [menu, setMenu] = useState({ open: false, at: selection });
  const menuOpen = menu.open && menu.at === selection;
  const openMenu = (open: boolean) => setMenu({ open, at: selection });
  const menuButton = useRef<HTMLButtonElement>(null);
  useDrawerFocus(menuOpen && !presenting, DRAWER_PARTS, menuButton);
  useDeckKeys(useTour().length);
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    // Leaving the deck returns focus to the button that started it, not to the page body.
    if (wasPresenting.current && !presenting) document.querySelector<HTMLElement>('.present')?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  useEffect(() => {
    document.documentElement.lang = LANGUAGES[lang].tag;
    document.title = t.appTitle;
  }, [lang, t]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (menuOpen) setMenu((m) => ({ ...m, open: false }));
      else back();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [back, menuOpen]);
  const mapHandle = useMemo<MapHandle>(() => ({ current: null }), []);
  const overlaySink = useMemo<OverlaySink>(() => ({ current: null }), []);
  return (
    <MapHandleContext.Provider value={mapHandle}>
      <OverlaySinkContext.Provider value={overlaySink}>
        <div
          className={`app theme-${theme}${presenting ? ' presenting' : ''}`}
          data-menu={menuOpen ? 'open' : 'closed'}
        >
          <SummariesStatus />
          {!presenting && <Header menuOpen={menuOpen} onMenu={openMenu} menuButton={menuButton} />}
          {/* The map comes before the sidebar in the page (the grid places them), so its view
              switch comes before the district list in the Tab order. */}
          <main className="main">
            <MapView />
            <footer className="attribution">{t.attribution}</footer>
            {presenting && (
              <Suspense fallback={null}>
                <Deck />
              </Suspense>
            )}
          </main>
          {!presenting && <Sidebar />}
          {menuOpen && !presenting && (
            // A tap beside the drawer closes it (Escape too); not a Tab stop, the menu button is.
            <div className="menu-scrim" data-testid="menu-scrim" aria-hidden="true" onClick={() => openMenu(false)} />
          )}
          {!presenting && <Panel />}
          <LiveStatus />
          <UpdateNotice />
          <PrintHandout />
        </div>
      </OverlaySinkContext.Provider>
    </MapHandleContext.Provider>
  );
}
