import { useCallback, useRef } from 'react';
import type { RecordEntry } from '../../domain/model';
import { EXPORT_MENU } from '../../i18n/export-strings';
import { LANGUAGES } from '../../vocabulary';
import { Figures } from '../Figures';
import { ChoroplethClasses, precisionLines } from '../Legend';
import { legendEntries } from '../../map/drawing/legend';
import { RegionLegend } from '../RegionLegend';
import { SeaInset } from '../SeaInset';
import { seaInsetForFraming } from '../sea-inset-box';
import { SvgMap } from '../SvgMap';
import { SwatchList } from '../SwatchList';
import { Summary } from '../Summary';
import { useAtlas, useModel, useStrings } from '../context';

/** A record as the handout lists it: name, kind, summary, figures and the source's words. */
function PrintedRecord({ r }: { r: RecordEntry }) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  return (
    <li>
      <strong>{r.name[lang]}</strong> <span className="print-kind">{t.kindNames[r.kind]}</span>
      <Summary id={r.id} className="print-summary" />
      <Figures figures={r.figures} />
      <blockquote lang="zh">{r.quote}</blockquote>
    </li>
  );
}

/**
 * The handout of the regional view: the map of China with Shanghai's links, carrying the
 * South China Sea Islands inset as the screen does (a national map on paper needs it as
 * much), then every linked place with its records.
 */
function RegionSheet() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const map = useRef<HTMLDivElement>(null);
  // The framing keeps the places clear of the inset, as on screen (MapView).
  const seaInset = useCallback(
    () => seaInsetForFraming(map.current, { mapView: 'region', lang, presenting: false }),
    [lang],
  );
  const records = new Set(model.regionLinks.flatMap((l) => l.recordIds));
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="print-sheet" aria-hidden="true" data-view="regions">
      <div className="print-head">
        <p className="print-app">{t.appTitle}</p>
        <p className="print-title">{t.regionView.title}</p>
        <p className="print-meta">
          {t.regionView.records(records.size)} · {EXPORT_MENU[lang].generated(today)}
        </p>
      </div>
      <div className="print-map" ref={map}>
        <SvgMap interactive={false} ignoreCamera seaInset={seaInset} />
        <SeaInset camera={null} forExport={false} />
      </div>
      <div className="print-legend">
        <RegionLegend />
      </div>
      <p className="print-h">{t.regionView.intro}</p>
      {model.regionLinks.map((l) => (
        <section key={l.region.id} data-region={l.region.id}>
          <p className="print-h">
            {l.region.name[lang]} <span className="print-kind">{t.records(l.recordIds.length)}</span>
          </p>
          <ol className="print-records">
            {l.recordIds.map((id) => {
              const r = model.recordById[id];
              return r ? <PrintedRecord key={id} r={r} /> : null;
            })}
          </ol>
        </section>
      ))}
      <p className="print-foot">{t.attribution}</p>
    </section>
  );
}

/**
 * The A4 handout of the selected district, or of the regional view: hidden on screen, the only thing printed.
 * It is laid out off-screen rather than not at all, so its map drawing has a size.
 */
export function PrintSheet() {
  const t = useStrings();
  const model = useModel();
  const lang = useAtlas((s) => s.lang);
  const slug = useAtlas((s) => s.district);
  const theme = useAtlas((s) => s.theme);
  const region = useAtlas((s) => s.mapView === 'region');
  if (!slug) return region ? <RegionSheet /> : null;
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
          {t.recordsIn(records.length)} · {EXPORT_MENU[lang].generated(today)}
        </p>
      </div>
      <div className="print-map">
        <SvgMap interactive={false} ignoreCamera />
      </div>
      <div className="print-legend">
        <ChoroplethClasses />
        <SwatchList lines={precisionLines(t, legendEntries(model, theme, slug).symbols)} />
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
          <PrintedRecord key={r.id} r={r} />
        ))}
      </ol>
      <p className="print-foot">{t.attribution}</p>
    </section>
  );
}
