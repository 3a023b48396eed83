/**
 * What the export menu's items do: a picture of the map, the records as CSV or GeoJSON.
 * A chunk of its own, loaded when an item is chosen: nobody pays for it at start.
 */
import { exportRecords, recordsCsv, recordsGeoJSON } from './records';
import type { AtlasModel, RecordFilter } from '../../domain/model';
import type { DistrictSlug, Lang, LayerId, ThemeName } from '../../vocabulary';
import { EXPORT_MENU } from '../../i18n/export-strings';
import type { Strings } from '../../i18n/strings';
import { datasetChoropleth } from '../../map/choropleth';
import type { OverlaySink } from '../overlay-sink';
import { composePicture, svgSnapshot } from './compose';
import { drawInset } from './draw-inset';
import { drawOverlay } from './draw-overlay';
import { canvasBlob, downloadBlob, downloadText } from './download';
import type { Summaries } from '../../data/summaries';
import type { MapHandle } from './map-handle';

export interface PictureRequest {
  model: AtlasModel;
  handle: MapHandle;
  sink: OverlaySink | null;
  t: Strings;
  lang: Lang;
  theme: ThemeName;
  layers: readonly LayerId[];
  district: DistrictSlug | null;
  /** The filter in words, for the subtitle. */
  filterText: string;
  stem: string;
  ratio: number;
}

/** A PNG of the map as the screen shows it, names and all, with title, legend, date and attribution. */
export async function downloadPicture(r: PictureRequest): Promise<void> {
  const now = new Date();
  const svg = document.querySelector<SVGSVGElement>('svg[data-testid=svg-map]');
  const map = r.handle.current
    ? await r.handle.current.snapshot(r.ratio)
    : svg
      ? await svgSnapshot(svg, r.ratio)
      : null;
  if (!map) return;
  // The names, counts and symbols over the map are not in its canvas: draw them as the screen shows them.
  const overlay = r.sink?.current;
  const mapCtx = map.getContext('2d');
  if (overlay && mapCtx) drawOverlay(mapCtx, overlay.layout, overlay.theme, r.ratio);
  // The South China Sea Islands inset, where the screen shows it (the regional view).
  const inset = r.sink?.inset;
  if (inset && mapCtx) drawInset(mapCtx, inset.model, inset.box, r.ratio);
  const place = r.district ? ` · ${r.model.districtBySlug[r.district].name[r.lang]}` : '';
  const canvas = composePicture(
    map,
    r.ratio,
    {
      title: `${r.t.appTitle}${place}`,
      subtitle: `${r.filterText} · ${EXPORT_MENU[r.lang].generated(now.toISOString().slice(0, 10))}`,
      legendTitle: r.t.choroplethTitle,
      layerNames: r.t.layerNames,
      attribution: r.t.attribution,
    },
    datasetChoropleth(r.model, r.theme).classes,
    r.layers,
  );
  downloadBlob(await canvasBlob(canvas), `${r.stem}${r.ratio === 1 ? '' : `@${r.ratio}x`}.png`);
}

/** The records of the filter (or of the selected district in it) as CSV in the interface language. */
export function downloadCsv(
  model: AtlasModel,
  summaries: Summaries,
  filter: RecordFilter,
  district: DistrictSlug | null,
  lang: Lang,
  stem: string,
) {
  downloadText(
    recordsCsv(model, summaries, exportRecords(model, filter, district), lang),
    `${stem}.csv`,
    'text/csv;charset=utf-8',
  );
}

/** The same records as GeoJSON. */
export function downloadGeoJSON(model: AtlasModel, filter: RecordFilter, district: DistrictSlug | null, stem: string) {
  downloadText(
    recordsGeoJSON(model, exportRecords(model, filter, district)),
    `${stem}.geojson`,
    'application/geo+json',
  );
}
