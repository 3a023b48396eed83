import { regionHeadline } from '../domain/links';
import { Figures } from './Figures';
import { Quote } from './Quote';
import { RecordList } from './RecordList';
import { Summary } from './Summary';
import { useAtlas, useModel, useStrings } from './context';

/** The regional view's panel: every linked place with its records, or one place in full. */
export function RegionPanel() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.region);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const back = useAtlas((s) => s.back);
  const links = model.regionLinks;
  const link = links.find((l) => l.region.id === selected);
  if (link) {
    // The place's figures lead: records with figures first, their figures before their summary.
    const all = link.recordIds.map((id) => model.recordById[id]).filter((r) => r !== undefined);
    const records = [...all.filter((r) => r.figures.length > 0), ...all.filter((r) => r.figures.length === 0)];
    return (
      <div className="panel-body" data-view="region" data-region={link.region.id}>
        <button type="button" className="back" onClick={back}>
          ← {t.regionView.back}
        </button>
        <h2 className="panel-title" tabIndex={-1}>
          {link.region.name[lang]}
        </h2>
        <p className="panel-sub">{t.regionView.records(records.length)}</p>
        {records.map((r) => (
          <section key={r.id} className="card" data-record={r.id}>
            <h3>{r.name[lang]}</h3>
            <Figures figures={r.figures} large sourceUnits />
            <Summary id={r.id} />
            <Quote text={r.quote} />
          </section>
        ))}
      </div>
    );
  }
  const others = model.records.filter((r) => r.scope === 'region' && !links.some((l) => l.recordIds.includes(r.id)));
  const headline = regionHeadline(model);
  return (
    <div className="panel-body" data-view="regions">
      <h2 className="panel-title" tabIndex={-1}>
        {t.regionView.title}
      </h2>
      {headline && (
        <section className="card region-headline" data-testid="region-headline" data-record={headline.id}>
          <h3>{headline.name[lang]}</h3>
          <Figures figures={headline.figures} large sourceUnits />
          <Summary id={headline.id} />
          <Quote text={headline.quote} />
        </section>
      )}
      <p className="panel-sub">{t.regionView.intro}</p>
      <ul className="region-list">
        {links.map((l) => (
          <li key={l.region.id}>
            <button type="button" data-region={l.region.id} onClick={() => selectRegion(l.region.id)}>
              <span>{l.region.name[lang]}</span>
              <span className="count">{t.records(l.recordIds.length)}</span>
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <section className="card">
          <h3>{t.scope.region}</h3>
          <RecordList records={others} />
        </section>
      )}
    </div>
  );
}
