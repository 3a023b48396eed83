/**
 * The view in the URL's query string, so a link or a reload restores it. Parsing is
 * forgiving by design: an unknown district, record, layer or industry, or a malformed
 * camera, is ignored and the default used — a shared link never crashes the app.
 */
import { cameraFits } from '../domain/camera-limits';
import { isDistrictSlug, type DistrictSlug, type Lang, LANGS, LAYER_IDS } from '../vocabulary';
import { formatSteps, parseSteps } from '../domain/deck-steps';
import { DEFAULT_VIEW, type Camera, type MapView, type ViewState } from './view-state';

/** Ids the URL may refer to. */
export interface KnownIds {
  records: ReadonlySet<string>;
  /** Places the regional view can select. */
  regions: ReadonlySet<string>;
  industries: ReadonlySet<string>;
  /** A record's home district, to keep district and record consistent. */
  recordDistrict: (id: string) => DistrictSlug | null;
}

function list(v: string | null): string[] {
  return v ? v.split(',').filter(Boolean) : [];
}

/** A camera the map can show in this view (camera-limits.ts), or null. */
function parseCamera(v: string | null, mapView: MapView): Camera | null {
  if (!v) return null;
  const parts = v.split(',').map(Number);
  const [lng, lat, zoom] = parts;
  if (parts.length !== 3 || lng === undefined || lat === undefined || zoom === undefined) return null;
  if (![lng, lat, zoom].every(Number.isFinite)) return null;
  const camera = { lng, lat, zoom };
  return cameraFits(camera, mapView) ? camera : null;
}

/** Reads a view from a query string; anything unknown falls back to the default. */
export function parseView(search: string, known: KnownIds): ViewState {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const d = q.get('d');
  const record = q.get('r');
  const layersParam = q.get('l');
  const layers =
    layersParam === null
      ? DEFAULT_VIEW.layers
      : layersParam === 'none'
        ? []
        : LAYER_IDS.filter((l) => list(layersParam).includes(l));
  const view: ViewState = {
    lang: LANGS.includes(lang as Lang) ? (lang as Lang) : DEFAULT_VIEW.lang,
    theme: q.get('t') === 'dark' ? 'dark' : DEFAULT_VIEW.theme,
    layers: layersParam !== null && layers.length === 0 && layersParam !== 'none' ? DEFAULT_VIEW.layers : layers,
    industries: [...new Set(list(q.get('i')).filter((i) => known.industries.has(i)))],
    mapView: q.get('v') === 'region' ? 'region' : 'city',
    district: isDistrictSlug(d) ? d : null,
    record: null,
    region: null,
    camera: null,
    presenting: false,
    step: 0,
    autoplay: null,
    steps: parseSteps(q.get('steps')),
    follow: q.has('follow'),
  };
  // p is the 1-based step of the deck; the controller clamps it to the tour's length.
  const p = Number(q.get('p'));
  if (q.has('p') && Number.isInteger(p) && p >= 1) {
    view.presenting = true;
    view.step = p - 1;
  }
  const auto = Number(q.get('autoplay'));
  if (q.has('autoplay') && Number.isFinite(auto) && auto >= 3 && auto <= 3600) view.autoplay = auto;
  const region = q.get('g');
  if (region && known.regions.has(region)) {
    view.region = region;
    view.mapView = 'region';
    view.district = null;
  }
  if (record && known.records.has(record)) {
    view.record = record;
    view.district = known.recordDistrict(record);
  }
  // Checked against the view the link ends up in: a regional camera is not a city one.
  view.camera = parseCamera(q.get('c'), view.mapView);
  return view;
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** Writes a view as a query string (without "?"), leaving defaults out. */
export function serialiseView(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.record) q.set('r', v.record);
  else if (v.district) q.set('d', v.district);
  else if (v.region) q.set('g', v.region);
  if (v.mapView !== DEFAULT_VIEW.mapView) q.set('v', v.mapView);
  if (v.layers.length !== LAYER_IDS.length) q.set('l', v.layers.length === 0 ? 'none' : v.layers.join(','));
  if (v.industries.length > 0) q.set('i', v.industries.join(','));
  if (v.lang !== DEFAULT_VIEW.lang) q.set('lang', v.lang);
  if (v.theme !== DEFAULT_VIEW.theme) q.set('t', v.theme);
  if (v.steps) q.set('steps', formatSteps(v.steps));
  if (v.presenting) q.set('p', String(v.step + 1));
  if (v.autoplay !== null) q.set('autoplay', String(v.autoplay));
  if (v.follow) q.set('follow', '1');
  if (v.camera) q.set('c', `${round(v.camera.lng, 5)},${round(v.camera.lat, 5)},${round(v.camera.zoom, 2)}`);
  // URLSearchParams encodes commas; they are safe in a query and keep links readable.
  return q.toString().replace(/%2C/g, ',');
}

/** True when moving between the two views is a new place to go back to (a selection change). */
export function isNavigation(a: ViewState, b: ViewState): boolean {
  if (a.presenting || b.presenting) return a.presenting !== b.presenting;
  return a.district !== b.district || a.record !== b.record || a.region !== b.region || a.mapView !== b.mapView;
}
