import { useMemo, type ReactNode } from 'react';
import { LANGUAGES, SCOPES } from '../../vocabulary';
import { CAPTION_RECORDS, stepCounts, type TourStep } from '../../domain/tour';
import { Figures } from '../Figures';
import { Matrix } from '../Matrix';
import { deckCardFor } from '../../map/deck-layout';
import { captionParts } from './caption-parts';
import { stepTitle } from './step-title';
import type { SwipeHandlers } from './useSwipe';
import { SymbolIcon } from '../SymbolIcon';
import { useAtlas, useModel } from '../context';
import { useDeckStrings } from './use-deck-strings';

/** Districts shown in the deck's matrix: the busiest, so it reads at presentation size. */
export const MATRIX_ROWS = 8;

/** The step counter: a button that opens the list of steps (to jump, or to choose the meeting's deck). */
export function StepCounter({ index, total }: { index: number; total: number }) {
  const t = useDeckStrings();
  const toggle = useAtlas((s) => s.toggleStepList);
  return (
    <button
      type="button"
      className="caption-counter"
      data-testid="deck-counter"
      aria-label={t.deck.counterLabel(index + 1, total)}
      aria-haspopup="dialog"
      onClick={toggle}
    >
      {t.deck.step(index + 1, total)}
    </button>
  );
}

/** The card beside the map for one tour step: what it is about, key facts, and their source. */
export function Caption({
  step,
  index,
  total,
  footer,
  swipe,
}: {
  step: TourStep;
  index: number;
  total: number;
  /** The deck's own controls, at the foot of the card. */
  footer?: ReactNode;
  /** Pointer handlers that read a swipe on the card. */
  swipe?: SwipeHandlers;
}) {
  const t = useDeckStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const records = step.recordIds.map((id) => model.recordById[id]).filter((r) => r !== undefined);
  const focus = step.focus;
  // Every number on the card comes from the step's counts: the ones the layers panel and the district list use.
  const counts = useMemo(() => stepCounts(model, step), [model, step]);
  const kind = focus.type;
  const parts = captionParts(kind);
  const topDistricts = useMemo(() => {
    if (!captionParts(kind).topDistricts) return [];
    const byDistrict = counts.byDistrict;
    return model.districts
      .filter((d) => byDistrict[d.slug].total > 0)
      .sort((a, b) => byDistrict[b.slug].total - byDistrict[a.slug].total || a.adcode - b.adcode)
      .slice(0, 3)
      .map((d) => ({ d, n: byDistrict[d.slug].total }));
  }, [model, kind, counts]);
  const layerCount = counts.layer;
  const breakdown = layerCount
    ? t.deck.breakdown(
        SCOPES.filter((s) => layerCount.byScope[s] > 0).map((s) => t.deck.inScope[s](layerCount.byScope[s])),
      )
    : null;

  const { eyebrow, title, standing } = stepTitle(step, model, t, lang);
  const district = focus.type === 'district' ? model.districtBySlug[focus.district] : null;
  const lead = district ? district.profile.positioning[lang] : null;
  const allFigures = records.find((r) => r.figures.length > 0)?.figures ?? [];
  const figures = allFigures.slice(0, parts.figures);
  const list = parts.records ? records.slice(0, figures.length > 0 ? CAPTION_RECORDS - 1 : CAPTION_RECORDS) : [];
  const rest = parts.records ? records.length - list.length : 0;
  return (
    <article
      className={deckCardFor(kind) === 'wide' ? 'caption caption-wide' : 'caption'}
      data-step={step.id}
      data-map-obstacle=""
      {...swipe}
    >
      <header className="caption-head">
        <span className="caption-eyebrow">{eyebrow}</span>
        <StepCounter index={index} total={total} />
      </header>
      <div className="caption-body" aria-live="polite">
        <h2 className="caption-title">{title}</h2>
        {standing && <p className="caption-standing">{standing}</p>}
        {lead && <p className="caption-lead">{lead}</p>}
        {breakdown && (
          <p className="caption-lead" data-testid="caption-breakdown">
            {breakdown}
          </p>
        )}
        {parts.topDistricts && (
          <p className="caption-lead">
            {t.deck.topDistricts}:{' '}
            {topDistricts.map(({ d, n }) => `${d.name[lang]} ${n}`).join(LANGUAGES[lang].listSeparator)}
          </p>
        )}
        {figures.length > 0 && <Figures figures={figures} large />}
        {list.length > 0 && (
          <ul className="caption-records">
            {list.map((r) => (
              <li key={r.id}>
                <SymbolIcon layer={r.layer} precision="site" />
                {r.name[lang]}
              </li>
            ))}
            {rest > 0 && <li className="caption-more">{t.deck.more(rest)}</li>}
          </ul>
        )}
        {parts.matrix && <Matrix rows={MATRIX_ROWS} deck />}
        <blockquote className="caption-quote" lang="zh">
          {step.quote}
        </blockquote>
        <p className="caption-source">{t.deck.source}</p>
      </div>
      {footer}
    </article>
  );
}
