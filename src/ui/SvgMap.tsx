import { DASHED_LINE_ADCODE } from '../map/inset/model';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { DistrictSlug } from '../domain/schema';
import { CHINA_BELOW_ZOOM, chinaIfLoaded, loadChina, type ChinaLayer } from '../data/china';
import { fixedCamera } from '../map/camera-source';
import { fromMercator, TILE_SIZE, toScreen, viewBounds, type ScreenCamera } from '../map/mercator-camera';
import type { Padding } from '../map/frame-padding';
import { frameOptions, frameView, modelBounds, type FrameOptions } from '../map/framing';
import { metresPerPixel, scaleBar } from '../map/scale-bar';
import { drawingOf } from '../map/drawing';
import { THEMES } from '../map/palette';
import { screenScale } from '../map/screen-scale';
import { symbolShape } from '../map/symbol-shape';
import { pathOf, pathOfLines, type Project } from '../map/svg-path';
import { SymbolPolygons } from './SymbolIcon';
import { colourAt, sizeAt, SYMBOLOGY } from '../map/symbology';
import { StoreContext, useAtlas, useAtlasShallow, useModel, useStrings, useHover } from './context';
import { useOverlaySink } from './overlay-sink';
import { actOnHit, overlayHitAt } from '../map/overlay-hit';
import { useFiltered } from './derived';
import { MapOverlay } from './MapOverlay';
import { useViewport } from './viewport';
import { paintSvgShapes } from './svg-raster';

