/**
 * The one owner of the MapLibre map. It creates and destroys the map, wires the worker,
 * registers symbols, and is the only code that calls map methods. It reads the store
 * from outside React (subscribe) and writes back only what the map alone knows: the
 * pointer's hover, clicks and the settled camera.
 */
import { Map as MlMap, ScaleControl, setWorkerUrl, type GeoJSONSource, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'virtual:maplibre-worker-url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { filteredCounts } from '../domain/filtered';
import type { AtlasModel, RecordFilter } from '../domain/join';
import type { DistrictSlug } from '../domain/schema';
import type { AtlasState, AtlasStore } from '../store/store';
import { buildChoropleth } from './choropleth';
import { drawAllIcons, ICON_PIXEL_RATIO } from './icons';
import { frameView, modelBounds, toLngLatZoom, type LngLatZoom } from './framing';
import { bubblesGeoJSON, pointsGeoJSON, ringGeoJSON } from './sources';
import {
  bubbleFilter,
  buildStyle,
  CLUSTER_LAYERS,
  INTERACTIVE_LAYERS,
  LAYER,
  labelText,
  linkLabelText,
  linkOpacity,
  CITY_LAYERS,
  REGION_LAYERS,
  POINT_LAYERS,
  SOURCE,
  themePaint,
} from './style';

setWorkerUrl(workerUrl);

export interface AtlasMapOptions {
  /** True when the user asked for reduced motion: camera moves become jumps. */
  reducedMotion: () => boolean;
  /** Called once, after the first time the map has drawn everything. */
  onFirstIdle?: () => void;
}

function filterOf(s: AtlasState): RecordFilter {
  return { layers: s.layers, industries: s.industries };
}

/** Owns one MapLibre map inside `container`, driven by `store`. */
export class AtlasMap {
  private readonly map: MlMap;
  private readonly bounds: ReturnType<typeof modelBounds>;
  private readonly slugByAdcode: Map<number, DistrictSlug>;
  private readonly unsubscribe: () => void;
  private ready = false;

  constructor(
    container: HTMLElement,
    private readonly model: AtlasModel,
    private readonly store: AtlasStore,
    private readonly options: AtlasMapOptions,
  ) {
    this.bounds = modelBounds(model);
    this.slugByAdcode = new Map(model.districts.map((d) => [d.adcode, d.slug]));
    const s = store.getState();
    this.map = new MlMap({
      container,
      style: buildStyle(model, s.lang, s.theme),
      // The same framing as the SVG drawing shown until the first idle, so the hand-over does not jump.
      ...this.initialCamera(container, s),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: 15,
      minZoom: 2,
      // Keyboard panning would steal arrow keys from the presentation deck and the lists.
      keyboard: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.on('load', () => this.onLoad());
    this.unsubscribe = store.subscribe((next, prev) => this.sync(next, prev));
  }

  /** Screen position of a coordinate (for tests and tooltips). */
  project(lng: number, lat: number): { x: number; y: number } {
    const p = this.map.project([lng, lat]);
    return { x: p.x, y: p.y };
  }

  /** Resolves when the map has finished drawing. */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ready && this.map.loaded() && !this.map.isMoving()) resolve();
      else this.map.once('idle', () => resolve());
    });
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
      if (pixelRatio !== before) this.map.setPixelRatio(before);
    }
  }

  destroy(): void {
    this.unsubscribe();
    this.map.remove();
  }

  /** Shows the layers of the city map or of the regional view. */
  private applyMapView(s: AtlasState): void {
    const region = s.mapView === 'region';
    for (const id of REGION_LAYERS) this.map.setLayoutProperty(id, 'visibility', region ? 'visible' : 'none');
    for (const id of CITY_LAYERS) this.map.setLayoutProperty(id, 'visibility', region ? 'none' : 'visible');
  }

  /** Symbols, counts, colours and selection: everything the adapter puts on the map beyond the style. */
  private applyState(): void {
    for (const icon of drawAllIcons())
      if (!this.map.hasImage(icon.name))
        this.map.addImage(
          icon.name,
          { width: icon.width, height: icon.height, data: icon.data },
          { pixelRatio: ICON_PIXEL_RATIO },
        );
    const s = this.store.getState();
    this.updateCounts(s);
    this.updateSelection(s);
    this.setData(SOURCE.ring, ringGeoJSON(this.model, s.record));
    this.applyMapView(s);
    this.map.setPaintProperty(LAYER.links, 'line-opacity', linkOpacity(s.region));
  }

  private onLoad(): void {
    this.applyState();
    const s = this.store.getState();
    // A lost WebGL context (driver reset, remote desktop) comes back without feature state: put it back.
    this.map.on('webglcontextrestored', () => this.map.once('idle', () => this.applyState()));
    // Keyboard panning is off (it would steal the deck's arrow keys), so the canvas is no tab stop;
    // the district list and panels offer everything the map does.
    this.map.getCanvas().tabIndex = -1;
    this.moveCamera(s, false);
    this.bindPointer();
    this.map.on('moveend', (e: { originalEvent?: Event }) => {
      // Only a camera the user settled on is worth a link; our own fits are restored from the selection.
      if (!e.originalEvent) return;
      const c = this.map.getCenter();
      this.store.getState().setCamera({ lng: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });
    this.ready = true;
    this.map.once('idle', () => this.options.onFirstIdle?.());
  }

  private sync(s: AtlasState, prev: AtlasState): void {
    if (!this.ready) return;
    if (s.lang !== prev.lang) {
      this.map.setLayoutProperty(LAYER.labels, 'text-field', labelText(s.lang));
      this.map.setLayoutProperty(LAYER.linkLabels, 'text-field', linkLabelText(s.lang));
    }
    if (s.mapView !== prev.mapView) this.applyMapView(s);
    if (s.region !== prev.region) this.map.setPaintProperty(LAYER.links, 'line-opacity', linkOpacity(s.region));
    if (s.theme !== prev.theme)
      for (const [layer, prop, value] of themePaint(s.theme)) this.map.setPaintProperty(layer, prop, value);
    if (s.layers !== prev.layers || s.industries !== prev.industries) this.updateCounts(s);
    if (s.district !== prev.district || s.hover?.district !== prev.hover?.district) this.updateSelection(s);
    if (s.record !== prev.record) this.setData(SOURCE.ring, ringGeoJSON(this.model, s.record));
    if (s.presenting !== prev.presenting) {
      // The layout changes size after React renders it; frame the view once it has.
      requestAnimationFrame(() => {
        this.map.resize();
        this.moveCamera(this.store.getState(), false);
      });
      return;
    }
    const selectionChanged =
      s.district !== prev.district ||
      s.record !== prev.record ||
      s.region !== prev.region ||
      s.focusRequest !== prev.focusRequest;
    if (s.mapView !== prev.mapView) this.moveCamera(s, true, true);
    else if (selectionChanged) this.moveCamera(s, true);
    else if (s.camera && s.camera !== prev.camera) this.jumpToIfElsewhere(s.camera);
  }

  private setData(source: string, data: GeoJSON.GeoJSON): void {
    this.map.getSource<GeoJSONSource>(source)?.setData(data);
  }

  /** The selected district's own records, drawn at every zoom. */
  private selectedPoints(s: AtlasState): GeoJSON.FeatureCollection {
    return s.district
      ? pointsGeoJSON(this.model, filterOf(s), s.district)
      : { type: 'FeatureCollection', features: [] };
  }

  /** Everything that follows the filter: points, count bubbles and the choropleth. */
  private updateCounts(s: AtlasState): void {
    const filter = filterOf(s);
    const counts = filteredCounts(this.model, s.layers, s.industries).byDistrict;
    this.setData(SOURCE.points, pointsGeoJSON(this.model, filter));
    this.setData(SOURCE.selectedPoints, this.selectedPoints(s));
    this.setData(SOURCE.bubbles, bubblesGeoJSON(this.model, counts));
    const scale = buildChoropleth(Object.values(counts).map((c) => c.total));
    for (const d of this.model.districts)
      this.map.setFeatureState(
        { source: SOURCE.districts, id: d.adcode },
        { fill: scale.colourOf(counts[d.slug].total) },
      );
  }

  private updateSelection(s: AtlasState): void {
    this.map.setFilter(LAYER.bubbleCircle, bubbleFilter(s.district));
    this.map.setFilter(LAYER.bubbleCount, bubbleFilter(s.district));
    this.setData(SOURCE.selectedPoints, this.selectedPoints(s));
    for (const d of this.model.districts) {
      const selected = d.slug === s.district;
      this.map.setFeatureState(
        { source: SOURCE.districts, id: d.adcode },
        { selected, dim: s.district !== null && !selected, hover: d.slug === s.hover?.district },
      );
    }
  }

  private frame(s: AtlasState, width: number, height: number): LngLatZoom {
    return toLngLatZoom(frameView(this.model, this.bounds, s, width, height));
  }

  private initialCamera(container: HTMLElement, s: AtlasState): { center: [number, number]; zoom: number } {
    const c = this.frame(s, container.clientWidth, container.clientHeight);
    return { center: [c.lng, c.lat], zoom: c.zoom };
  }

  /** Frames the view: the user's camera, the record's point, the district, or the whole city. */
  private moveCamera(s: AtlasState, animate: boolean, far = false): void {
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

  private topFeature(point: { x: number; y: number }): MapGeoJSONFeature | undefined {
    return this.map.queryRenderedFeatures([point.x, point.y], { layers: [...INTERACTIVE_LAYERS] })[0];
  }

  private bindPointer(): void {
    const canvas = this.map.getCanvas();
    this.map.on('mousemove', (e) => {
      const f = this.topFeature(e.point);
      const { setHover } = this.store.getState();
      canvas.style.cursor = f ? 'pointer' : '';
      const at = { x: e.point.x, y: e.point.y };
      if (!f) return setHover(null);
      const id = f.layer.id;
      if (id === LAYER.districtFill) {
        const slug = this.slugByAdcode.get(Number(f.id)) ?? null;
        setHover(slug ? { district: slug, record: null, cluster: 0, at } : null);
      } else if (id === LAYER.bubbleCircle) {
        setHover({ district: f.properties.slug as DistrictSlug, record: null, cluster: 0, at });
      } else if (POINT_LAYERS.includes(id)) {
        setHover({
          district: f.properties.district as DistrictSlug,
          record: String(f.properties.id),
          cluster: 0,
          at,
        });
      } else {
        setHover({ district: null, record: null, cluster: Number(f.properties.point_count), at });
      }
    });
    this.map.on('mouseout', () => this.store.getState().setHover(null));
    this.map.on('click', (e) => {
      const f = this.topFeature(e.point);
      const st = this.store.getState();
      if (!f) return st.selectDistrict(null);
      const id = f.layer.id;
      if (CLUSTER_LAYERS.includes(id)) {
        const src = this.map.getSource<GeoJSONSource>(f.source);
        const center = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        void src?.getClusterExpansionZoom(Number(f.properties.cluster_id)).then((zoom) => {
          this.map.easeTo({ center, zoom: zoom + 0.2, duration: this.options.reducedMotion() ? 0 : 600 });
        });
      } else if (POINT_LAYERS.includes(id)) {
        st.selectRecord(String(f.properties.id), f.properties.district as DistrictSlug);
      } else if (id === LAYER.bubbleCircle) {
        st.selectDistrict(f.properties.slug as DistrictSlug);
      } else if (id === LAYER.links || id === LAYER.linkEnds) {
        st.selectRegion(String(f.properties.region));
      } else {
        st.selectDistrict(this.slugByAdcode.get(Number(f.id)) ?? null);
      }
    });
  }
}
