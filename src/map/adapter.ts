/**
 * The one owner of the MapLibre map. It creates and destroys the map, wires the worker,
 * registers symbols, and is the only code that calls map methods. It reads the store
 * from outside React (subscribe) and writes back only what the map alone knows: the
 * pointer's hover, clicks and the camera a user settled on.
 *
 * It compares the store with what it last applied to the map, not with the store's
 * previous state, so an update is applied once however many listeners wrote to the
 * store in between. It applies them after the browser's next paint (frame-scheduler.ts):
 * the panel a click changes is on screen before the map starts its work for it, and the
 * map follows one frame later. The overlay (names, counts, the selection's symbols) reads
 * the camera through `cameraSource`.
 */
import {
  Map as MlMap,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapOptions,
} from 'maplibre-gl';
import workerUrl from 'virtual:maplibre-worker-url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AtlasModel } from '../domain/model';
import type { DistrictSlug, LayerId } from '../domain/schema';
import { ZOOM_LIMITS } from '../domain/camera-limits';
import type { HoverStore } from '../store/hover';
import type { AtlasState, AtlasStore } from '../store/store';
import type { CameraSource } from './camera-source';
import { CHINA_BELOW_ZOOM, loadChina } from '../data/china';
import { drawMissingIcons, ICON_PIXEL_RATIO } from './icons';
import { toLngLatZoom, type LngLatZoom } from './mercator-camera';
import type { Padding } from './frame-padding';
import { frameOptions, frameView, modelBounds, type FrameOptions } from './framing';
import { GROUND_MIN_ZOOM, groundOnMap } from './overlay/thresholds';
import type { OverlayCamera } from './overlay/types';
import { districtFills, overlayGroundDistrict } from './drawing';
import { assertNever } from '../domain/exhaustive';
import type { ThemeName } from '../vocabulary';
import { screenScale } from './screen-scale';
import { pointsGeoJSON } from './sources';
import {
  buildStyle,
  CITY_LAYERS,
  INTERACTIVE_LAYERS,
  LAYER,
  linkOpacity,
  pointerTarget,
  pointsFilter,
  REGION_LAYERS,
  scaledLayout,
  scaledPaint,
  SOURCE,
  themePaint,
  type StyleLayerId,
} from './style';
import { actOnHit, type OverlayHit } from './overlay-hit';
import { afterNextPaint, FrameScheduler } from './frame-scheduler';

setWorkerUrl(workerUrl);

export interface AtlasMapOptions {
  /** True when the user asked for reduced motion: camera moves become jumps. */
  reducedMotion: () => boolean;
  /** Called once, after the first time the map has drawn everything. */
  onFirstIdle?: () => void;
  /** The browser window's size: the deck's type, and so the map's, scales with it. */
  viewport: () => { width: number; height: number };
  /** Floating controls over the map (legend, view switch) that a fitted view keeps clear of. */
  insets: () => readonly Padding[];
  /** Where the regional view's South China Sea Islands inset would go, for the framing (FrameOptions.seaInset). */
  seaInset?: () => FrameOptions['seaInset'];
  /** What the pointer is over: written on mouse moves, outlined on the map through feature state. */
  hover: HoverStore;
  /** Whether the controls floating over the map for the current mode are on screen yet. */
  laidOut?: () => boolean;
  /** The overlay's badge or symbol at a point of the map (the overlay itself takes no pointer events). */
  overlayHit?: (x: number, y: number, slop: number) => OverlayHit | null;
  /** Makes the map: MapLibre's, or in unit tests a stub with the methods the adapter calls. */
  createMap?: (options: MapOptions) => MlMap;
  /** China's outline (data/china.ts), loaded the first time a view needs it. */
  loadChina?: typeof loadChina;
}

/**
 * How long the map waits for the deck's controls to be laid out before framing without them, ms: their
 * chunk may come after MapLibre's on a slow link, and a step framed without them sits under the card.
 */
const LAYOUT_WAIT_MS = 10_000;

/** How much wider a badge or symbol is for a finger than for a mouse, CSS px. */
const TOUCH_SLOP = 8;

