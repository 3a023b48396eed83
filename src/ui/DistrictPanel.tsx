import { useMemo } from 'react';
import { countByDistrict } from '../domain/join';
import { KINDS, LANGUAGES, LAYER_IDS, type DistrictSlug } from '../vocabulary';
import { RecordList } from './RecordList';
import { Quote } from './Quote';
import { useAtlas, useModel, useStrings } from './context';
import { useFiltered } from './derived';

/** One district: positioning, key industries, its records grouped by kind. */
export function DistrictPanel({ slug }: { slug: DistrictSlug }) {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const back = useAtlas((s) => s.back);
  const { matches, byDistrict } = useFiltered();
  // The counts the district list and the deck use: all the district's records, and those in the filter.
  const all = useMemo(() => countByDistrict(model, { layers: LAYER_IDS, industries: [] }), [model]);
  const d = model.districtBySlug[slug];
  const records = d.recordIds.map((id) => model.recordById[id]).filter((r) => r !== undefined);
  const shown = records.filter(matches);
  const total = all[slug].total;
  const inFilter = byDistrict[slug].total;
  return (
    <div className="panel-body" data-view="district" data-district={slug}>
      <button type="button" className="back" onClick={back}>
        ← {t.backToCity}
      </button>
      <h2 className="panel-title" tabIndex={-1}>
        {d.name[lang]}
      </h2>
      <p className="panel-sub">
        {d.name[LANGUAGES[lang].secondary]} · {d.areaKm2.toLocaleString(LANGUAGES[lang].locale)} km² ·{' '}
        {t.recordsIn(total)}
      </p>
      <section className="card">
        <h3>{t.positioning}</h3>
        <p className="positioning">{d.profile.positioning[lang]}</p>
        <Quote text={d.profile.quote} />
      </section>
      <section className="card">
        <h3>{t.keyIndustries}</h3>
        <ul className="tags">
          {d.profile.industries.map((id) => {
            const ind = model.industryById[id];
            return ind ? (
              <li key={id} style={{ ['--c' as string]: ind.colour }}>
                <span className="chip-dot" aria-hidden="true" />
                {ind.label[lang]}
              </li>
            ) : null;
          })}
        </ul>
      </section>
      <section className="card">
        <h3>
          {t.districtRecords} <span className="count">{inFilter === total ? total : `${inFilter} / ${total}`}</span>
        </h3>
        {KINDS.map((kind) => {
          const group = shown.filter((r) => r.kind === kind);
          if (group.length === 0) return null;
          return (
            <div key={kind} className="group">
              <h4>{t.kindNames[kind]}</h4>
              <RecordList records={group} />
            </div>
          );
        })}
      </section>
    </div>
  );
}
