/**
 * The regional view's legend, at the desk and on the deck's regional step: the arcs, the
 * places they end at, Shanghai as their origin, and what a place's number counts. One
 * record can name several places, so the places' numbers add up to more than the view's
 * total; the legend says so, as the room will otherwise wonder.
 */
import { THEMES } from '../map/palette';
import { useAtlas, useStrings } from './context';
import { BadgeSwatch, SwatchList } from './SwatchList';

export function RegionLegend({ deck = false }: { deck?: boolean }) {
  const t = useStrings();
  const theme = useAtlas((s) => s.theme);
  const c = THEMES[theme];
  const l = t.stepMap.regionLegend;
  return (
    <section
      className={deck ? 'deck-legend region-legend' : 'box legend region-legend'}
      aria-labelledby="region-legend-h"
      data-testid="region-legend"
      data-map-inset=""
      data-map-obstacle=""
    >
      <h2 id="region-legend-h">{t.legend}</h2>
      <SwatchList
        lines={[
          {
            key: 'arc',
            swatch: (
              <svg className="region-legend-swatch" viewBox="0 0 32 16" aria-hidden="true">
                <path d="M2 13 Q16 -1 30 9" fill="none" stroke={c.link} strokeWidth={2.5} strokeLinecap="round" />
              </svg>
            ),
            label: l.arc,
          },
          {
            key: 'place',
            swatch: (
              <svg className="region-legend-swatch" viewBox="0 0 32 16" aria-hidden="true">
                <circle cx={16} cy={8} r={6.5} fill={c.link} stroke={c.labelHalo} strokeWidth={1.5} />
              </svg>
            ),
            label: l.place,
          },
          { key: 'badge', swatch: <BadgeSwatch name={l.sample} />, label: l.badge },
        ]}
      />
      <p className="region-legend-note" data-testid="region-legend-note">
        {l.note}
      </p>
    </section>
  );
}
