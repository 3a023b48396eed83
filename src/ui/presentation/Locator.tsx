/**
 * The deck's locator map: the whole city, small, with the district the map is framing
 * filled in the highlight colour, so a room looking at one district among its neighbours
 * still knows where in Shanghai it is. Drawn with the map's own projection (mercator-camera.ts)
 * and paths (svg-path.ts); where it sits is the deck's layout (layout.ts locatorBox),
 * which the framing keeps the district clear of.
 */
import { useMemo } from 'react';
import type { AtlasModel } from '../../domain/model';
import type { DistrictSlug } from '../../domain/schema';
import { fitCamera, toScreen } from '../../map/mercator-camera';
import { THEMES } from '../../map/palette';
import { pathOf, pathOfLines, type Project } from '../../map/svg-path';
import { useAtlas, useModel, useStrings } from '../context';

/** The drawing's units: a square this many units across, whatever its size on screen. */
const SIDE = 200;
const PAD = 8;
/** A subject smaller than this (units) is also ringed, so a glance finds it. */
const RING_BELOW = 28;

interface LocatorDrawing {
  districts: { slug: DistrictSlug; d: string; box: [number, number, number, number] }[];
  shanghai: string;
}

function drawLocator(model: AtlasModel): LocatorDrawing {
  const pad = { top: PAD, bottom: PAD, left: PAD, right: PAD };
  const cam = fitCamera(model.bounds.city, SIDE, SIDE, pad);
  const project: Project = (lng, lat) => toScreen(lng, lat, cam, SIDE, SIDE);
  return {
    districts: model.districts.map((d) => {
      const [[w, s], [e, n]] = model.bounds.district[d.slug];
      const [x0, y0] = project(w, n);
      const [x1, y1] = project(e, s);
      return { slug: d.slug, d: pathOf(d.geometry, project), box: [x0, y0, x1, y1] };
    }),
    shanghai: model.bordersGeo.features
      .filter((f) => f.properties.level === 'shanghai')
      .map((f) => pathOfLines(f.geometry.coordinates, project, false))
      .join(''),
  };
}

export function Locator({ district }: { district: DistrictSlug }) {
  const model = useModel();
  const t = useStrings();
  const theme = useAtlas((s) => s.theme);
  const lang = useAtlas((s) => s.lang);
  const drawing = useMemo(() => drawLocator(model), [model]);
  const c = THEMES[theme];
  const subject = drawing.districts.find((d) => d.slug === district);
  const ring = subject && ringOf(subject.box);
  return (
    <figure
      className="deck-locator"
      data-testid="deck-locator"
      data-subject={district}
      data-map-obstacle=""
      data-map-inset=""
      role="img"
      aria-label={t.stepMap.locator(model.districtBySlug[district].name[lang])}
    >
      <svg viewBox={`0 0 ${SIDE} ${SIDE}`} aria-hidden="true" style={{ background: c.sea }}>
        {/* The other districts in a mid tone that stands off the sea in both themes; the subject in the highlight. */}
        <g stroke={c.districtLine} strokeWidth={0.8} strokeLinejoin="round">
          {drawing.districts.map((d) => (
            <path
              key={d.slug}
              d={d.d}
              fill={d.slug === district ? c.badge.selected : c.provinceBorder}
              data-locator-district={d.slug}
            />
          ))}
        </g>
        <path d={drawing.shanghai} fill="none" stroke={c.shanghaiBorder} strokeWidth={1.2} strokeLinejoin="round" />
        {ring && <circle cx={ring.x} cy={ring.y} r={ring.r} fill="none" stroke={c.badge.selected} strokeWidth={2.5} />}
      </svg>
    </figure>
  );
}

/** A ring around a small subject's box, clear of its outline; none for a large one. */
function ringOf([x0, y0, x1, y1]: [number, number, number, number]): { x: number; y: number; r: number } | null {
  if (Math.max(x1 - x0, y1 - y0) >= RING_BELOW) return null;
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, r: Math.hypot(x1 - x0, y1 - y0) / 2 + 5 };
}
