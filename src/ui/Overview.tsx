import { lazy, Suspense, useDeferredValue, useLayoutEffect, useMemo, useState } from 'react';
import { LAYER_IDS } from '../vocabulary';
import { Figures } from './Figures';
import { RecordList } from './RecordList';
import { Quote } from './Quote';
import { useAtlas, useModel, useStrings } from './context';
import { useFiltered } from './derived';

// Below the fold, after the map's first idle: a chunk of its own, loaded then (the deck's captions share it).
const Matrix = lazy(() => import('./Matrix').then((m) => ({ default: m.Matrix })));

/** Says when what it is rendered with is on the page: the last child of a Suspense boundary mounts with the rest. */
function Mounted({ onMounted }: { onMounted: (mounted: boolean) => void }) {
  useLayoutEffect(() => onMounted(true), [onMounted]);
  return null;
}

/** The city view: demonstration-zone figures, records by layer, leading districts, city-wide items. */
export function Overview() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const select = useAtlas((s) => s.selectDistrict);
  // Below the fold: after the map's first idle (store.ts, Startup), rendered as a deferred
  // value so that React renders it in tasks of its own, after the map's hand-over: together
  // they were one task of about 250 ms with 100,000 records (the matrix alone is about 90).
  const belowFold = useDeferredValue(useAtlas((s) => s.startup === 'done'));
  // `data-below-fold` says "shown" once the matrix's chunk has come and it is on the page.
  const [belowShown, setBelowShown] = useState(false);
  const { byDistrict, byLayer, matches } = useFiltered();
  const zone = model.records.find((r) => r.kind === 'figure' && r.scope === 'city' && r.figures.length > 0);
  const leading = useMemo(
    () =>
      model.districts
        .filter((d) => byDistrict[d.slug].total > 0)
        .sort((a, b) => byDistrict[b.slug].total - byDistrict[a.slug].total || a.adcode - b.adcode)
        .slice(0, 5),
    [model, byDistrict],
  );
  const beyond = model.beyondDistricts.filter((r) => r !== zone && matches(r));
  return (
    <div className="panel-body" data-view="overview" data-below-fold={belowFold && belowShown ? 'shown' : 'waiting'}>
      <h2 className="panel-title" tabIndex={-1}>
        {t.overview}
      </h2>
      {zone && (
        <section className="card">
          <h3>{t.overviewIntro}</h3>
          <Figures figures={zone.figures} large />
          <Quote text={zone.quote} />
        </section>
      )}
      <section className="card">
        <h3>{t.byLayer}</h3>
        <ul className="bars">
          {LAYER_IDS.map((l) => (
            <li key={l}>
              <span>{t.layerNames[l]}</span>
              <span className="count" data-testid={`overview-layer-count-${l}`}>
                {byLayer[l].total}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h3>{t.leading}</h3>
        <ol className="leading">
          {leading.map((d) => (
            <li key={d.slug}>
              <button type="button" className="link" onClick={() => select(d.slug)}>
                {d.name[lang]}
              </button>
              <span className="count">{t.records(byDistrict[d.slug].total)}</span>
            </li>
          ))}
        </ol>
      </section>
      {belowFold && (
        // One boundary: the list below does not show first and then move down when the matrix comes.
        <Suspense fallback={null}>
          <Matrix />
          <section className="card">
            <h3>{t.beyond}</h3>
            <RecordList records={beyond} />
          </section>
          <Mounted onMounted={setBelowShown} />
        </Suspense>
      )}
    </div>
  );
}
