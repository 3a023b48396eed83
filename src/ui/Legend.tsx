import { LAYER_IDS, type Precision } from '../vocabulary';
import { datasetChoropleth } from '../map/choropleth';
import { THEMES } from '../map/palette';
import type { Strings } from '../i18n/strings';
import { SymbolIcon } from './SymbolIcon';
import { BadgeSwatch, SwatchList, type SwatchLine } from './SwatchList';
import { useAtlas, useModel, useStrings } from './context';

/** How precisely the source places a record, most precise first. */
export const PRECISIONS: readonly Precision[] = ['site', 'approximate', 'district'];

/** The choropleth's classes, every one of them: the same colours mean the same counts in every view. */
export function ChoroplethClasses() {
  const model = useModel();
  const theme = useAtlas((s) => s.theme);
  const scheme = datasetChoropleth(model, theme);
  return (
    <ul className="classes" data-testid="choropleth-classes">
      {scheme.classes.map((c) => (
        <li key={c.from}>
          <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
          {c.from === c.to ? c.from : `${c.from}–${c.to}`}
        </li>
      ))}
    </ul>
  );
}

/** How precisely the source places a record, as the record symbols' fill says it: one line each. */
export function precisionLines(t: Strings): SwatchLine[] {
  return PRECISIONS.map((p) => ({
    key: p,
    swatch: <SymbolIcon layer={LAYER_IDS[0]} precision={p} />,
    label: t.precision[p],
  }));
}

/**
 * Reads off the map: the choropleth classes and the badges; once a district is open, also
 * the record symbols and what their fill says about how precisely the source places them.
 */
export function Legend() {
  const t = useStrings();
  const theme = useAtlas((s) => s.theme);
  const district = useAtlas((s) => s.district);
  return (
    <section className="box legend" aria-labelledby="legend-h" data-map-inset="" data-map-obstacle="">
      <h2 id="legend-h">{t.legend}</h2>
      <h3>{t.choroplethTitle}</h3>
      <ChoroplethClasses />
      <SwatchList lines={[{ key: 'badge', swatch: <BadgeSwatch name={t.districtLabel} />, label: t.badge }]} />
      {district && (
        <>
          <h3>{t.precisionTitle}</h3>
          <SwatchList
            lines={[
              ...precisionLines(t),
              {
                key: 'cluster',
                swatch: (
                  <span className="cluster-swatch" style={{ background: THEMES[theme].clusterFill }} aria-hidden="true">
                    3
                  </span>
                ),
                label: t.cluster,
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