/** What the adapter last put on the map; the next sync applies only what differs. */
interface Applied {
  theme: ThemeName;
  k: number;
  mapView: AtlasState['mapView'];
  region: string | null;
  layers: readonly LayerId[];
  industries: readonly string[];
  district: DistrictSlug | null;
  /** The district whose records on the ground the overlay draws, left out of the map's (drawing model). */
  overlayGround: DistrictSlug | null;
  record: string | null;
  presenting: boolean;
  deckCard: AtlasState['deckCard'];
  focusRequest: number;
  camera: AtlasState['camera'];
  /** Whether the note that China's outline failed to load is over the map (the framing keeps clear of it). */
  chinaFailed: boolean;
}

/** Owns one MapLibre map inside `container`, driven by `store`. */
export class AtlasMap {
  private readonly map: MlMap;
  private readonly bounds: ReturnType<typeof modelBounds>;
  private readonly slugByAdcode: Map<number, DistrictSlug>;
  private readonly unsubscribe: () => void;
  private readonly cameraListeners = new Set<() => void>();
  private cameraVersion = 0;
  private scaleControl: ScaleControl | null = null;
  private applied: Applied | null = null;
  /** The filter the records on the ground were last filled for; null until they first could be seen. */
  private ground: { layers: readonly LayerId[]; industries: readonly string[] } | null = null;
  /** China's outline, once asked for: loading or in the map. */
  private china: Promise<void> | null = null;
  /** The last load of China's outline failed: the next view or zoom change asks again. */
  private chinaFailed = false;
  private ready = false;
  /** True from a user's gesture (drag, wheel, pinch) until the camera settles. */
  private userMoving = false;
  private removed = false;
  /** Calls off the map frame put off until a click's panel is on screen (putOffMapFrame). */
  private cancelPutOff: (() => void) | null = null;
  /** A camera move waiting for the next frame (see moveCamera); `done` settles once it is made. */
  private pendingMove: {
    frame: number;
    animate: boolean;
    far: boolean;
    done: Promise<void>;
    end: () => void;
  } | null = null;
  /** The store's changes, applied to the map after the next paint. */
  private readonly syncs = new FrameScheduler(() => this.sync());
  /** The deck's framing, waiting for its layout to be there; null when none waits. */
  private framing: Promise<void> | null = null;
  /** What the map has drawn: how many frames, and the district selected in the last one. */
  private drawnSoFar: { frames: number; district: DistrictSlug | null } = { frames: 0, district: null };

