import { countInFilter } from '../../domain/filtered';
import { EXPORT_MENU } from '../../i18n/export-strings';
import { LANGUAGES, LAYER_IDS } from '../../vocabulary';
import { useAtlas, useAtlasShallow, useModel, useStrings } from '../context';
import { useFiltered } from '../derived';
import { useOverlaySink } from '../overlay-sink';
import { fileStem } from './download';
import { useMapHandle } from './map-handle';

/**
 * The export menu's items (ExportMenu.tsx holds the button): pictures, data files and a
 * printed handout of what is on screen. The data files hold the selected district's records
 * in the filter, or every record in the filter, and the menu says which, with the count the
 * district list or the layers panel gives. Rendered only while the menu is open.
 */
export function ExportMenuBody({
  busy,
  setBusy,
  close,
}: {
  busy: boolean;
  setBusy: (busy: boolean) => void;
  /** Closes the menu once an item is chosen. */
  close: () => void;
}) {
  const t = useStrings();
  const model = useModel();
  const handle = useMapHandle();
  const sink = useOverlaySink();
  const { lang, theme, layers, industries, district, region } = useAtlasShallow((s) => ({
    lang: s.lang,
    theme: s.theme,
    layers: s.layers,
    industries: s.industries,
    district: s.district,
    region: s.mapView === 'region',
  }));
  const e = EXPORT_MENU[lang];
  // A handout is a district's, or the regional view's.
  const printable = district !== null || region;
  // The CSV and the handout carry the records' summaries, which come after the map: opening
  // the menu asked for them if they were not here yet, and those two items wait for them.
  const summaries = useAtlas((s) => s.summaries);
  const withSummaries =
    summaries.status === 'ready'
      ? null
      : summaries.status === 'failed'
        ? `${t.summaryFailed}: ${summaries.problems[0] ?? ''}`
        : t.summaryWaiting;
  const filter = { layers, industries };
  const sep = LANGUAGES[lang].listSeparator;
  const describe = () =>
    layers.length === LAYER_IDS.length && industries.length === 0
      ? e.filterAll
      : e.filterSome(
          layers.map((l) => t.layerNames[l]).join(sep),
          industries.map((i) => model.industryById[i]?.label[lang] ?? i).join(sep),
        );

  const picture = async (ratio: number) => {
    close();
    setBusy(true);
    try {
      const { downloadPicture } = await import('./actions');
      await downloadPicture({
        model,
        handle,
        sink,
        t,
        lang,
        theme,
        layers,
        district,
        filterText: describe(),
        stem: fileStem(new Date()),
        ratio,
      });
    } finally {
      setBusy(false);
    }
  };

  const { byDistrict } = useFiltered();
  // The number the district list (a district's records in the filter) or the layers panel (their sum) shows.
  const count = district ? byDistrict[district].total : countInFilter(model, filter);
  const scope = district
    ? e.scopeDistrict(count, model.districtBySlug[district].name[lang], describe())
    : e.scopeFilter(count, describe());
  const stem = () => `${fileStem(new Date())}${district ? `-${district}` : ''}`;
  return (
    <div className="export-menu">
      <p className="export-scope" data-testid="export-scope" data-count={count}>
        {scope}
      </p>
      <ul>
        <li>
          <button
            type="button"
            data-export="png"
            disabled={busy}
            onClick={() => void picture(window.devicePixelRatio || 1)}
          >
            {e.png}
          </button>
        </li>
        <li>
          <button type="button" data-export="png2x" disabled={busy} onClick={() => void picture(2)}>
            {e.png2x}
          </button>
        </li>
        <li>
          <button
            type="button"
            data-export="csv"
            disabled={withSummaries !== null}
            title={withSummaries ?? undefined}
            onClick={() => {
              if (summaries.status !== 'ready') return;
              close();
              void import('./actions').then((a) =>
                a.downloadCsv(model, summaries.byId, filter, district, lang, stem()),
              );
            }}
          >
            {e.csv}
          </button>
        </li>
        <li>
          <button
            type="button"
            data-export="geojson"
            onClick={() => {
              close();
              void import('./actions').then((a) => a.downloadGeoJSON(model, filter, district, stem()));
            }}
          >
            {e.geojson}
          </button>
          <p className="export-note" data-testid="geojson-note">
            {e.geojsonNote}
          </p>
        </li>
        <li>
          <button
            type="button"
            data-export="print"
            disabled={!printable || withSummaries !== null}
            title={printable ? (withSummaries ?? undefined) : e.printNeedsDistrict}
            onClick={() => {
              close();
              window.print();
            }}
          >
            {e.print}
          </button>
        </li>
      </ul>
    </div>
  );
}
