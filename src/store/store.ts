/**
 * The one store of the app, built from slices. It knows nothing of React or MapLibre:
 * components read it through `useAtlas(selector)`, the map adapter and the URL sync
 * subscribe to it from outside React.
 */
import { createStore, type StateCreator } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { type DeckCard, type DistrictSlug, type Lang, LAYER_IDS, type LayerId, type ThemeName } from '../vocabulary';
import { DEFAULT_VIEW, type Camera, type MapView, type ViewState } from './view-state';
import type { Summaries, SummariesResult } from '../data/summaries';

interface FilterSlice {
  layers: LayerId[];
  industries: string[];
  toggleLayer: (layer: LayerId) => void;
  toggleIndustry: (id: string) => void;
  clearIndustries: () => void;
}

interface SelectionSlice {
  district: DistrictSlug | null;
  record: string | null;
  region: string | null;
  selectDistrict: (slug: DistrictSlug | null) => void;
  /** Selects a record and the district it is drawn in (null for city-wide records). */
  selectRecord: (id: string, district: DistrictSlug | null) => void;
  /** Selects a place in the regional view. */
  selectRegion: (id: string | null) => void;
  /** One step back: record → its district → the city. */
  back: () => void;
}

interface ViewSlice {
  lang: Lang;
  theme: ThemeName;
  mapView: MapView;
  camera: Camera | null;
  /** Bumped to ask the map to frame the current selection again, e.g. "show on map". */
  focusRequest: number;
  setLang: (lang: Lang) => void;
  setTheme: (theme: ThemeName) => void;
  /** Switches between the city map and the regional cooperation view. */
  setMapView: (view: MapView) => void;
  setCamera: (camera: Camera | null) => void;
  requestFocus: () => void;
  /** Replaces the whole linkable view at once (URL load, back/forward). */
  applyView: (view: ViewState) => void;
}

interface PresentationSlice {
  presenting: boolean;
  /** Current tour step, 0-based; the controller keeps it within the tour. */
  step: number;
  blackout: boolean;
  help: boolean;
  /** Seconds per step when autoplaying (lobby screens); null when off. */
  autoplay: number | null;
  /** Autoplay waits after any input until asked to resume. */
  autoplayPaused: boolean;
  /**
   * The step the map has finished drawing (camera settled, map idle), or null while it is
   * still drawing the current one. The controller clears it whenever it shows a step; the
   * autoplay clock counts a step's time from here.
   */
  drawnStep: number | null;
  /** The steps chosen for this meeting (see presentation/deck-steps.ts); null: the whole tour. */
  steps: number[] | null;
  /** A district the presenter tapped on the map: the card shows it until they return to the step. */
  detour: DistrictSlug | null;
  /** Whether the list of steps (to jump to, or to choose the meeting's deck) is open. */
  stepList: boolean;
  /** Whether the QR code of the step's link is shown, for the room to follow along. */
  qr: boolean;
  /** This page follows a presenter's deck in the same browser (ViewState.follow). */
  follow: boolean;
  /** The current step's card: the map is framed beside it. */
  deckCard: DeckCard;
  startPresentation: (step?: number) => void;
  stopPresentation: () => void;
  goToStep: (step: number) => void;
  toggleBlackout: () => void;
  toggleHelp: () => void;
  setAutoplay: (seconds: number | null) => void;
  setAutoplayPaused: (paused: boolean) => void;
  /** The map reports that it has drawn `step`; ignored unless that is the step being shown. */
  stepDrawn: (step: number) => void;
  setSteps: (steps: number[] | null) => void;
  /** Shows a district on the card as a detour from the step; the map highlights it. */
  showDetour: (slug: DistrictSlug) => void;
  /** Back from a detour to the step (the controller restores the step's view). */
  endDetour: () => void;
  toggleStepList: () => void;
  toggleQr: () => void;
}

