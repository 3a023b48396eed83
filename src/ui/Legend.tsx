import { useMemo } from 'react';
import { LAYER_IDS, type Precision } from '../domain/schema';
import { buildChoropleth } from '../map/choropleth';
import { BASE } from '../map/palette';
import { SymbolIcon } from './SymbolIcon';
import { useStrings } from './context';
import { useFiltered } from './derived';

const PRECISIONS: Precision[] = ['site', 'approximate', 'district'];

/** Reads off the map: the choropleth classes, the layer symbols and what precision looks like. */
export function Legend() {
  const t = useStrings();
  const { byDistrict } = useFiltered();
  const scale = useMemo(() => buildChoropleth(Object.values(byDistrict).map((c) => c.total)), [byDistrict]);
  return (
    <section className="box legend" aria-labelledby="legend-h">
      <h2 id="legend-h">{t.legend}</h2>
      <h3>{t.choroplethTitle}</h3>
      <ul className="classes" data-testid="choropleth-classes">
        {scale.classes.map((c) => (
          <li key={c.colour}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.from === c.to ? c.from : `${c.from}–${c.to}`}
          </li>
        ))}
      </ul>
      <h3>{t.precisionTitle}</h3>
      <ul className="precisions">
        {PRECISIONS.map((p) => (
          <li key={p}>
            <SymbolIcon layer={LAYER_IDS[0]} precision={p} />
            {t.precision[p]}
          </li>
        ))}
        <li>
          <span className="cluster-swatch" style={{ background: BASE.clusterFill }} aria-hidden="true">
            3
          </span>
          {t.cluster}
        </li>
      </ul>
    </section>
  );
}