/** China's outline once a view needs it (the regional view, or a city view zoomed far out). */
function useChina(needed: boolean): ChinaLayer | null {
  const [layer, setLayer] = useState(chinaIfLoaded);
  const setFailed = useAtlas((s) => s.setChinaFailed);
  useEffect(() => {
    if (!needed || layer) return;
    let live = true;
    // Asked again each time a view needs it, as the WebGL map does (map/adapter.ts, needChina).
    loadChina(true).then(
      (l) => {
        if (!live) return;
        setLayer(l);
        setFailed(false);
      },
      (e: unknown) => {
        console.warn("China's outline could not be loaded; it is asked for again when a view needs it", e);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [needed, layer, setFailed]);
  return layer;
}

/**
 * The map drawn as SVG, with the WebGL map's framing, symbology and overlay. It is what
 * people see first, while MapLibre starts (software WebGL can take seconds), and all they
 * see on machines without WebGL — selection, hover, filter colours, names and the
 * selected record included.
 */
export function SvgMap({
  interactive,
  ignoreCamera = false,
  insets,
  seaInset,
  raster = false,
}: {
  interactive: boolean;
  /** Paint the shapes on a CPU canvas beneath the SVG (svg-raster.ts): for the stand-in shown while the WebGL map starts. */
  raster?: boolean;
  ignoreCamera?: boolean;
  /** Floating controls to keep clear of, as the WebGL map does. */
  insets?: () => readonly Padding[];
  /** Where the regional view's South China Sea Islands inset goes, as the WebGL map keeps clear of it. */
  seaInset?: () => FrameOptions['seaInset'];
}) {
  const t = useStrings();
  const model = useModel();
  const ref = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const viewport = useViewport();
  const view = useAtlasShallow((s) => ({
    mapView: s.mapView,
    region: s.region,
    district: s.district,
    record: s.record,
    camera: s.camera,
    presenting: s.presenting,
    deckCard: s.deckCard,
    theme: s.theme,
    lang: s.lang,
    layers: s.layers,
    industries: s.industries,
  }));
  const hovered = useHover((s) => s.hover?.district ?? null);
  const selectDistrict = useAtlas((s) => s.selectDistrict);
  const setHover = useHover((s) => s.setHover);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const showDetour = useAtlas((s) => s.showDetour);
  const store = useContext(StoreContext);
  const sink = useOverlaySink();
  const { byDistrict } = useFiltered();
  const bounds = useMemo(() => modelBounds(model), [model]);

  // Measured before the browser paints: the print handout is drawn inside `beforeprint`, where
  // only what React renders synchronously reaches the paper.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ w: el.clientWidth, h: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Every commit repaints the canvas, before the browser paints: it is the SVG's shapes, and they change with hover too.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    const canvas = canvasRef.current;
    // Without the canvas (the WebGL map failed: this drawing is the map now) the SVG paints its shapes again.
    svg?.toggleAttribute('data-raster', canvas !== null && paintSvgShapes(svg, canvas, window.devicePixelRatio || 1));
  });

  const framed = ignoreCamera ? { ...view, camera: null, presenting: false } : view;
  const cam: ScreenCamera | null = useMemo(
    () =>
      size && size.w > 0 && size.h > 0
        ? frameView(
            model,
            bounds,
            framed,
            size.w,
            size.h,
            frameOptions(viewport, framed.presenting, insets?.(), seaInset?.()),
          )
        : null,
    // The framing depends on these fields only, not on hover, theme or the filter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      model,
      bounds,
      size,
      viewport,
      framed.mapView,
      framed.region,
      framed.district,
      framed.record,
      framed.camera,
      framed.presenting,
      framed.deckCard,
      insets,
      seaInset,
    ],
  );

  const drawing = useMemo(() => {
    if (!cam || !size) return null;
    const project: Project = (lng, lat) => toScreen(lng, lat, cam, size.w, size.h);
    return {
      project,
      zoom: Math.log2(cam.scale / TILE_SIZE),
      bounds: viewBounds(cam, size.w, size.h),
      context: model.contextGeo.features.map((f) => pathOf(f.geometry, project)),
      borders: Object.fromEntries(
        model.bordersGeo.features.map((f) => [f.properties.level, pathOfLines(f.geometry.coordinates, project, false)]),
      ),
      links:
        view.mapView === 'region'
          ? model.regionLinks.map((l) => ({
              link: l,
              d: pathOfLines([l.path], project, false),
              end: project(l.region.lng, l.region.lat),
            }))
          : [],
      districts: model.districts.map((d) => ({ d, path: pathOf(d.geometry, project) })),
    };
  }, [model, cam, size, view.mapView]);

  const china = useChina(view.mapView === 'region' || (drawing !== null && drawing.zoom < CHINA_BELOW_ZOOM));
  const chinaPaths = useMemo(
    () =>
      drawing && china
        ? {
            land: china.china.features.flatMap((f) =>
              f.geometry.type === 'Point'
                ? []
                : [{ d: pathOf(f.geometry, drawing.project), dashed: f.properties.adcode === DASHED_LINE_ADCODE }],
            ),
            islands: china.china.features.flatMap((f) =>
              f.geometry.type === 'Point'
                ? [drawing.project(f.geometry.coordinates[0], f.geometry.coordinates[1])]
                : [],
            ),
            borders: china.borders.features.map((f) => pathOfLines(f.geometry.coordinates, drawing.project, false)),
          }
        : null,
    [drawing, china],
  );

  const overlayCamera = useMemo(
    () =>
      drawing && size
        ? fixedCamera({
            project: (lng, lat) => {
              const [x, y] = drawing.project(lng, lat);
              return { x, y };
            },
            zoom: drawing.zoom,
            bounds: drawing.bounds,
            width: size.w,
            height: size.h,
            viewport,
          })
        : null,
    [drawing, size, viewport],
  );

  const theme = THEMES[view.theme];
  const k = screenScale(viewport.width, viewport.height, view.presenting);
  const hoverAt = (slug: DistrictSlug) => (e: MouseEvent) => {
    const box = ref.current?.getBoundingClientRect();
    if (box)
      setHover({ district: slug, record: null, cluster: 0, at: { x: e.clientX - box.left, y: e.clientY - box.top } });
  };
  // The overlay takes no pointer events (map/overlay-hit.ts): a tap on a badge or a symbol is found here.
  const onHit = (e: MouseEvent) => {
    const box = ref.current?.getBoundingClientRect();
    const layout = sink?.current?.layout;
    if (!box || !layout) return;
    const hit = overlayHitAt(layout, e.clientX - box.left, e.clientY - box.top);
    if (!hit || !store) return;
    e.stopPropagation();
    actOnHit(store.getState(), hit, (id) => {
      const d = model.recordById[id]?.districts[0];
      return d && model.districtBySlug[d as DistrictSlug] ? (d as DistrictSlug) : null;
    });
  };
  const z = drawing?.zoom ?? 10;
  const S = SYMBOLOGY;
  // What is drawn, as the WebGL map draws it: fills and dims, outlines, links, and the records on the ground
  // the map draws itself (the overlay draws the selected district's while they are few).
  const painted = drawingOf(model, view, { k, zoom: z }, null, hovered);
  const fillOf = new Map(painted.districts.map((f) => [f.slug, f]));
  const pathOfDistrict = new Map(drawing?.districts.map(({ d, path }) => [d.slug, path]));
  const linkOf = new Map(painted.links.map((l) => [l.region, l]));
  const ground = drawing ? painted.ground : [];
  // The same bar MapLibre's scale control draws on the WebGL map (up to 100 px, scaled).
  const bar = cam ? scaleBar(metresPerPixel(fromMercator(cam.cx, cam.cy)[1], cam.scale), 100 * k) : null;

  return (
    <div
      ref={ref}
      className="svg-map"
      style={{ background: theme.sea }}
      onClickCapture={interactive ? onHit : undefined}
    >
      {raster && drawing && size && <canvas ref={canvasRef} className="svg-raster" aria-hidden="true" />}
      {drawing && size && (
        <svg
          ref={svgRef}
          data-testid={interactive ? 'svg-map' : undefined}
          width={size.w}
          height={size.h}
          role={interactive ? 'group' : 'img'}
          aria-label={t.mapLabel}
          onClick={
            interactive && !view.presenting
              ? () => (view.mapView === 'region' ? selectRegion(null) : selectDistrict(null))
              : undefined
          }
        >
          <g fill={theme.land} stroke="none">
            {chinaPaths?.land.map((p, i) => (
              <path key={`c${i}`} d={p.d} fill={p.dashed ? theme.inset.dash : undefined} />
            ))}
            {drawing.context.map((p, i) => (
              <path key={`x${i}`} d={p} />
            ))}
          </g>
          <g fill={theme.provinceBorder} stroke={theme.land} strokeWidth={sizeAt('islandStroke', z, k)}>
            {chinaPaths?.islands.map(([x, y], i) => (
              <circle key={`i${i}`} cx={x.toFixed(1)} cy={y.toFixed(1)} r={sizeAt('islandRadius', z, k)} />
            ))}
          </g>
          <g fill="none" strokeLinejoin="round" strokeLinecap="round">
            <path
              d={drawing.borders.city}
              stroke={colourAt(S.cityBorder.fadeIn, z, theme.land, theme.cityBorder)}
              strokeWidth={sizeAt('cityBorder', z, k)}
            />
            <path
              d={drawing.borders.province}
              stroke={theme.provinceBorder}
              strokeWidth={sizeAt('provinceBorder', z, k)}
            />
            {chinaPaths?.borders.map((d, i) => (
              <path key={`b${i}`} d={d} stroke={theme.provinceBorder} strokeWidth={sizeAt('provinceBorder', z, k)} />
            ))}
          </g>
          {drawing.districts.map(({ d, path }) => {
            const fill = fillOf.get(d.slug);
            return (
              <path
                key={d.slug}
                d={path}
                data-district={d.slug}
                fill={fill?.colour}
                fillOpacity={fill && fill.opacity !== 1 ? fill.opacity : undefined}
                stroke={painted.districtLine.colour}
                strokeWidth={painted.districtLine.width}
                strokeLinejoin="round"
                style={{ cursor: interactive ? 'pointer' : undefined }}
                onClick={
                  interactive
                    ? (e) => {
                        e.stopPropagation();
                        if (view.presenting) showDetour(d.slug);
                        else selectDistrict(d.slug);
                      }
                    : undefined
                }
                onMouseMove={interactive ? hoverAt(d.slug) : undefined}
                onMouseLeave={interactive ? () => setHover(null) : undefined}
              >
                <title>{`${d.name[view.lang]} · ${t.records(byDistrict[d.slug].total)}`}</title>
              </path>
            );
          })}
          <path
            d={drawing.borders.shanghai}
            fill="none"
            stroke={theme.shanghaiBorder}
            strokeWidth={sizeAt('shanghaiBorder', z, k)}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
          {painted.accents.map((a) => (
            <path
              key={`line-${a.slug}`}
              d={pathOfDistrict.get(a.slug)}
              data-outline={a.kind}
              fill="none"
              pointerEvents="none"
              stroke={a.stroke.colour}
              strokeWidth={a.stroke.width}
              strokeLinejoin="round"
            />
          ))}
          {ground.map((p) => {
            const [x, y] = drawing.project(p.lng, p.lat);
            const shape = symbolShape(p.layer, p.precision, painted.groundPx);
            return (
              <g key={p.id} data-ground={p.id} pointerEvents="none">
                <SymbolPolygons shape={shape} x={x} y={y} />
              </g>
            );
          })}
          {drawing.links.map(({ link, d, end: [x, y] }) => {
            const paint = linkOf.get(link.region.id);
            if (!paint) return null;
            return (
              <g
                key={link.region.id}
                data-region={link.region.id}
                style={{ cursor: interactive ? 'pointer' : undefined }}
                onClick={
                  interactive
                    ? (e) => {
                        e.stopPropagation();
                        selectRegion(link.region.id);
                      }
                    : undefined
                }
              >
                <path
                  d={d}
                  fill="none"
                  stroke={paint.line.colour}
                  strokeOpacity={paint.line.opacity}
                  strokeLinecap="round"
                  strokeWidth={paint.line.width}
                />
                <circle
                  cx={x}
                  cy={y}
                  r={paint.end.r}
                  fill={paint.end.fill}
                  stroke={paint.end.stroke.colour}
                  strokeWidth={paint.end.stroke.width}
                />
              </g>
            );
          })}
          {bar && (
            <g className="svg-scale" data-map-obstacle="" transform={`translate(${10}, ${size.h - 10})`}>
              <rect
                x={0}
                y={-16 * k}
                width={bar.px}
                height={16 * k}
                fill={theme.scaleBar.fill}
                stroke={theme.scaleBar.text}
              />
              <text x={4 * k} y={-4 * k} fontSize={11 * k} fill={theme.scaleBar.text}>
                {bar.label}
              </text>
            </g>
          )}
        </svg>
      )}
      {overlayCamera && <MapOverlay camera={overlayCamera} exported={interactive} />}
    </div>
  );
}
