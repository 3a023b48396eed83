/**
 * The view state: everything a link must restore. Plain data only (no functions or
 * class instances), so it serialises to the URL and compares cheaply.
 */
import { type DistrictSlug, type Lang, LAYER_IDS, type LayerId, type ThemeName } from '../vocabulary.ts';

export type MapView = 'city' | 'region';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface ViewState {
  lang: Lang;
  /** Light for bright rooms, dark (high contrast) for projectors. */
  theme: ThemeName;
  /** Visible point layers; also the layers the choropleth counts. */
  layers: LayerId[];
  /** Picked industries; empty means no industry filter. */
  industries: string[];
  /** The city's districts, or Shanghai's links to the rest of China. */
  mapView: MapView;
  district: DistrictSlug | null;
  record: string | null;
  /** A place outside Shanghai selected in the regional view (regions.json id). */
  region: string | null;
  /** Last camera the user settled on; null means "fit to the selection or the city". */
  camera: Camera | null;
  /** Presentation mode and its step (0-based), so a link can open the deck at a step. */
  presenting: boolean;
  step: number;
  /** Seconds per step for lobby autoplay; null when off. */
  autoplay: number | null;
  /** The steps of the full tour chosen for this meeting (0-based, in order); null: the whole tour. */
  steps: number[] | null;
  /** A page that follows the presenter's deck in the same browser (presentation/follow.ts): it moves with it, never moves it. */
  follow: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  lang: 'zh',
  theme: 'light',
  layers: [...LAYER_IDS],
  industries: [],
  mapView: 'city',
  district: null,
  record: null,
  region: null,
  camera: null,
  presenting: false,
  step: 0,
  autoplay: null,
  steps: null,
  follow: false,
};

/**
 * What the city drawn into index.html shows (tools/first-paint.ts): the city in the light
 * theme, its districts coloured by every layer's count, nothing picked or selected. While
 * the view is this one, that drawing can stand in for the map (ui/FirstPaint.tsx).
 */
export const FIRST_PAINT_VIEW = { theme: 'light', layers: LAYER_IDS, industries: [] } as const;

/** Whether the first paint's drawing shows this view (the language does not matter: it has no text). */
export function showsFirstPaint(v: ViewState): boolean {
  return (
    v.theme === FIRST_PAINT_VIEW.theme &&
    v.mapView === 'city' &&
    v.district === null &&
    v.record === null &&
    v.region === null &&
    v.camera === null &&
    !v.presenting &&
    v.industries.length === 0 &&
    v.layers.length === FIRST_PAINT_VIEW.layers.length &&
    FIRST_PAINT_VIEW.layers.every((l) => v.layers.includes(l))
  );
}
