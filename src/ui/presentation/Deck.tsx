import { clampStep, viewForStep } from '../../presentation/step-view';
import { ChoroplethClasses } from '../Legend';
import { Caption } from './Caption';
import { StepMap } from './StepMap';
import { openPresenterWindow } from './useDeckKeys';
import { useAtlas, useAtlasShallow, useStrings, useTour } from '../context';

function Help() {
  const t = useStrings();
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

/** The choropleth's classes for every step drawn on the city map. */
function DeckLegend() {
  const t = useStrings();
  return (
    <section className="deck-legend" aria-label={t.legend} data-map-obstacle="" data-map-inset="">
      <h2>{t.choroplethTitle}</h2>
      <ChoroplethClasses />
    </section>
  );
}

/** The presentation overlay: caption card, legend, progress, blank screen, help and a small toolbar. */
export function Deck() {
  const t = useStrings();
  const tour = useTour();
  const { step, drawn, blackout, help, autoplay, autoplayPaused, lang } = useAtlasShallow((s) => ({
    step: s.step,
    drawn: s.drawnStep === s.step,
    blackout: s.blackout,
    help: s.help,
    autoplay: s.autoplay,
    autoplayPaused: s.autoplayPaused,
    lang: s.lang,
  }));
  const stop = useAtlas((s) => s.stopPresentation);
  const toggleHelp = useAtlas((s) => s.toggleHelp);
  const i = clampStep(step, tour.length);
  const current = tour[i];
  if (!current) return null;
  return (
    // data-drawn: whether the map has finished drawing this step (autoplay's clock runs from then); read by tests.
    <div className="deck" data-drawn={drawn ? 'true' : 'false'}>
      <StepMap step={current} />
      <Caption step={current} index={i} total={tour.length} />
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
      <div className="deck-toolbar" data-map-obstacle="" data-map-inset="">
        <button type="button" onClick={stop}>
          {t.deck.exit}
        </button>
        <button type="button" onClick={() => openPresenterWindow(lang)}>
          {t.deck.presenter}
        </button>
        <button type="button" onClick={toggleHelp} aria-label={t.deck.helpTitle}>
          ?
        </button>
        {autoplay !== null && (
          <span className="deck-autoplay">{autoplayPaused ? t.deck.autoplayPaused : t.deck.autoplayOn(autoplay)}</span>
        )}
      </div>
      {help && <Help />}
      {blackout && (
        <div className="deck-blackout" data-testid="blackout">
          <span className="sr-only">{t.deck.blackout}</span>
        </div>
      )}
    </div>
  );
}
