/**
 * The painters agree. The same states — the city, a district selected under a filter with a
 * record open, the dark theme, the regional view — are drawn by every painter, and what
 * each drew is read back and compared: district fills and outlines, links, the records on
 * the ground, and the overlay's badges, leaders with their anchor dots, the hub, the ring
 * and the symbols, with their colours and strokes.
 *
 * - SVG: SvgMap rendered into a DOM (happy-dom), its elements' attributes read.
 * - WebGL: the adapter driving a stub map (what it sets: feature state, filters, paint), and
 *   the style's paint expressions evaluated by MapLibre's own style-spec for each feature;
 *   its overlay is MapOverlay, rendered over either map, its DOM read.
 * - PNG: draw-overlay (what composePicture draws over the map) on a recording 2D context.
 * - Print: PrintSheet's SvgMap.
 */
import { expression, featureFilter, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { Window } from 'happy-dom';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../src/domain/model';
import { buildTour } from '../../src/domain/tour';
import { AtlasMap } from '../../src/map/adapter';
import { frameOptions, frameView, modelBounds } from '../../src/map/framing';
import { TILE_SIZE } from '../../src/map/mercator-camera';
import { screenScale } from '../../src/map/screen-scale';
import { linksGeoJSON, pointsGeoJSON } from '../../src/map/sources';
import { buildStyle, LAYER } from '../../src/map/style';
import { createHoverStore } from '../../src/store/hover';
import { createAtlasStore, type AtlasStore } from '../../src/store/store';
import type { ViewState } from '../../src/store/view-state';
import { HoverContext, ModelContext, StoreContext, TourContext } from '../../src/ui/context';
import { drawOverlay } from '../../src/ui/export/draw-overlay';
import { PrintSheet } from '../../src/ui/export/PrintSheet';
import { OverlaySinkContext, type OverlaySink } from '../../src/ui/overlay-sink';
import { SvgMap } from '../../src/ui/SvgMap';
import { LAYER_IDS } from '../../src/vocabulary';
import { loadRealModel } from './fixtures/real-data';
import { StubMap } from './fixtures/stub-map';

const W = 1920;
const H = 1080;
const model: AtlasModel = loadRealModel();

// ---------- a DOM to render into (happy-dom), as the browser would give it ----------

const win = new Window({ width: W, height: H });
const GLOBALS = ['window', 'document', 'HTMLElement', 'Element', 'Node', 'ResizeObserver', 'MutationObserver'] as const;
const BOUND = ['getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'] as const;
const saved = new Map<string, unknown>();
const g = globalThis as Record<string, unknown>;
beforeAll(() => {
  for (const k of [...GLOBALS, ...BOUND, 'IS_REACT_ACT_ENVIRONMENT']) saved.set(k, g[k]);
  const w = win as unknown as Record<string, unknown>;
  for (const k of GLOBALS) g[k] = k === 'window' ? win : w[k];
  for (const k of BOUND) g[k] = (w[k] as (...a: unknown[]) => unknown).bind(win);
  g.IS_REACT_ACT_ENVIRONMENT = true;
  // happy-dom lays nothing out: the map's box is the window's.
  for (const [prop, v] of [
    ['clientWidth', W],
    ['clientHeight', H],
  ] as const)
    Object.defineProperty(win.HTMLElement.prototype, prop, { get: () => v, configurable: true });
});
afterAll(() => {
  for (const [k, v] of saved) g[k] = v;
});

async function waitFor(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  if (!done()) throw new Error(`waited in vain for ${what}`);
}

/** Renders `node` in the app's contexts for `store`; returns its element and the overlay's sink. */
async function render(store: AtlasStore, node: ReactNode) {
  const hover = createHoverStore();
  const sink: OverlaySink = { current: null };
  const el = document.createElement('div');
  document.body.append(el);
  const root = createRoot(el);
  await act(async () =>
    root.render(
      <ModelContext.Provider value={model}>
        <StoreContext.Provider value={store}>
          <HoverContext.Provider value={hover}>
            <TourContext.Provider value={buildTour(model)}>
              <OverlaySinkContext.Provider value={sink}>{node}</OverlaySinkContext.Provider>
            </TourContext.Provider>
          </HoverContext.Provider>
        </StoreContext.Provider>
      </ModelContext.Provider>,
    ),
  );
  await waitFor(() => el.querySelector('[data-label]') !== null, 'the overlay');
  return { el, sink, done: () => act(() => root.unmount()) };
}

// ---------- what a painter drew, in one shape for all ----------

/** Numbers within rounding: CSS px to two decimals. */
const px = (v: string | number | null | undefined) => Math.round(Number.parseFloat(String(v)) * 100) / 100;

interface MapPaint {
  fills: Record<string, string>;
  outlines: { slug: string; colour: string; width: number }[];
  links: Record<
    string,
    { colour: string; width: number; opacity: number; r: number; end: string; ring: string; ringWidth: number }
  >;
  ground: string[];
}

/** Reads the SVG drawing's map (not its overlay). */
function readSvg(svg: Element): MapPaint {
  const attr = (e: Element | null, a: string) => e?.getAttribute(a) ?? '';
  const fills: MapPaint['fills'] = {};
  for (const p of svg.querySelectorAll(':scope > path[data-district]'))
    fills[attr(p, 'data-district')] = attr(p, 'fill');
  const slugOfPath = new Map(
    [...svg.querySelectorAll(':scope > path[data-district]')].map((p) => [attr(p, 'd'), attr(p, 'data-district')]),
  );
  const outlines = [...svg.querySelectorAll(':scope > path[data-outline]')].map((p) => ({
    slug: slugOfPath.get(attr(p, 'd')) ?? '?',
    colour: attr(p, 'stroke'),
    width: px(attr(p, 'stroke-width')),
  }));
  const links: MapPaint['links'] = {};
  for (const gEl of svg.querySelectorAll(':scope > g[data-region]')) {
    const line = gEl.querySelector('path');
    const end = gEl.querySelector('circle');
    links[attr(gEl, 'data-region')] = {
      colour: attr(line, 'stroke'),
      width: px(attr(line, 'stroke-width')),
      opacity: px(attr(line, 'stroke-opacity')),
      r: px(attr(end, 'r')),
      end: attr(end, 'fill'),
      ring: attr(end, 'stroke'),
      ringWidth: px(attr(end, 'stroke-width')),
    };
  }
  const ground = [...svg.querySelectorAll('g[data-ground]')].map((e) => attr(e, 'data-ground')).sort();
  return { fills, outlines, links, ground };
}

/** The style-spec definition of a layer property, e.g. line/paint line-width. */
function specOf(kind: 'paint' | 'layout', layerType: string, prop: string): StylePropertySpecification {
  const group = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `${kind}_${layerType}`
  ];
  const spec = group?.[prop];
  if (!spec) throw new Error(`no style-spec entry for ${kind}_${layerType}.${prop}`);
  return spec;
}

