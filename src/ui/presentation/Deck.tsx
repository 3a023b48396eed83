import { lazy, Suspense, useEffect } from 'react';
import { clampStep, viewForStep } from '../../presentation/step-view';
import { ChoroplethClasses } from '../Legend';
import { Caption } from './Caption';
import { DeckNav, DeckToolbar } from './DeckControls';
import { DetourCard } from './DetourCard';
import { StepList } from './StepList';
import { useSwipe } from './useSwipe';
import { StepMap } from './StepMap';
import { useAtlas, useAtlasShallow, useTour } from '../context';
import { useDeckStrings } from './use-deck-strings';

function Help() {
  const t = useDeckStrings();
  const toggle = useAtlas((s) => s.toggleHelp);
  return (
    <div className="deck-help" role="dialog" aria-modal="true" aria-labelledby="deck-help-h">
      <h2 id="deck-help-h">{t.deck.helpTitle}</h2>
      <dl>
        {t.deck.keys.map(([k, v]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="primary" onClick={toggle} autoFocus>
        {t.close}
      </button>
    </div>
  );
}

/** The QR code of the step's link: its encoder is loaded only when the presenter first shows it. */
const FollowQr = lazy(() => import('./FollowQr'));

/** The choropleth's classes for every step drawn on the city map. */
function DeckLegend() {
  const t = useDeckStrings();
  return (
    <section className="deck-legend" aria-label={t.legend} data-map-obstacle="" data-map-inset="">
      <h2>{t.choroplethTitle}</h2>
      <ChoroplethClasses />
    </section>
  );
}

/**
 * A long press or a double tap on a touch panel must not select text or open a menu in
 * front of the room: the deck takes the context menu for itself while it is shown.
 */
function useNoContextMenu(): void {
  useEffect(() => {
    const block = (e: Event) => e.preventDefault();
    window.addEventListener('contextmenu', block);
    return () => window.removeEventListener('contextmenu', block);
  }, []);
}

/**
 * The presentation overlay: the caption card (or a district the presenter tapped) with
 * previous / next at its foot, a legend, progress, a toolbar, the list of steps, blank
 * screen and help. Everything a clicker's keys do, a finger or a mouse can do here.
 */
export function Deck() {
  const t = useDeckStrings();
  const tour = useTour();
  const { step, drawn, blackout, help, stepList, detour, qr } = useAtlasShallow((s) => ({
    step: s.step,
    drawn: s.drawnStep === s.step,
    blackout: s.blackout,
    help: s.help,
    stepList: s.stepList,
    detour: s.detour,
    qr: s.qr,
  }));
  const goToStep = useAtlas((s) => s.goToStep);
  const toggleBlackout = useAtlas((s) => s.toggleBlackout);
  useNoContextMenu();
  const i = clampStep(step, tour.length);
  const swipe = useSwipe((dir) => goToStep(clampStep(dir === 'next' ? i + 1 : i - 1, tour.length)));
  const current = tour[i];
  if (!current) return null;
  const nav = <DeckNav index={i} total={tour.length} />;
  return (
    // data-drawn: whether the map has finished drawing this step (autoplay's clock runs from then); read by tests.
    <div className="deck" data-drawn={drawn ? 'true' : 'false'}>
      <StepMap step={current} />
      {detour ? (
        <DetourCard slug={detour} index={i} total={tour.length} footer={nav} swipe={swipe} />
      ) : (
        <Caption step={current} index={i} total={tour.length} footer={nav} swipe={swipe} />
      )}
      {viewForStep(current).mapView === 'city' && <DeckLegend />}
      <div
        className="deck-progress"
        role="progressbar"
        aria-valuemin={1}
        aria-valuemax={tour.length}
        aria-valuenow={i + 1}
        aria-label={t.deck.step(i + 1, tour.length)}
      >
        <span style={{ width: `${((i + 1) / tour.length) * 100}%` }} />
      </div>
      <DeckToolbar />
      {stepList && <StepList />}
      {help && <Help />}
      {qr && (
        <Suspense fallback={null}>
          <FollowQr />
        </Suspense>
      )}
      {blackout && (
        // A tap on the black screen brings the picture back, as B or . does.
        <div className="deck-blackout" data-testid="blackout" onClick={toggleBlackout}>
          <span className="sr-only">{t.deck.blackout}</span>
        </div>
      )}
    </div>
  );
}