/**
 * How far the page has come at load: the map is starting ('map'), or has drawn everything
 * once ('done'), and what lies below the fold (the matrix, long lists) waits for that.
 * The panels and lists come with React's first render, before the map is made: that
 * commit repaints the whole window anyway (it replaces index.html's first paint), so they
 * cost the GPU process no frame of their own, and the map is made once the frames are
 * presented (map/frames-calm.ts). Rendered once the map was made instead, they were a
 * frame of their own, which MapLibre's first shader compile waited behind (165–175 ms
 * inside the map's first frame in CPU profiles at 3840×2160, WebGL in software); they
 * came 700 ms later there, and the map was idle no sooner. A store made without saying
 * so (tests, the presenter's window) starts 'done'.
 */
export type Startup = 'map' | 'done';
const STARTUP_ORDER: readonly Startup[] = ['map', 'done'];

interface StartupSlice {
  startup: Startup;
  /** Moves the load on to `stage`; never back. */
  advanceStartup: (stage: Startup) => void;
}

/**
 * The records' summaries, which arrive after the model (data/summaries.ts): waiting (and
 * whether a view has asked for them), then ready or failed with what was wrong.
 */
export type SummaryState =
  | { status: 'waiting'; wanted: boolean }
  | { status: 'ready'; byId: Summaries }
  | { status: 'failed'; problems: readonly string[] };

interface SummarySlice {
  summaries: SummaryState;
  /** A view shows a summary: load them now rather than after the map's first idle. */
  wantSummaries: () => void;
  summariesLoaded: (result: SummariesResult) => void;
}

/** China's outline, a chunk of its own (data/china.ts): whether the last attempt to load it failed. */
interface ChinaSlice {
  chinaFailed: boolean;
  setChinaFailed: (failed: boolean) => void;
}

export type AtlasState = FilterSlice &
  SelectionSlice &
  ViewSlice &
  PresentationSlice &
  StartupSlice &
  SummarySlice &
  ChinaSlice;

const filterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set) => ({
  layers: DEFAULT_VIEW.layers,
  industries: DEFAULT_VIEW.industries,
  toggleLayer: (layer) =>
    set((s) => ({
      layers: s.layers.includes(layer)
        ? s.layers.filter((l) => l !== layer)
        : LAYER_IDS.filter((l) => l === layer || s.layers.includes(l)),
    })),
  toggleIndustry: (id) =>
    set((s) => ({
      industries: s.industries.includes(id) ? s.industries.filter((i) => i !== id) : [...s.industries, id],
    })),
  clearIndustries: () => set({ industries: [] }),
});

const selectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  district: DEFAULT_VIEW.district,
  record: DEFAULT_VIEW.record,
  region: DEFAULT_VIEW.region,
  selectDistrict: (slug) => set({ district: slug, record: null, region: null, camera: null, mapView: 'city' }),
  selectRegion: (id) => set({ region: id, district: null, record: null, camera: null, mapView: 'region' }),
  selectRecord: (id, district) => set({ record: id, district, camera: null }),
  back: () =>
    set((s) =>
      s.record
        ? { record: null, camera: null }
        : s.region
          ? { region: null, camera: null }
          : { district: null, camera: null },
    ),
});

const viewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  lang: DEFAULT_VIEW.lang,
  theme: DEFAULT_VIEW.theme,
  mapView: DEFAULT_VIEW.mapView,
  camera: DEFAULT_VIEW.camera,
  focusRequest: 0,
  setLang: (lang) => set({ lang }),
  setTheme: (theme) => set({ theme }),
  setMapView: (mapView) => set({ mapView, camera: null, district: null, record: null, region: null }),
  setCamera: (camera) => set({ camera }),
  requestFocus: () => set((s) => ({ focusRequest: s.focusRequest + 1, camera: null })),
  applyView: (view) => set({ ...view }),
});

