import { LANGUAGES, LAYER_IDS } from '../../vocabulary';
import { Figures } from '../Figures';
import { ChoroplethClasses, PRECISIONS } from '../Legend';
import { SymbolIcon } from '../SymbolIcon';
import { SvgMap } from '../SvgMap';
import { useAtlas, useModel, useStrings } from '../context';

/**
 * The A4 handout of the selected district: hidden on screen, the only thing printed.
 * It is laid out off-screen rather than not at all, so its map drawing has a size.
 */
export function PrintSheet() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const slug = useAtlas((s) => s.district);
  if (!slug) return null;
  const d = model.districtBySlug[slug];
  const records = d.recordIds.map((id) => model.recordById[id]).filter((r) => r !== undefined);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="print-sheet" aria-hidden="true">
      <div className="print-head">
        <p className="print-app">{t.appTitle}</p>
        <p className="print-title">
          {d.name[lang]} <span>{d.name[LANGUAGES[lang].secondary]}</span>
        </p>
        <p className="print-meta">
          {t.recordsIn(records.length)} · {t.exportMenu.generated(today)}
        </p>
      </div>
      <div className="print-map">
        <SvgMap interactive={false} ignoreCamera />
      </div>
      <div className="print-legend">
        <ChoroplethClasses />
        <ul className="precisions">
          {PRECISIONS.map((p) => (
            <li key={p}>
              <SymbolIcon layer={LAYER_IDS[0]} precision={p} />
              {t.precision[p]}
            </li>
          ))}
        </ul>
      </div>
      <p className="print-h">{t.positioning}</p>
      <p>{d.profile.positioning[lang]}</p>
      <blockquote lang="zh">{d.profile.quote}</blockquote>
      <p className="print-h">{t.keyIndustries}</p>
      <p>
        {d.profile.industries.map((i) => model.industryById[i]?.label[lang] ?? i).join(LANGUAGES[lang].listSeparator)}
      </p>
      <p className="print-h">{t.districtRecords}</p>
      <ol className="print-records">
        {records.map((r) => (
          <li key={r.id}>
            <strong>{r.name[lang]}</strong> <span className="print-kind">{t.kindNames[r.kind]}</span>
            <p>{r.summary[lang]}</p>
            <Figures figures={r.figures} />
            <blockquote lang="zh">{r.quote}</blockquote>
          </li>
        ))}
      </ol>
      <p className="print-foot">{t.attribution}</p>
    </section>
  );
}
