import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { AreaGeometry, DistrictSlug } from '../domain/schema';
import { buildChoropleth } from '../map/choropleth';
import { frameView, modelBounds, TILE_SIZE, toScreen, type ScreenCamera } from '../map/framing';
import { labelSizeAt, placeLabels, textWidth } from '../map/label-placement';
import { THEMES } from '../map/palette';
import { useAtlas, useAtlasShallow, useModel, useStrings } from './context';
import { useFiltered } from './derived';

function pathOf(g: AreaGeometry, cam: ScreenCamera, w: number, h: number): string {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let d = '';
  for (const poly of polys)
    for (const ring of poly) {
      ring.forEach(([lng, lat], i) => {
        const [x, y] = toScreen(lng, lat, cam, w, h);
        d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
      });
      d += 'Z';
    }
  return d;
}

/**
 * The districts drawn as SVG, with the WebGL map's framing and colours. It is what people
 * see first, while MapLibre starts (software WebGL can take seconds), and all they see on
 * machines without WebGL — selection, hover, filter colours and labels included.
 */
export function SvgMap({ interactive, ignoreCamera = false }: { interactive: boolean; ignoreCamera?: boolean }) {
  const t = useStrings();
  const model = useModel();
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const view = useAtlasShallow((s) => ({
    mapView: s.mapView,
    region: s.region,
    district: s.district,
    record: s.record,
    camera: s.camera,
    presenting: s.presenting,
    theme: s.theme,
    lang: s.lang,
    hover: s.hover?.district ?? null,
  }));
  const selectDistrict = useAtlas((s) => s.selectDistrict);
  const setHover = useAtlas((s) => s.setHover);
  const selectRegion = useAtlas((s) => s.selectRegion);
  const { byDistrict } = useFiltered();
  const bounds = useMemo(() => modelBounds(model), [model]);
  const links = model.regionLinks;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ w: el.clientWidth, h: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const drawing = useMemo(() => {
    if (!size || size.w === 0 || size.h === 0) return null;
    const cam = frameView(
      model,
      bounds,
      ignoreCamera ? { ...view, camera: null, presenting: false } : view,
      size.w,
      size.h,
    );
    return {
      scale: cam.scale,
      china: model.chinaGeo.features.map((f) => pathOf(f.geometry, cam, size.w, size.h)),
      context: model.contextGeo.features.map((f) => pathOf(f.geometry, cam, size.w, size.h)),
      links:
        view.mapView === 'region'
          ? links.map((l) => ({
              link: l,
              d: l.path
                .map(([lng, lat], i) => {
                  const [x, y] = toScreen(lng, lat, cam, size.w, size.h);
                  return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
                })
                .join(''),
              end: toScreen(l.region.lng, l.region.lat, cam, size.w, size.h),
            }))
          : [],
      districts: model.districts.map((d) => ({
        d,
        path: pathOf(d.geometry, cam, size.w, size.h),
        label: toScreen(d.label[0], d.label[1], cam, size.w, size.h),
      })),
    };
    // The drawing depends on the framing fields only, not on hover or language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    model,
    bounds,
    size,
    view.mapView,
    view.region,
    view.district,
    view.record,
    view.camera,
    view.presenting,
    ignoreCamera,
  ]);

  const labels = useMemo(() => {
    if (!drawing) return new Map<string, { x: number; y: number; fontSize: number }>();
    const fontSize = labelSizeAt(Math.log2(drawing.scale / TILE_SIZE));
    const bubbles = drawing.districts
      .filter(({ d }) => byDistrict[d.slug].total > 0 && view.district !== d.slug)
      .map(({ label: [x, y] }) => ({ x0: x - 12, y0: y - 12, x1: x + 12, y1: y + 12 }));
    const placed = placeLabels(
      drawing.districts.map(({ d, label: [x, y] }) => ({
        id: d.slug,
        x,
        y,
        width: textWidth(d.name[view.lang], fontSize) + 4,
        height: fontSize * 1.2,
      })),
      bubbles,
      13,
    );
    return new Map(placed.map((p) => [p.id, { x: p.x, y: p.y, fontSize }]));
  }, [drawing, byDistrict, view.district, view.lang]);

  const theme = THEMES[view.theme];
  const scale = useMemo(() => buildChoropleth(Object.values(byDistrict).map((c) => c.total)), [byDistrict]);
  const hoverAt = (slug: DistrictSlug) => (e: MouseEvent) => {
    const box = ref.current?.getBoundingClientRect();
    if (box)
      setHover({ district: slug, record: null, cluster: 0, at: { x: e.clientX - box.left, y: e.clientY - box.top } });
  };

  return (
    <div ref={ref} className="svg-map" style={{ background: theme.sea }}>
      {drawing && size && (
        <svg
          data-testid={interactive ? 'svg-map' : undefined}
          width={size.w}
          height={size.h}
          role={interactive ? 'group' : 'img'}
          aria-label={t.mapLabel}
          onClick={interactive ? () => selectDistrict(null) : undefined}
        >
          <g fill={theme.province} stroke={theme.provinceLine} strokeWidth={0.7}>
            {drawing.china.map((p, i) => (
              <path key={i} d={p} />
            ))}
          </g>
          <g fill={theme.land} stroke={theme.landLine} strokeWidth={0.8}>
            {drawing.context.map((p, i) => (
              <path key={i} d={p} />
            ))}
          </g>
          {drawing.districts.map(({ d, path }) => {
            const selected = view.district === d.slug;
            const dim = view.district !== null && !selected;
            return (
              <path
                key={d.slug}
                d={path}
                data-district={d.slug}
                fill={scale.colourOf(byDistrict[d.slug].total)}
                fillOpacity={dim ? 0.45 : 0.95}
                stroke={selected ? theme.selectedLine : view.hover === d.slug ? theme.hoverLine : theme.districtLine}
                strokeWidth={selected ? 3.5 : view.hover === d.slug ? 2 : 1}
                style={{ cursor: interactive ? 'pointer' : undefined }}
                onClick={
                  interactive
                    ? (e) => {
                        e.stopPropagation();
                        selectDistrict(d.slug);
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
          {drawing.links.map(({ link, d, end: [x, y] }) => (
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
                stroke={theme.link}
                strokeOpacity={0.85}
                strokeLinecap="round"
                strokeWidth={Math.min(6, 2 + (link.recordIds.length - 1) * (4 / 7))}
              />
              <circle
                cx={x}
                cy={y}
                r={Math.min(11, 6 + (link.recordIds.length - 1) * (5 / 7))}
                fill={theme.link}
                stroke={theme.labelHalo}
                strokeWidth={2}
              />
              <text
                x={x}
                y={y + 24}
                textAnchor="middle"
                fontSize={15}
                fill={theme.labelText}
                stroke={theme.labelHalo}
                strokeWidth={3}
                paintOrder="stroke"
              >
                {`${link.region.name[view.lang]} · ${link.recordIds.length}`}
              </text>
            </g>
          ))}
          {view.mapView === 'city' && (
            <g pointerEvents="none" textAnchor="middle" fontSize={13} fontWeight={400}>
              {drawing.districts.map(({ d, label: [x, y] }) => {
                const n = byDistrict[d.slug].total;
                const showBubble = n > 0 && view.district !== d.slug;
                const label = labels.get(d.slug);
                return (
                  <g key={d.slug}>
                    {showBubble && (
                      <>
                        <circle
                          cx={x}
                          cy={y}
                          r={Math.min(24, 11 + (n - 1) * (5 / 9))}
                          fill={theme.clusterFill}
                          stroke={theme.clusterStroke}
                          strokeWidth={2}
                        />
                        <text x={x} y={y + 4.5} fill={theme.clusterText}>
                          {n}
                        </text>
                      </>
                    )}
                    {label && (
                      <text
                        x={label.x}
                        y={label.y}
                        dominantBaseline="central"
                        fill={theme.labelText}
                        stroke={theme.labelHalo}
                        strokeWidth={3}
                        paintOrder="stroke"
                        fontSize={label.fontSize}
                      >
                        {d.name[view.lang]}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          )}
        </svg>
      )}
    </div>
  );
}