const presentationSlice: StateCreator<AtlasState, [], [], PresentationSlice> = (set) => ({
  presenting: false,
  step: 0,
  blackout: false,
  help: false,
  autoplay: null,
  autoplayPaused: false,
  drawnStep: null,
  deckCard: 'normal',
  steps: DEFAULT_VIEW.steps,
  detour: null,
  stepList: false,
  qr: false,
  follow: DEFAULT_VIEW.follow,
  startPresentation: (step) =>
    set((s) => ({ presenting: true, step: step ?? s.step, blackout: false, help: false, detour: null })),
  stopPresentation: () =>
    set({
      presenting: false,
      blackout: false,
      help: false,
      autoplayPaused: true,
      detour: null,
      stepList: false,
      qr: false,
    }),
  goToStep: (step) => set({ step, blackout: false, detour: null }),
  toggleBlackout: () => set((s) => ({ blackout: !s.blackout })),
  toggleHelp: () => set((s) => ({ help: !s.help, qr: false })),
  setAutoplay: (autoplay) => set({ autoplay, autoplayPaused: false }),
  setAutoplayPaused: (autoplayPaused) => set({ autoplayPaused }),
  stepDrawn: (step) => set((s) => (s.presenting && s.step === step && s.drawnStep !== step ? { drawnStep: step } : s)),
  setSteps: (steps) => set({ steps: steps && steps.length > 0 ? steps : null }),
  showDetour: (slug) => set({ detour: slug, district: slug, record: null, camera: null, stepList: false, help: false }),
  endDetour: () => set({ detour: null }),
  toggleStepList: () => set((s) => ({ stepList: !s.stepList, help: false, qr: false })),
  toggleQr: () => set((s) => ({ qr: !s.qr, help: false, stepList: false })),
});

const startupSlice: StateCreator<AtlasState, [], [], StartupSlice> = (set) => ({
  startup: 'done',
  advanceStartup: (stage) =>
    set((s) => (STARTUP_ORDER.indexOf(stage) > STARTUP_ORDER.indexOf(s.startup) ? { startup: stage } : s)),
});

const summarySlice: StateCreator<AtlasState, [], [], SummarySlice> = (set) => ({
  summaries: { status: 'waiting', wanted: false },
  wantSummaries: () =>
    set((s) =>
      s.summaries.status === 'waiting' && !s.summaries.wanted ? { summaries: { status: 'waiting', wanted: true } } : s,
    ),
  summariesLoaded: (result) =>
    set({
      summaries: result.ok
        ? { status: 'ready', byId: result.summaries }
        : { status: 'failed', problems: result.problems },
    }),
});

const chinaSlice: StateCreator<AtlasState, [], [], ChinaSlice> = (set) => ({
  chinaFailed: false,
  // Unchanged, nothing is told: the map asks again on every change it hears of.
  setChinaFailed: (chinaFailed) => set((s) => (s.chinaFailed === chinaFailed ? s : { chinaFailed })),
});

/** A fresh store; the app makes one, each test makes its own. */
export function createAtlasStore(initial: Partial<ViewState> & { startup?: Startup } = {}) {
  const store = createStore<AtlasState>()((...a) => ({
    ...filterSlice(...a),
    ...selectionSlice(...a),
    ...viewSlice(...a),
    ...presentationSlice(...a),
    ...startupSlice(...a),
    ...summarySlice(...a),
    ...chinaSlice(...a),
  }));
  store.setState(initial);
  return store;
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;

/** Runs `run` once, the first time the state meets `ready` (at once if it already does); returns a cancel. */
export function whenState(store: AtlasStore, ready: (s: AtlasState) => boolean, run: () => void): () => void {
  let done = false;
  const check = (s: AtlasState) => {
    if (done || !ready(s)) return;
    done = true;
    unsubscribe();
    run();
  };
  const unsubscribe = store.subscribe(check);
  check(store.getState());
  return unsubscribe;
}

/** The linkable part of the state. */
export function viewOf(s: AtlasState): ViewState {
  return {
    presenting: s.presenting,
    step: s.step,
    autoplay: s.autoplay,
    steps: s.steps,
    follow: s.follow,
    lang: s.lang,
    theme: s.theme,
    mapView: s.mapView,
    region: s.region,
    layers: s.layers,
    industries: s.industries,
    district: s.district,
    record: s.record,
    camera: s.camera,
  };
}

export type { Camera };
export { useStore };
