import { clampStep } from '../../presentation/step-view';
import { useAtlas, useAtlasShallow } from '../context';
import { useDeckStrings } from './use-deck-strings';
import { openPresenterWindow, toggleFullscreen } from './useDeckKeys';

/**
 * Previous and next at the foot of the card, with autoplay's pause and resume and the
 * step's QR code between them: what a presenter with a touch panel or a mouse has instead of a clicker. They
 * are sized in the card's type, so they grow with the screen.
 */
export function DeckNav({ index, total }: { index: number; total: number }) {
  const t = useDeckStrings();
  const { autoplay, paused } = useAtlasShallow((s) => ({ autoplay: s.autoplay, paused: s.autoplayPaused }));
  const goToStep = useAtlas((s) => s.goToStep);
  const setPaused = useAtlas((s) => s.setAutoplayPaused);
  const toggleQr = useAtlas((s) => s.toggleQr);
  const go = (i: number) => goToStep(clampStep(i, total));
  return (
    <nav className="deck-nav" aria-label={t.deck.stepList}>
      <button type="button" data-testid="deck-prev" onClick={() => go(index - 1)} disabled={index === 0}>
        <span aria-hidden="true">‹</span> {t.deck.prev}
      </button>
      {autoplay !== null && (
        <button
          type="button"
          className="deck-autoplay"
          data-testid="deck-autoplay"
          aria-pressed={!paused}
          onClick={() => setPaused(!paused)}
        >
          {paused ? `▶ ${t.deck.autoplayResume}` : `❚❚ ${t.deck.autoplayPause}`}
        </button>
      )}
      {/* The step's link as a QR code, for the room to follow on their phones (also the Q key). */}
      <button type="button" className="deck-qr-open" data-testid="deck-qr-button" onClick={toggleQr}>
        {t.deck.qr}
      </button>
      <button type="button" data-testid="deck-next" onClick={() => go(index + 1)} disabled={index >= total - 1}>
        {t.deck.nextBtn} <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}

/**
 * The deck's toolbar: leave, presenter view, blank, full screen, help, reset the map (once
 * it was moved). The step's QR code is at the card's foot, beside previous and next: the
 * toolbar stays as short as it was, so the map's names keep their places beside it.
 */
export function DeckToolbar() {
  const t = useDeckStrings();
  const { lang, steps, moved, autoplay, paused } = useAtlasShallow((s) => ({
    lang: s.lang,
    steps: s.steps,
    moved: s.camera !== null,
    autoplay: s.autoplay,
    paused: s.autoplayPaused,
  }));
  const stop = useAtlas((s) => s.stopPresentation);
  const toggleHelp = useAtlas((s) => s.toggleHelp);
  const toggleBlackout = useAtlas((s) => s.toggleBlackout);
  const setCamera = useAtlas((s) => s.setCamera);
  return (
    <div className="deck-toolbar" data-map-obstacle="" data-map-inset="">
      {/* Short words on the buttons, so the toolbar leaves the map its names; the full ones are their names. */}
      <button type="button" data-testid="deck-exit" aria-label={t.deck.exit} onClick={stop}>
        ✕ {t.deck.exitShort}
      </button>
      <button type="button" aria-label={t.deck.presenter} onClick={() => openPresenterWindow(lang, steps)}>
        {t.deck.presenterShort}
      </button>
      <button type="button" data-testid="deck-blank" onClick={toggleBlackout}>
        {t.deck.blank}
      </button>
      <button type="button" onClick={toggleFullscreen}>
        {t.deck.fullscreen}
      </button>
      <button type="button" onClick={toggleHelp} aria-label={t.deck.helpTitle}>
        ?
      </button>
      {/* Always there, so the toolbar (which framing keeps clear of) keeps its size; live once the
          presenter has panned or zoomed: one tap brings the step's own framing back. */}
      <button
        type="button"
        className="deck-reset"
        data-testid="deck-reset"
        disabled={!moved}
        onClick={() => setCamera(null)}
      >
        ⟲ {t.deck.resetMap}
      </button>
      {autoplay !== null && (
        <span className="deck-autoplay-state" role="status">
          {paused ? t.deck.autoplayPaused : t.deck.autoplayOn(autoplay)}
        </span>
      )}
    </div>
  );
}
