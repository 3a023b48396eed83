import type { Strings } from '../i18n/strings';
import { legendEntries } from '../map/drawing/legend';
import type { LegendEntries } from '../map/drawing/types';
import { SymbolIcon } from './SymbolIcon';
import { BadgeSwatch, SwatchList, type SwatchLine } from './SwatchList';
import { useAtlas, useModel, useStrings } from './context';

/** The choropleth's classes, every one of them: the same colours mean the same counts in every view. */
export function ChoroplethClasses() {
  const model = useModel();
  const theme = useAtlas((s) => s.theme);
  const { classes } = legendEntries(model, theme, null);
  return (
    <ul className="classes" data-testid="choropleth-classes">
      {classes.map((c) => (
        <li key={c.from}>
          <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
          {c.from === c.to ? c.from : `${c.from}–${c.to}`}
        </li>
      ))}
    </ul>
  );
}

/** How precisely the source places a record, as the record symbols' fill says it: one line each (the drawing model's). */
export function precisionLines(t: Strings, symbols: LegendEntries['symbols']): SwatchLine[] {
  return symbols.map((s) => ({
    key: s.precision,
    swatch: <SymbolIcon layer={s.layer} precision={s.precision} />,
    label: t.precision[s.precision],
  }));
}

/**
 * Reads off the map: the choropleth classes and the badges; once a district is open, also
 * the record symbols and what their fill says about how precisely the source places them.
 */
export function Legend() {
  const t = useStrings();
  const model = useModel();
  const theme = useAtlas((s) => s.theme);
  const district = useAtlas((s) => s.district);
  // What the map draws for this theme and selection (map/drawing/legend.ts): the symbols and clusters once a district is open.
  const { symbols, cluster } = legendEntries(model, theme, district);
  return (
    <section className="box legend" aria-labelledby="legend-h" data-map-inset="" data-map-obstacle="">
      <h2 id="legend-h">{t.legend}</h2>
      <h3>{t.choroplethTitle}</h3>
      <ChoroplethClasses />
      <SwatchList lines={[{ key: 'badge', swatch: <BadgeSwatch name={t.districtLabel} />, label: t.badge }]} />
      {symbols.length > 0 && (
        <>
          <h3>{t.precisionTitle}</h3>
          <SwatchList
            lines={[
              ...precisionLines(t, symbols),
              ...(cluster
                ? [
                    {
                      key: 'cluster',
                      swatch: (
                        <span
                          className="cluster-swatch"
                          style={{ background: cluster.fill, color: cluster.text }}
                          aria-hidden="true"
                        >
                          3
                        </span>
                      ),
                      label: t.cluster,
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </section>
  );
}
