import { LANGUAGES, LAYER_IDS, type DistrictSlug } from '../../vocabulary';
import { useFiltered } from '../derived';
import { SymbolIcon } from '../SymbolIcon';
import { useAtlas, useModel } from '../context';
import { useDeckStrings } from './use-deck-strings';
import { StepCounter } from './Caption';
import type { SwipeHandlers } from './useSwipe';

/** Names of a layer's records the card lists before "…". */
const NAMES_PER_LAYER = 2;

/**
 * A district the presenter tapped on the deck's map: the card shows it (its count in the
 * step's filter, the badge's number; its records by layer; the source phrase on it) until
 * one control brings the step back. The step itself does not change.
 */
export function DetourCard({
  slug,
  index,
  total,
  footer,
  swipe,
}: {
  slug: DistrictSlug;
  index: number;
  total: number;
  footer?: React.ReactNode;
  swipe?: SwipeHandlers;
}) {
  const t = useDeckStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const endDetour = useAtlas((s) => s.endDetour);
  const { byDistrict, matches } = useFiltered();
  const d = model.districtBySlug[slug];
  const records = model.records.filter((r) => r.districts.includes(slug) && matches(r));
  const byLayer = LAYER_IDS.map((layer) => ({ layer, rs: records.filter((r) => r.layer === layer) })).filter(
    (g) => g.rs.length > 0,
  );
  const sep = LANGUAGES[lang].itemSeparator;
  return (
    <article className="caption caption-detour" data-detour={slug} data-map-obstacle="" {...swipe}>
      <header className="caption-head">
        <span className="caption-eyebrow">
          {t.deck.detour} · {t.deck.district}
        </span>
        <StepCounter index={index} total={total} />
      </header>
      <div className="caption-body" aria-live="polite">
        <h2 className="caption-title">{d.name[lang]}</h2>
        <p className="caption-lead" data-testid="detour-count">
          {t.deck.detourRecords(byDistrict[slug].total)}
        </p>
        {byLayer.length > 0 && (
          <ul className="caption-records" aria-label={t.deck.byLayer}>
            {byLayer.map(({ layer, rs }) => (
              <li key={layer} data-layer={layer}>
                <SymbolIcon layer={layer} precision="site" />
                <span>
                  <strong>
                    {t.layerNames[layer]} {rs.length}
                  </strong>
                  {LANGUAGES[lang].colon}
                  {rs
                    .slice(0, NAMES_PER_LAYER)
                    .map((r) => r.name[lang])
                    .join(sep)}
                  {rs.length > NAMES_PER_LAYER ? ' …' : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
        <blockquote className="caption-quote" lang="zh">
          {d.profile.quote}
        </blockquote>
        <p className="caption-source">{t.deck.source}</p>
      </div>
      <button type="button" className="detour-back" data-testid="detour-back" onClick={endDetour}>
        ← {t.deck.backToStep(index + 1)}
      </button>
      {footer}
    </article>
  );
}
