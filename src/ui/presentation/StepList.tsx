import { useState } from 'react';
import { activeDeck, moveStep, toggleStep } from '../../domain/deck-steps';
import { clampStep } from '../../presentation/step-view';
import { useAtlas, useAtlasShallow, useFullTour, useModel } from '../context';
import { useDeckStrings } from './use-deck-strings';
import { stepTitle } from './step-title';

/**
 * The list of steps, opened from the step counter (on the deck and in the presenter
 * view): tap one to go there; or choose and order the steps for this meeting, which the
 * link then carries (`?steps=`). Built for fingers: every row is a large target.
 */
export function StepList() {
  const t = useDeckStrings();
  const model = useModel();
  const tour = useFullTour();
  const { lang, step, steps } = useAtlasShallow((s) => ({ lang: s.lang, step: s.step, steps: s.steps }));
  const goToStep = useAtlas((s) => s.goToStep);
  const setSteps = useAtlas((s) => s.setSteps);
  const close = useAtlas((s) => s.toggleStepList);
  const [choosing, setChoosing] = useState(false);
  const deck = activeDeck(tour, steps);
  const current = clampStep(step, deck.length);
  const title = (i: number) => {
    const s = tour[i];
    if (!s) return { eyebrow: '', title: '' };
    const { eyebrow, title: name, standing } = stepTitle(s, model, t, lang);
    return { eyebrow: standing ? `${eyebrow} · ${standing}` : eyebrow, title: name };
  };
  const chosen = steps ?? [];
  return (
    <div className="deck-steps" role="dialog" aria-modal="true" aria-labelledby="deck-steps-h" data-testid="step-list">
      <header className="deck-steps-head">
        <h2 id="deck-steps-h">{choosing ? t.deck.choose : t.deck.stepList}</h2>
        <button type="button" className="deck-steps-close" onClick={close} autoFocus>
          {t.close}
        </button>
      </header>
      {!choosing ? (
        <>
          <p className="deck-steps-hint">{t.deck.stepListHint}</p>
          <ol className="deck-steps-list">
            {deck.map((s, i) => {
              const { eyebrow, title: name } = title(s.full);
              return (
                <li key={`${s.full}`}>
                  <button
                    type="button"
                    data-step-index={i}
                    aria-current={i === current ? 'step' : undefined}
                    onClick={() => {
                      goToStep(i);
                      close();
                    }}
                  >
                    <span className="deck-steps-n">{i + 1}</span>
                    <span className="deck-steps-eyebrow">{eyebrow}</span>
                    <span className="deck-steps-title">{name}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="deck-steps-foot">
            {steps && <span data-testid="steps-chosen">{t.deck.chosen(deck.length)}</span>}
            <button type="button" data-testid="choose-steps" onClick={() => setChoosing(true)}>
              {t.deck.choose}
            </button>
          </p>
        </>
      ) : (
        <>
          <p className="deck-steps-hint">{t.deck.chooseHint}</p>
          <ol className="deck-steps-list deck-steps-choose">
            {tour.map((_, full) => {
              const at = chosen.indexOf(full);
              const { eyebrow, title: name } = title(full);
              return (
                <li key={full} data-full={full + 1}>
                  <label>
                    <input
                      type="checkbox"
                      checked={at >= 0}
                      onChange={() => setSteps(toggleStep(chosen, full))}
                      data-testid={`choose-${full + 1}`}
                    />
                    <span className="deck-steps-n">{at >= 0 ? at + 1 : ''}</span>
                    <span className="deck-steps-eyebrow">{t.deck.fullNumber(full + 1)}</span>
                    <span className="deck-steps-title">
                      {eyebrow} · {name}
                    </span>
                  </label>
                  {at >= 0 && (
                    <span className="deck-steps-move">
                      <button
                        type="button"
                        aria-label={`${t.deck.moveUp}: ${name}`}
                        disabled={at === 0}
                        onClick={() => setSteps(moveStep(chosen, full, -1))}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={`${t.deck.moveDown}: ${name}`}
                        disabled={at === chosen.length - 1}
                        onClick={() => setSteps(moveStep(chosen, full, 1))}
                      >
                        ↓
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          <p className="deck-steps-foot">
            <span>{t.deck.chosen(steps ? deck.length : tour.length)}</span>
            <button type="button" onClick={() => setSteps(null)} disabled={!steps}>
              {t.deck.allSteps}
            </button>
            <button type="button" className="primary" data-testid="choose-done" onClick={() => setChoosing(false)}>
              {t.deck.done}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
