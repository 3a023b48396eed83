import { useEffect, useState } from 'react';
import { clampStep } from '../../presentation/step-view';
import { formatFigure } from '../../domain/format';
import { stepCounts } from '../../domain/tour';
import { Caption } from './Caption';
import { StepList } from './StepList';
import { stepTitle } from './step-title';
import { useDeckKeys } from './useDeckKeys';
import { Summary } from '../Summary';
import { useAtlas, useModel, useTour } from '../context';
import { useDeckStrings } from './use-deck-strings';

function Timer() {
  const t = useDeckStrings();
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const secs = Math.max(0, Math.floor((now - start) / 1000));
  const mm = String(Math.floor(secs / 60)).padStart(2, '0');
  const ss = String(secs % 60).padStart(2, '0');
  return (
    <div className="presenter-timer">
      <span>{t.deck.timer}</span>
      <strong data-testid="presenter-timer">
        {mm}:{ss}
      </strong>
      <button type="button" onClick={() => setStart(Date.now())}>
        {t.deck.resetTimer}
      </button>
    </div>
  );
}

/** The presenter's window: current and next step, speaker notes from the data, a timer. */
export function PresenterView() {
  const t = useDeckStrings();
  const model = useModel();
  const tour = useTour();
  const lang = useAtlas((s) => s.lang);
  const step = useAtlas((s) => s.step);
  const goToStep = useAtlas((s) => s.goToStep);
  const stepList = useAtlas((s) => s.stepList);
  useDeckKeys(tour.length, true);
  useEffect(() => {
    document.title = `${t.deck.presenter} · ${t.appTitle}`;
  }, [t]);
  const i = clampStep(step, tour.length);
  const current = tour[i];
  const next = tour[i + 1];
  if (!current) return null;
  const notes = current.recordIds.map((id) => model.recordById[id]).filter((r) => r !== undefined);
  // The step's headline count, as the caption and the layers panel give it; the notes list exactly those records.
  const headline = stepCounts(model, current).headline;
  return (
    <main className="presenter" data-step={current.id}>
      <section className="presenter-current">
        <Caption step={current} index={i} total={tour.length} />
      </section>
      <aside className="presenter-side">
        <Timer />
        <div className="presenter-nav">
          <button type="button" onClick={() => goToStep(clampStep(i - 1, tour.length))} disabled={i === 0}>
            ← {t.deck.prev}
          </button>
          <button type="button" onClick={() => goToStep(clampStep(i + 1, tour.length))} disabled={!next}>
            {t.deck.nextBtn} →
          </button>
        </div>
        <h2>{t.deck.next}</h2>
        <p className="presenter-next" data-testid="presenter-next">
          {next ? `${i + 2}. ${stepTitle(next, model, t, lang).title}` : '—'}
        </p>
        <h2>
          {t.deck.notes}
          {headline !== null && <span className="count"> · {t.records(headline)}</span>}
        </h2>
        <ol className="presenter-notes">
          {notes.map((r) => (
            <li key={r.id}>
              <strong>{r.name[lang]}</strong>
              <Summary id={r.id} className="presenter-summary" />
              {r.figures.length > 0 && (
                <p className="presenter-figures">
                  {r.figures.map((f) => `${f.measure[lang]}: ${formatFigure(f, lang)}`).join(' · ')}
                </p>
              )}
              <blockquote lang="zh">{r.quote}</blockquote>
            </li>
          ))}
        </ol>
      </aside>
      {stepList && <StepList />}
    </main>
  );
}