  constructor(
    container: HTMLElement,
    private readonly model: AtlasModel,
    private readonly store: AtlasStore,
    private readonly options: AtlasMapOptions,
  ) {
    this.bounds = modelBounds(model);
    this.slugByAdcode = new Map(model.districts.map((d) => [d.adcode, d.slug]));
    const s = store.getState();
    this.map = (options.createMap ?? ((o) => new MlMap(o)))({
      container,
      style: buildStyle(model, s.theme, this.scaleFor(s)),
      // The same framing as the SVG drawing shown until the first idle, so the hand-over does not jump.
      ...this.initialCamera(container, s),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: ZOOM_LIMITS.max,
      minZoom: ZOOM_LIMITS.min,
      // Keyboard panning would steal arrow keys from the presentation deck and the lists.
      keyboard: false,
      // Names are placed by the overlay; the map's own symbols need no fade.
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.on('load', () => this.onLoad());
    for (const event of ['move', 'resize'] as const) this.map.on(event, () => this.cameraChanged());
    this.map.on('zoomend', () => this.needChina(this.store.getState(), true));
    // Zooming in towards the records on the ground fills them just before they show.
    this.map.on('zoom', () => this.refreshGround(this.store.getState()));
    this.map.on('render', () => {
      this.drawnSoFar = { frames: this.drawnSoFar.frames + 1, district: this.applied?.district ?? null };
    });
    const unsubscribeStore = store.subscribe(() => this.syncs.request());
    // A hover changes one district's outline: feature state only, nothing else.
    const unsubscribeHover = options.hover.subscribe((next, prev) => {
      if (!this.ready) return;
      const was = prev.hover?.district;
      const now = next.hover?.district;
      if (was === now) return;
      const id = (slug: DistrictSlug | null | undefined) => (slug ? this.model.districtBySlug[slug].adcode : null);
      const before = id(was);
      const after = id(now);
      if (before !== null) this.map.setFeatureState({ source: SOURCE.districts, id: before }, { hover: false });
      if (after !== null) this.map.setFeatureState({ source: SOURCE.districts, id: after }, { hover: true });
    });
    // The link is back: China's outline, if it could not be loaded, is asked for again.
    const online = () => this.needChina(this.store.getState(), true);
    window.addEventListener('online', online);
    this.unsubscribe = () => {
      unsubscribeStore();
      unsubscribeHover();
      window.removeEventListener('online', online);
    };
  }

  /** Screen position of a coordinate, CSS px relative to the map container (for tests and the overlay). */
  project(lng: number, lat: number): { x: number; y: number } {
    const p = this.map.project([lng, lat]);
    return { x: p.x, y: p.y };
  }

  /** Where the map looks now (for tests). */
  camera(): { lng: number; lat: number; zoom: number } {
    const c = this.map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /** The camera as the overlay reads it, and a way to hear when it moves. */
  readonly cameraSource: CameraSource = {
    read: (): OverlayCamera => {
      const c = this.map.getContainer();
      return {
        project: (lng, lat) => this.project(lng, lat),
        zoom: this.map.getZoom(),
        bounds: this.map.getBounds().toArray().flat() as [number, number, number, number],
        width: c.clientWidth,
        height: c.clientHeight,
        viewport: this.options.viewport(),
      };
    },
    version: () => this.cameraVersion,
    subscribe: (listener) => {
      this.cameraListeners.add(listener);
      return () => this.cameraListeners.delete(listener);
    },
  };

  /** What the map has drawn so far (for tests: whether the map drew a click's selection before its panel). */
  drawn(): { frames: number; district: DistrictSlug | null } {
    return this.drawnSoFar;
  }

  /**
   * Resolves when the map has finished drawing (China's outline included, once a view has
   * asked for it), the store's last changes and the deck's framing applied first.
   */
  async idle(): Promise<void> {
    while (this.syncs.pending || this.framing) {
      await this.syncs.settled();
      if (this.framing) await this.framing;
    }
    if (this.china) await this.china;
    if (this.pendingMove) await this.pendingMove.done;
    // A removed map draws nothing more: there is nothing left to wait for.
    if (this.removed) return;
    return new Promise((resolve) => {
      if (this.ready && this.map.loaded() && !this.map.isMoving()) resolve();
      else this.map.once('idle', () => resolve());
    });
  }

  /**
   * Fills the records on the ground for the filter, but only once they can be seen (from
   * GROUND_MIN_ZOOM, in the city view): a filter change at the city view costs the map no
   * new data at all, whatever the data's size.
   */
  private refreshGround(s: AtlasState): void {
    if (s.mapView !== 'city' || this.map.getZoom() < GROUND_MIN_ZOOM - 1) return;
    const held = this.ground;
    if (held && held.layers === s.layers && held.industries === s.industries) return;
    this.ground = { layers: s.layers, industries: s.industries };
    this.map
      .getSource<GeoJSONSource>(SOURCE.points)
      ?.setData(pointsGeoJSON(this.model, { layers: s.layers, industries: s.industries }));
  }

  /**
   * Loads China's outline into the map the first time a view shows land beyond Jiangsu and
   * Zhejiang. A failed load is said in the store (the regional view says so on the map) and
   * tried again when `retry` says the user moved on (another view or place, a zoom) or the link
   * came back; idle() does not wait on it, so the deck and the exports carry on without it.
   */
  private needChina(s: AtlasState, retry = false): void {
    if (this.china || (this.chinaFailed && !retry)) return;
    if (s.mapView !== 'region' && this.map.getZoom() >= CHINA_BELOW_ZOOM) return;
    this.china = (this.options.loadChina ?? loadChina)(this.chinaFailed).then(
      ({ china, borders }) => {
        this.chinaFailed = false;
        // The map may have been destroyed while the outline loaded.
        if (this.removed) return;
        this.map.getSource<GeoJSONSource>(SOURCE.china)?.setData(china);
        this.map.getSource<GeoJSONSource>(SOURCE.chinaBorders)?.setData(borders);
        this.store.getState().setChinaFailed(false);
      },
      (e: unknown) => {
        console.warn("China's outline could not be loaded; the map asks again at the next change", e);
        this.china = null;
        this.chinaFailed = true;
        if (!this.removed) this.store.getState().setChinaFailed(true);
      },
    );
  }

  /**
   * The map as drawn now, at `pixelRatio` device pixels per CSS pixel (2 for slides).
   * Read inside a render event: WebGL keeps its drawing buffer only for that frame.
   */
  async snapshot(pixelRatio: number): Promise<HTMLCanvasElement> {
    const before = this.map.getPixelRatio();
    if (pixelRatio !== before) this.map.setPixelRatio(pixelRatio);
    try {
      await this.idle();
      if (this.removed) throw new Error('the map was removed before its snapshot was taken');
      return await new Promise<HTMLCanvasElement>((resolve, reject) => {
        this.map.once('render', () => {
          const source = this.map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          const ctx = copy.getContext('2d');
          if (!ctx) return reject(new Error('2D canvas unavailable for the snapshot'));
          ctx.drawImage(source, 0, 0);
          resolve(copy);
        });
        this.map.triggerRepaint();
      });
    } finally {
      if (pixelRatio !== before && !this.removed) this.map.setPixelRatio(before);
    }
  }

  destroy(): void {
    // Work still in flight (a cluster's expansion zoom, China's outline, the deck's framing) must not touch a removed map.
    this.removed = true;
    this.cancelPutOff?.();
    if (this.pendingMove) {
      cancelAnimationFrame(this.pendingMove.frame);
      this.pendingMove.end();
    }
    this.syncs.stop();
    this.unsubscribe();
    this.cameraListeners.clear();
    this.map.remove();
  }

  private cameraChanged(): void {
    this.cameraVersion += 1;
    for (const l of this.cameraListeners) l();
  }

  private scaleFor(s: AtlasState): number {
    const v = this.options.viewport();
    return screenScale(v.width, v.height, s.presenting);
  }

  private registerIcons(): void {
    for (const icon of drawMissingIcons((name) => this.map.hasImage(name)))
      this.map.addImage(
        icon.name,
        { width: icon.width, height: icon.height, data: icon.data },
        { pixelRatio: ICON_PIXEL_RATIO },
      );
  }

  private onLoad(): void {
    this.registerIcons();
    // A lost WebGL context (driver reset, remote desktop) comes back without images or feature state: put them back.
    this.map.on('webglcontextrestored', () =>
      this.map.once('idle', () => {
        this.registerIcons();
        this.applied = null;
        this.sync();
      }),
    );
    // Keyboard panning is off (it would steal the deck's arrow keys), so the canvas is no tab stop;
    // the district list and panels offer everything the map does.
    this.map.getCanvas().tabIndex = -1;
    this.bindPointer();
    this.bindUserCamera();
    this.ready = true;
    this.sync();
    window.addEventListener('resize', this.onWindowResize);
    this.map.once('remove', () => window.removeEventListener('resize', this.onWindowResize));
    this.map.once('idle', () => this.options.onFirstIdle?.());
  }

  private readonly onWindowResize = (): void => this.syncs.request();

  /** Applies to the map whatever in the store differs from what was last applied. */
  private sync(): void {
    if (!this.ready) return;
    const s = this.store.getState();
    const a = this.applied;
    const k = this.scaleFor(s);
    // After a failed load, a change of view asks again; any other change (the store saying it failed) does not.
    this.needChina(s, a?.mapView !== s.mapView || a.region !== s.region);
    if (a?.theme !== s.theme) {
      for (const [layer, prop, value] of themePaint(s.theme)) this.map.setPaintProperty(layer, prop, value);
    }
    if (a?.k !== k) this.applyScale(k);
    if (a?.mapView !== s.mapView || a.presenting !== s.presenting) {
      const region = s.mapView === 'region';
      for (const id of REGION_LAYERS) this.map.setLayoutProperty(id, 'visibility', region ? 'visible' : 'none');
      // The records on the ground: the city view's, and never the deck's (groundOnMap; the layers keep their minzoom).
      const ground = groundOnMap(s, GROUND_MIN_ZOOM);
      for (const id of CITY_LAYERS) this.map.setLayoutProperty(id, 'visibility', ground ? 'visible' : 'none');
    }
    if (a?.region !== s.region) this.map.setPaintProperty(LAYER.links, 'line-opacity', linkOpacity(s.region));
    this.refreshGround(s);
    const overlayGround = overlayGroundDistrict(this.model, s);
    if (!a || a.overlayGround !== overlayGround) this.map.setFilter(LAYER.points, pointsFilter(overlayGround));
    if (a?.theme !== s.theme || a.layers !== s.layers || a.industries !== s.industries || a.district !== s.district)
      this.applyDistrictState(s);

    const framingChanged =
      !a ||
      a.district !== s.district ||
      a.record !== s.record ||
      a.region !== s.region ||
      a.focusRequest !== s.focusRequest ||
      a.presenting !== s.presenting ||
      (s.presenting && a.deckCard !== s.deckCard) ||
      // The user's own camera was let go (the deck's "reset map"): frame the view again.
      (a.camera !== null && s.camera === null) ||
      // The regional view's note that China's outline is missing came or went: the places keep clear of it.
      (s.mapView === 'region' && a.chinaFailed !== s.chinaFailed);
    const next: Applied = {
      theme: s.theme,
      k,
      mapView: s.mapView,
      region: s.region,
      layers: s.layers,
      industries: s.industries,
      district: s.district,
      overlayGround,
      record: s.record,
      presenting: s.presenting,
      deckCard: s.deckCard,
      focusRequest: s.focusRequest,
      camera: s.camera,
      chinaFailed: s.chinaFailed,
    };
    this.applied = next;
    // Opening a deck's link, or starting or leaving the deck, the layout changes size after React renders
    // it, and the deck's controls (which the framing keeps clear of) come in their own chunk: frame the
    // view once both are there, whichever loaded first.
    if (a ? a.presenting !== s.presenting : s.presenting) this.frameOnceLaidOut();
    else if (!a) this.moveCamera(false);
    else if (a.mapView !== s.mapView) this.moveCamera(true, true);
    else if (framingChanged) this.moveCamera(true);
    else if (s.camera && s.camera !== a.camera) this.jumpToIfElsewhere(s.camera);
    else if (a.k !== k) this.cameraChanged();
  }

  /**
   * Frames the view once the page around the map is laid out (options.laidOut), so the camera is
   * the same whichever chunk arrived first. idle() waits for it: a step is not drawn before it is framed.
   */
  private frameOnceLaidOut(): void {
    const framing = new Promise<void>((done) => {
      const until = performance.now() + LAYOUT_WAIT_MS;
      const attempt = () =>
        requestAnimationFrame((now) => {
          if (this.removed) return done();
          if (now < until && !(this.options.laidOut?.() ?? true)) return attempt();
          this.map.resize();
          this.moveCameraNow(this.store.getState(), false);
          done();
        });
      attempt();
    });
    this.framing = framing;
    void framing.then(() => {
      if (this.framing === framing) this.framing = null;
    });
  }

  /** Every length that grows with the screen; the scale bar is rebuilt to its new width. */
  private applyScale(k: number): void {
    for (const [layer, prop, value] of scaledPaint(k)) this.map.setPaintProperty(layer, prop, value);
    for (const [layer, prop, value] of scaledLayout(k)) this.map.setLayoutProperty(layer, prop, value);
    if (this.scaleControl) this.map.removeControl(this.scaleControl);
    this.scaleControl = new ScaleControl({ unit: 'metric', maxWidth: Math.round(100 * k) });
    this.map.addControl(this.scaleControl, 'bottom-left');
    const bar = this.map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-scale');
    if (bar) {
      bar.style.fontSize = `${Math.round(11 * k)}px`;
      // MapLibre's stylesheet fixes the map's line height at 20 px: large type would spill out of the bar.
      bar.style.lineHeight = `${Math.max(20, Math.round(11 * k * 1.4))}px`;
      // Labels keep clear of it.
      bar.dataset.mapObstacle = '';
    }
  }

  /** Each district's colour (dimmed beside a selection) and selection, as the drawing model paints them. */
  private applyDistrictState(s: AtlasState): void {
    for (const d of districtFills(this.model, s))
      this.map.setFeatureState({ source: SOURCE.districts, id: d.adcode }, { fill: d.colour, selected: d.selected });
  }

  private frame(s: AtlasState, width: number, height: number): LngLatZoom {
    const v = this.options.viewport();
    return toLngLatZoom(
      frameView(
        this.model,
        this.bounds,
        s,
        width,
        height,
        frameOptions(v, s.presenting, this.options.insets(), this.options.seaInset?.()),
      ),
    );
  }

  private initialCamera(container: HTMLElement, s: AtlasState): { center: [number, number]; zoom: number } {
    const c = this.frame(s, container.clientWidth, container.clientHeight);
    return { center: [c.lng, c.lat], zoom: c.zoom };
  }

  /**
   * Frames the view on the next frame. The controls the view keeps clear of (the legend
   * grows with a selection) are drawn by React after the store has told us of the change:
   * measured now, they would be the previous view's, and going back to a view would not
   * give back its camera. Moves asked for within one frame become one, the last.
   */
  private moveCamera(animate: boolean, far = false): void {
    if (this.pendingMove) {
      this.pendingMove.animate = animate;
      this.pendingMove.far ||= far;
      return;
    }
    let end = () => {};
    const done = new Promise<void>((resolve) => (end = resolve));
    const frame = requestAnimationFrame(() => {
      const move = this.pendingMove;
      this.pendingMove = null;
      if (move) this.moveCameraNow(this.store.getState(), move.animate, move.far);
      end();
    });
    this.pendingMove = { frame, animate, far, done, end };
  }

  /** Frames the view now: the user's camera, or what the selection calls for (framing.ts). */
  private moveCameraNow(s: AtlasState, animate: boolean, far = false): void {
    const box = this.map.getContainer();
    const c = this.frame(s, box.clientWidth, box.clientHeight);
    const duration = animate && !s.camera && !this.options.reducedMotion() ? (far ? 1800 : 900) : 0;
    if (duration === 0) this.map.jumpTo({ center: [c.lng, c.lat], zoom: c.zoom });
    // Between the city and the whole country, fly (out, across, in) rather than slide.
    else if (far) this.map.flyTo({ center: [c.lng, c.lat], zoom: c.zoom, duration });
    else this.map.easeTo({ center: [c.lng, c.lat], zoom: c.zoom, duration });
  }

  private jumpToIfElsewhere(c: { lng: number; lat: number; zoom: number }): void {
    const here = this.map.getCenter();
    const moved =
      Math.abs(here.lng - c.lng) > 1e-4 ||
      Math.abs(here.lat - c.lat) > 1e-4 ||
      Math.abs(this.map.getZoom() - c.zoom) > 0.01;
    if (moved) this.map.jumpTo({ center: [c.lng, c.lat], zoom: c.zoom });
  }

  /**
   * Only a camera the user settled on is worth a link; our own fits are restored from the
   * selection. A wheel zoom ends without an input event on `moveend`, so the gesture is
   * noted when it starts.
   */
  private bindUserCamera(): void {
    const started = (e: { originalEvent?: Event }) => {
      if (e.originalEvent) this.userMoving = true;
    };
    for (const event of ['movestart', 'zoomstart', 'dragstart'] as const) this.map.on(event, started);
    this.map.on('moveend', (e: { originalEvent?: Event }) => {
      const byUser = this.userMoving || Boolean(e.originalEvent);
      this.userMoving = false;
      if (!byUser) return;
      const c = this.map.getCenter();
      this.store.getState().setCamera({ lng: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });
  }

  /** The district a record is drawn in, if it is drawn in one. */
  private recordDistrict(id: string): DistrictSlug | null {
    const d = this.model.recordById[id]?.districts[0];
    return d && this.model.districtBySlug[d as DistrictSlug] ? (d as DistrictSlug) : null;
  }

  private topFeature(point: { x: number; y: number }): MapGeoJSONFeature | undefined {
    return this.map.queryRenderedFeatures([point.x, point.y], { layers: [...INTERACTIVE_LAYERS] })[0];
  }

  private bindPointer(): void {
    const canvas = this.map.getCanvas();
    const container = this.map.getContainer();
    // A tap arrives as touch events and then as emulated mouse events: the pointer's type
    // tells them apart, so a finger never leaves a hover tooltip behind.
    let pointerType = 'mouse';
    const notePointer = (e: PointerEvent) => {
      pointerType = e.pointerType;
      if (pointerType !== 'mouse') this.options.hover.getState().setHover(null);
    };
    container.addEventListener('pointerdown', notePointer, true);
    container.addEventListener('pointermove', notePointer, true);
    this.map.once('remove', () => {
      container.removeEventListener('pointerdown', notePointer, true);
      container.removeEventListener('pointermove', notePointer, true);
    });
    const slop = () => (pointerType === 'mouse' ? 0 : TOUCH_SLOP);
    this.map.on('mousemove', (e) => {
      const { setHover } = this.options.hover.getState();
      if (pointerType !== 'mouse') return setHover(null);
      const at = { x: e.point.x, y: e.point.y };
      const hit = this.options.overlayHit?.(at.x, at.y, 0) ?? null;
      if (hit) {
        canvas.style.cursor = 'pointer';
        if (hit.kind === 'district') return setHover({ district: hit.slug, record: null, cluster: 0, at });
        if (hit.kind === 'record')
          return setHover({ district: this.recordDistrict(hit.recordId), record: hit.recordId, cluster: 0, at });
        return setHover(null);
      }
      const f = this.topFeature(e.point);
      canvas.style.cursor = f ? 'pointer' : '';
      if (!f) return setHover(null);
      const target = pointerTarget(f.layer.id as StyleLayerId);
      switch (target) {
        case 'district': {
          const slug = this.slugByAdcode.get(Number(f.id)) ?? null;
          return setHover(slug ? { district: slug, record: null, cluster: 0, at } : null);
        }
        case 'record':
          return setHover({
            district: f.properties.district as DistrictSlug,
            record: String(f.properties.id),
            cluster: 0,
            at,
          });
        case 'cluster':
          return setHover({ district: null, record: null, cluster: Number(f.properties.point_count), at });
        case 'region':
        case null:
          return setHover(null);
        default:
          return assertNever(target, 'pointer target');
      }
    });
    this.map.on('mouseout', () => this.options.hover.getState().setHover(null));
    this.map.on('click', (e) => {
      this.putOffMapFrame();
      const st = this.store.getState();
      const hit = this.options.overlayHit?.(e.point.x, e.point.y, slop()) ?? null;
      if (hit) return actOnHit(st, hit, (id) => this.recordDistrict(id));
      if (st.presenting) return this.deckTap(e.point);
      const f = this.topFeature(e.point);
      if (!f) return st.mapView === 'region' ? st.selectRegion(null) : st.selectDistrict(null);
      const target = pointerTarget(f.layer.id as StyleLayerId);
      switch (target) {
        case 'cluster': {
          const src = this.map.getSource<GeoJSONSource>(f.source);
          const center = (f.geometry as GeoJSON.Point).coordinates as [number, number];
          void src?.getClusterExpansionZoom(Number(f.properties.cluster_id)).then((zoom) => {
            if (!this.removed)
              this.map.easeTo({ center, zoom: zoom + 0.2, duration: this.options.reducedMotion() ? 0 : 600 });
          });
          return;
        }
        case 'record':
          return st.selectRecord(String(f.properties.id), f.properties.district as DistrictSlug);
        case 'region':
          return st.selectRegion(String(f.properties.region));
        case 'district':
        case null:
          return st.selectDistrict(this.slugByAdcode.get(Number(f.id)) ?? null);
        default:
          return assertNever(target, 'pointer target');
      }
    });
  }

  /**
   * MapLibre asks for a frame when the button comes up (its gesture handlers), before the
   * click exists. Drawn now, that frame would hold back the paint of the click's panel (on
   * software WebGL a frame of the map costs tens of ms) though it shows nothing new, so it
   * is asked for again once the panel is on screen; the map's own update for the click
   * follows then too (frame-scheduler.ts). `_frameRequest` is MapLibre's pending frame
   * (Map#triggerRepaint): should a release rename it, the frame is drawn as before, and
   * select.spec's paint-order test says so.
   */
  private putOffMapFrame(): void {
    const pending = (this.map as unknown as { _frameRequest?: AbortController | null })._frameRequest;
    if (!pending) return;
    pending.abort();
    (this.map as unknown as { _frameRequest: AbortController | null })._frameRequest = null;
    this.cancelPutOff?.();
    this.cancelPutOff = afterNextPaint(() => {
      this.cancelPutOff = null;
      if (!this.removed) this.map.triggerRepaint();
    });
  }

  /**
   * A tap or click on the deck's map, off the badges: a district's land becomes a detour
   * the card shows until the presenter returns to the step; anything else leaves the step alone.
   */
  private deckTap(point: { x: number; y: number }): void {
    const st = this.store.getState();
    if (st.mapView !== 'city') return;
    const f = this.topFeature(point);
    const slug =
      f && pointerTarget(f.layer.id as StyleLayerId) === 'district' ? this.slugByAdcode.get(Number(f.id)) : undefined;
    if (slug) st.showDetour(slug);
  }
}
