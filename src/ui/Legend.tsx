import { LAYER_IDS, type Precision } from '../vocabulary';
import { datasetChoropleth } from '../map/choropleth';
import { THEMES } from '../map/palette';
import { SymbolIcon } from './SymbolIcon';
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

/** A district's badge as the map draws it, for the legend. */
export function BadgeSample() {
  const t = useStrings();
  return (
    <li>
      <span className="legend-badge" aria-hidden="true">
        <span className="map-badge-name">{t.districtLabel}</span>
        <span className="map-badge-count">3</span>
      </span>
      {t.badge}
    </li>
  );
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
      <ul className="precisions">
        <BadgeSample />
      </ul>
      {district && (
        <>
          <h3>{t.precisionTitle}</h3>
          <ul className="precisions">
            {PRECISIONS.map((p) => (
              <li key={p}>
                <SymbolIcon layer={LAYER_IDS[0]} precision={p} />
                {t.precision[p]}
              </li>
            ))}
            <li>
              <span className="cluster-swatch" style={{ background: THEMES[theme].clusterFill }} aria-hidden="true">
                3
              </span>
              {t.cluster}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
