import { districtsNotInSource } from '../domain/places';
import type { DistrictSlug } from '../domain/schema';
import { Figures } from './Figures';
import { Quote } from './Quote';
import { SymbolIcon } from './SymbolIcon';
import { useAtlas, useModel, useStrings } from './context';
import { Summary } from './Summary';
import { LANGUAGES, SOURCE_LANG } from '../vocabulary';

/** One record: what it is, where, its figures and the source phrase behind it. */
export function RecordPanel({ id }: { id: string }) {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const back = useAtlas((s) => s.back);
  const selectDistrict = useAtlas((s) => s.selectDistrict);
  const requestFocus = useAtlas((s) => s.requestFocus);
  const r = model.recordById[id];
  if (!r) return null;
  const home = r.districts[0] ? model.districtBySlug[r.districts[0]] : undefined;
  const precision = r.location?.precision;
  const unnamed = districtsNotInSource(r);
  const names = (slugs: readonly DistrictSlug[]) =>
    slugs.map((s) => model.districtBySlug[s].name[lang]).join(LANGUAGES[lang].listSeparator);
  return (
    <div className="panel-body" data-view="record" data-record={r.id}>
      <button type="button" className="back" onClick={back}>
        ← {home ? home.name[lang] : t.backToCity}
      </button>
      <p className="eyebrow">
        <SymbolIcon layer={r.layer} precision={precision ?? 'site'} />
        {t.layerNames[r.layer]} · {t.kindNames[r.kind]}
      </p>
      <h2 className="panel-title" tabIndex={-1}>
        {r.name[lang]}
      </h2>
      {lang !== SOURCE_LANG && (
        <p className="panel-sub" lang="zh">
          {r.name.zh}
        </p>
      )}
      <Summary id={r.id} />
      <Figures figures={r.figures} />
      <dl className="facts">
        <div>
          <dt>{r.scope === 'district' ? t.district : t.scope[r.scope]}</dt>
          <dd>
            {r.scope === 'district'
              ? r.districts.map((slug, i) => (
                  <span key={slug}>
                    {i > 0 && LANGUAGES[lang].listSeparator}
                    <button type="button" className="link" onClick={() => selectDistrict(slug)}>
                      {model.districtBySlug[slug].name[lang]}
                    </button>
                  </span>
                ))
              : r.regions.map((id) => model.regionById[id]?.name[lang] ?? id).join(LANGUAGES[lang].listSeparator)}
            {unnamed && (
              <span className="hint districts-not-in-source">
                {t.districtsNotInSource(unnamed.name[lang], names(unnamed.districts))}
              </span>
            )}
          </dd>
        </div>
        {r.industries.length > 0 && (
          <div>
            <dt>{t.keyIndustries}</dt>
            <dd>
              {r.industries.map((i) => model.industryById[i]?.label[lang] ?? i).join(LANGUAGES[lang].listSeparator)}
            </dd>
          </div>
        )}
        {precision && (
          <div>
            <dt>{t.precisionTitle}</dt>
            <dd>{t.precision[precision]}</dd>
          </div>
        )}
      </dl>
      <Quote text={r.quote} />
      {r.location && (
        <button type="button" className="primary" onClick={requestFocus}>
          {t.showOnMap}
        </button>
      )}
    </div>
  );
}