const hex = (c: unknown): string => {
  const { r, g: gg, b } = c as { r: number; g: number; b: number };
  return `#${[r, gg, b]
    .map((v) =>
      Math.round(v * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
};

/**
 * What the WebGL map draws: the adapter runs against a stub map on the same store; what it
 * set (feature state, filters, paint) is laid over the style, and each feature's paint is
 * evaluated as MapLibre evaluates it, at the zoom the SVG drawing frames the view at.
 */
async function readWebGl(store: AtlasStore, zoom: number): Promise<MapPaint> {
  const made: StubMap[] = [];
  const s0 = store.getState();
  const atlas = new AtlasMap({ clientWidth: W, clientHeight: H } as HTMLElement, model, store, {
    reducedMotion: () => true,
    viewport: () => ({ width: W, height: H }),
    insets: () => [],
    hover: createHoverStore(),
    createMap: StubMap.factory(made),
    loadChina: () => new Promise(() => {}),
  });
  const map = made[0];
  if (!map) throw new Error('the adapter made no map');
  map.fire('load');
  await waitFor(() => map.calls.some(([m]) => m === 'setFeatureState'), 'the adapter to paint the districts');
  atlas.destroy();

  const style = buildStyle(model, s0.theme, screenScale(W, H, s0.presenting));
  const layer = (id: string) => {
    const l = style.layers.find((x) => x.id === id) as {
      type: string;
      paint?: Record<string, unknown>;
      layout?: Record<string, unknown>;
      filter?: unknown;
      minzoom?: number;
    };
    if (!l) throw new Error(`no layer ${id}`);
    return l;
  };
  const state = new Map<number, Record<string, unknown>>();
  for (const [method, ...a] of map.calls) {
    if (method === 'setPaintProperty') {
      const l = layer(a[0] as string);
      l.paint = { ...l.paint, [a[1] as string]: a[2] };
    } else if (method === 'setLayoutProperty') {
      const l = layer(a[0] as string);
      l.layout = { ...l.layout, [a[1] as string]: a[2] };
    } else if (method === 'setFilter') layer(a[0] as string).filter = a[1];
    else if (method === 'setFeatureState') {
      const id = (a[0] as { id: number }).id;
      state.set(id, { ...state.get(id), ...(a[1] as Record<string, unknown>) });
    }
  }
  const paint = (id: string, prop: string, props: Record<string, unknown>, fs: Record<string, unknown> = {}) => {
    const l = layer(id);
    const parsed = expression.createPropertyExpression(
      l.paint?.[prop],
      `layers.${id}.paint.${prop}`,
      specOf('paint', l.type, prop),
    );
    if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
    return parsed.value.evaluate({ zoom }, { type: 'Point', properties: props, geometry: [] } as never, fs as never);
  };
  const visible = (id: string) => layer(id).layout?.visibility !== 'none' && zoom >= (layer(id).minzoom ?? 0);

  const fills: MapPaint['fills'] = {};
  const outlines: MapPaint['outlines'] = [];
  for (const d of model.districts) {
    const fs = state.get(d.adcode) ?? {};
    fills[d.slug] = hex(paint(LAYER.districtFill, 'fill-color', { adcode: d.adcode }, fs));
    if (paint(LAYER.districtSelected, 'line-opacity', {}, fs) === 1)
      outlines.push({
        slug: d.slug,
        colour: hex(paint(LAYER.districtSelected, 'line-color', {}, fs)),
        width: px(paint(LAYER.districtSelected, 'line-width', {}, fs) as number),
      });
  }
  const links: MapPaint['links'] = {};
  if (visible(LAYER.links)) {
    const { lines, ends } = linksGeoJSON(model);
    for (const f of lines.features) {
      const props = f.properties as Record<string, unknown>;
      const end = ends.features.find((e) => e.properties?.region === props.region)?.properties ?? {};
      links[String(props.region)] = {
        colour: hex(paint(LAYER.links, 'line-color', props)),
        width: px(paint(LAYER.links, 'line-width', props) as number),
        opacity: px(paint(LAYER.links, 'line-opacity', props) as number),
        r: px(paint(LAYER.linkEnds, 'circle-radius', end) as number),
        end: hex(paint(LAYER.linkEnds, 'circle-color', end)),
        ring: hex(paint(LAYER.linkEnds, 'circle-stroke-color', end)),
        ringWidth: px(paint(LAYER.linkEnds, 'circle-stroke-width', end) as number),
      };
    }
  }
  const points = layer(LAYER.points);
  const filter = featureFilter(points.filter as never, 'layers.points.filter');
  const ground = visible(LAYER.points)
    ? pointsGeoJSON(model, { layers: s0.layers, industries: s0.industries })
        .features.filter((f) => filter.filter({ zoom }, { type: 1, properties: f.properties, geometry: [] } as never))
        .map((f) => f.properties.id)
        .sort()
    : [];
  return { fills, outlines, links, ground };
}

// ---------- the overlay ----------

/** One drawn shape: where, filled or stroked, in what, how wide. */
interface Mark {
  at: string;
  op: 'fill' | 'stroke';
  colour: string;
  width?: number;
}
const key = (m: Mark) => `${m.at} ${m.op} ${m.colour}${m.width === undefined ? '' : ` ${m.width}`}`;
const at = (x: unknown, y: unknown) => `${px(x as number)},${px(y as number)}`;

/** Reads MapOverlay's DOM: boxes of labels, leaders, dots, hub, ring and symbols, as marks. */
function readOverlayDom(el: Element): Mark[] {
  const overlay = el.querySelector('.map-overlay') as HTMLElement;
  const v = (name: string) => overlay.style.getPropertyValue(name);
  const marks: Mark[] = [];
  const attr = (e: Element, a: string) => e.getAttribute(a) ?? '';
  for (const line of overlay.querySelectorAll('.map-leader line'))
    marks.push({
      at: `${at(attr(line, 'x1'), attr(line, 'y1'))}-${at(attr(line, 'x2'), attr(line, 'y2'))}`,
      op: 'stroke',
      colour: attr(line, 'stroke'),
      width: px(attr(line, 'stroke-width')),
    });
  for (const c of overlay.querySelectorAll('.map-leader circle, .map-ring, .map-origin-hub')) {
    const where = `${at(attr(c, 'cx'), attr(c, 'cy'))} r${px(attr(c, 'r'))}`;
    marks.push({ at: where, op: 'fill', colour: attr(c, 'fill') });
    marks.push({ at: where, op: 'stroke', colour: attr(c, 'stroke'), width: px(attr(c, 'stroke-width')) });
  }
  for (const p of overlay.querySelectorAll('.map-symbol polygon')) {
    const where = `polygon ${attr(p, 'points').split(' ').length}`;
    if (attr(p, 'fill') !== 'none') marks.push({ at: where, op: 'fill', colour: attr(p, 'fill') });
    if (p.hasAttribute('stroke'))
      marks.push({ at: where, op: 'stroke', colour: attr(p, 'stroke'), width: px(attr(p, 'stroke-width')) });
  }
  for (const l of overlay.querySelectorAll<HTMLElement>('[data-label]')) {
    const where = `box ${at(l.style.left, l.style.top)}`;
    const cls = l.classList;
    const fill = cls.contains('map-origin')
      ? v('--origin-fill')
      : cls.contains('map-callout')
        ? v('--callout-fill')
        : v('--badge-fill');
    marks.push({ at: where, op: 'fill', colour: fill });
    if (l.querySelector('.map-badge-count'))
      marks.push({ at: `pill in ${where}`, op: 'fill', colour: v('--badge-count-fill') });
    if (cls.contains('map-badge') || cls.contains('map-more'))
      marks.push({
        at: where,
        op: 'stroke',
        colour: cls.contains('selected') ? v('--badge-selected') : v('--badge-border'),
        width: px(l.style.borderWidth),
      });
  }
  return marks;
}

/** A 2D context that keeps what each fill and stroke drew, for draw-overlay. */
function recordingContext(): { ctx: CanvasRenderingContext2D; marks: Mark[] } {
  const marks: Mark[] = [];
  let path: string[] = [];
  let shape = '';
  let box: { x: number; y: number; w: number; h: number } | null = null;
  const c = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: '',
    textBaseline: '',
    lineJoin: '',
    lineCap: '',
    save() {},
    restore() {},
    translate() {},
    scale() {},
    closePath() {},
    fillText() {},
    measureText: (t: string) => ({ width: t.length * 7 }),
    beginPath() {
      path = [];
      shape = '';
    },
    moveTo(x: number, y: number) {
      path.push(at(x, y));
    },
    lineTo(x: number, y: number) {
      path.push(at(x, y));
    },
    arc(x: number, y: number, r: number) {
      shape = `${at(x, y)} r${px(r)}`;
    },
    roundRect(x: number, y: number, w: number, h: number) {
      // A badge's count pill is drawn inside its box.
      if (box && x > box.x && x < box.x + box.w && y > box.y && y < box.y + box.h)
        shape = `pill in box ${at(box.x, box.y)}`;
      else {
        box = { x, y, w, h };
        shape = `box ${at(x, y)}`;
      }
    },
    fill() {
      marks.push({ at: where(), op: 'fill', colour: String(c.fillStyle) });
    },
    stroke() {
      marks.push({ at: where(), op: 'stroke', colour: String(c.strokeStyle), width: px(c.lineWidth) });
    },
  };
  // A leader is a segment; a symbol a closed polygon (its SVG twin lists the same points).
  const where = () => shape || (path.length === 2 ? path.join('-') : `polygon ${path.length}`);
  return { ctx: c as unknown as CanvasRenderingContext2D, marks };
}

// ---------- the states ----------

const minhangRecord = model.placed.find((p) => p.district === 'minhang' && p.precision !== 'district');
if (!minhangRecord) throw new Error('the data has no record on the ground in Minhang');
const filterLayers = [minhangRecord.layer, ...LAYER_IDS.filter((l) => l !== minhangRecord.layer).slice(0, 2)];
const firstPlace = model.regionLinks[0]?.region.id ?? null;
const minhang = model.districtBySlug.minhang;

const STATES: [string, Partial<ViewState>][] = [
  ['the city', {}],
  [
    'Minhang under a filter, a record open, zoomed in',
    {
      district: 'minhang',
      record: minhangRecord.id,
      layers: filterLayers,
      camera: { lng: minhang.label[0], lat: minhang.label[1], zoom: 12 },
    },
  ],
  [
    'the dark theme, Minhang open',
    { theme: 'dark', district: 'minhang', record: minhangRecord.id, layers: filterLayers },
  ],
  ['the regional view, a place selected', { mapView: 'region', region: firstPlace }],
];

/** The zoom the SVG drawing frames the view at (SvgMap's own framing). */
function zoomOf(s: ViewState): number {
  const cam = frameView(
    model,
    modelBounds(model),
    s,
    W,
    H,
    frameOptions({ width: W, height: H }, s.presenting, undefined, undefined),
  );
  return Math.log2(cam.scale / TILE_SIZE);
}

describe.each(STATES)('every painter draws %s the same', (_name, view) => {
  const drawn: {
    svg?: MapPaint;
    gl?: MapPaint;
    dom?: Mark[];
    png?: Mark[];
  } = {};
  beforeAll(async () => {
    const store = createAtlasStore(view);
    const screen = await render(store, <SvgMap interactive />);
    drawn.svg = readSvg(screen.el.querySelector('[data-testid="svg-map"]') as Element);
    drawn.dom = readOverlayDom(screen.el);
    const left = screen.sink.current;
    if (!left) throw new Error('the overlay left no layout for the export');
    const png = recordingContext();
    drawOverlay(png.ctx, left.layout, left.theme, 1);
    drawn.png = png.marks;
    await screen.done();
    drawn.gl = await readWebGl(store, zoomOf(store.getState()));
  });

  it('fills and outlines the districts alike (SVG, WebGL)', () => {
    expect(drawn.svg?.fills).toEqual(drawn.gl?.fills);
    expect(drawn.svg?.outlines).toEqual(drawn.gl?.outlines);
    expect(Object.keys(drawn.svg?.fills ?? {})).toHaveLength(model.districts.length);
  });

  it('draws the same links, in the same colours, widths and opacities (SVG, WebGL)', () => {
    expect(drawn.svg?.links).toEqual(drawn.gl?.links);
    expect(Object.keys(drawn.svg?.links ?? {}).length > 0).toBe(view.mapView === 'region');
  });

  it('draws the same records on the ground (SVG, WebGL)', () => {
    expect(drawn.svg?.ground).toEqual(drawn.gl?.ground);
  });

  it('draws the same overlay on screen and in the PNG: badges, leaders, dots, hub, ring and symbols', () => {
    const dom = (drawn.dom ?? []).map(key).sort();
    const png = (drawn.png ?? []).map(key).sort();
    expect(dom.length).toBeGreaterThan(model.districts.length);
    expect(png).toEqual(dom);
  });
});

/** The states a handout is printed for: a district's sheet, or the regional view's. */
const PRINTED = STATES.filter(([, v]) => v.district || v.mapView === 'region');

describe.each(PRINTED)('print draws %s as the screen does', (_name, view) => {
  const drawn: { print?: { svg: MapPaint; dom: Mark[] }; framed?: { svg: MapPaint; dom: Mark[] } } = {};
  beforeAll(async () => {
    const printed = await render(createAtlasStore(view), <PrintSheet />);
    drawn.print = {
      svg: readSvg(printed.el.querySelector('.print-sheet svg') as Element),
      dom: readOverlayDom(printed.el),
    };
    await printed.done();
    // The handout frames the selection whatever the screen's camera: compare it with the screen framed so.
    const framed = await render(createAtlasStore({ ...view, camera: null }), <SvgMap interactive />);
    drawn.framed = {
      svg: readSvg(framed.el.querySelector('[data-testid="svg-map"]') as Element),
      dom: readOverlayDom(framed.el),
    };
    await framed.done();
  });

  it('fills, outlines, links and records on the ground alike (print, SVG)', () => {
    expect(drawn.print?.svg).toEqual(drawn.framed?.svg);
  });

  it('the same overlay (print, MapOverlay)', () => {
    expect(drawn.print?.dom.map(key).sort()).toEqual(drawn.framed?.dom.map(key).sort());
  });
});

/** Every kind of mark the comparisons above read. */
const KINDS = ['.map-leader circle', '.map-ring', '.map-origin-hub', '.map-symbol', '.map-callout', '[data-ground]'];

describe('the states compared', () => {
  it('include every kind of mark: leaders with their anchor dots, the ring, the hub, symbols, records on the ground', async () => {
    const seen = new Set<string>();
    for (const [, view] of STATES) {
      const screen = await render(createAtlasStore(view), <SvgMap interactive />);
      for (const sel of KINDS) if (screen.el.querySelector(sel)) seen.add(sel);
      await screen.done();
    }
    expect([...seen].sort()).toEqual([...KINDS].sort());
  });
});
