/**
 * The first paint, built into index.html: the page's frame (header, columns) and the
 * city drawn as SVG — the land around it, the districts in their colours for the
 * default view, their borders — so the districts are on screen before any script has
 * run. React replaces the frame with the live app as soon as it starts; the drawing stays
 * as the map's stand-in until MapLibre has drawn (ui/FirstPaint.tsx).
 *
 * The drawing is fitted to its box by the browser (viewBox, `xMidYMid meet`), so one
 * SVG serves every screen size.
 */
import bboxClip from '@turf/bbox-clip';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { countByDistrict } from '../src/domain/join.ts';
import type { AtlasModel } from '../src/domain/model.ts';
import { FIRST_PAINT_VIEW } from '../src/store/view-state.ts';
import type { AreaGeometry } from '../src/domain/schema';
import { datasetChoropleth } from '../src/map/choropleth.ts';
import { firstPaintBox, firstPaintProject as project, FIRST_PAINT_ZOOM as ZOOM } from '../src/map/first-paint-frame.ts';
import { THEMES } from '../src/map/palette.ts';
import { SYMBOLOGY, valueAt } from '../src/map/symbology.ts';
import { STRINGS } from '../src/i18n/strings.ts';

/** Rings as path data, dropping points within 1.5 units of the last kept (invisible at this scale). */
function pathOfRings(
  rings: readonly (readonly [number, number][])[],
  close: boolean,
  origin: [number, number],
): string {
  let d = '';
  for (const ring of rings) {
    let last: [number, number] | null = null;
    ring.forEach(([lng, lat], i) => {
      const [x, y] = project(lng, lat);
      if (last && i < ring.length - 1 && Math.abs(x - last[0]) < 1.5 && Math.abs(y - last[1]) < 1.5) return;
      d += `${last ? 'L' : 'M'}${(x - origin[0]).toFixed(1)},${(y - origin[1]).toFixed(1)}`;
      last = [x, y];
    });
    if (close) d += 'Z';
  }
  return d;
}

function pathOf(g: AreaGeometry, origin: [number, number]): string {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return pathOfRings(
    polys.flatMap((p) => p as [number, number][][]),
    true,
    origin,
  );
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The city as an SVG fitted to any box: land, districts coloured for the default view, borders. */
export function firstPaintSvg(model: AtlasModel): string {
  const t = THEMES[FIRST_PAINT_VIEW.theme];
  const [[west, south], [east, north]] = model.bounds.city;
  const { origin, w, h } = firstPaintBox(model.bounds.city);
  const viewBox = `0 0 ${w.toFixed(0)} ${h.toFixed(0)}`;
  const counts = countByDistrict(model, { layers: FIRST_PAINT_VIEW.layers, industries: FIRST_PAINT_VIEW.industries });
  const scheme = datasetChoropleth(model, FIRST_PAINT_VIEW.theme);
  // The land around the city, as far as a wide screen's letterbox shows: beyond, nothing is on screen.
  const reach: [number, number, number, number] = [
    west - (east - west) * 0.6,
    south - (north - south) * 0.6,
    east + (east - west) * 0.6,
    north + (north - south) * 0.6,
  ];
  const land = model.contextGeo.features
    .map((f) => bboxClip(f as Feature<Polygon | MultiPolygon>, reach).geometry)
    .filter((g) => g.coordinates.length > 0)
    .map((g) => pathOf(g as AreaGeometry, origin))
    .join('');
  const lineWidth = valueAt(SYMBOLOGY.district.line, ZOOM);
  const districts = model.districts
    .map(
      (d) =>
        `<path data-district="${d.slug}" fill="${scheme.colourOf(counts[d.slug].total)}" d="${pathOf(d.geometry, origin)}"/>`,
    )
    .join('');
  const shanghai = model.bordersGeo.features
    .filter((f) => f.properties.level === 'shanghai')
    .map((f) => pathOfRings(f.geometry.coordinates, false, origin))
    .join('');
  // Without anti-aliasing: where WebGL runs in software, Chromium rasterises SVG through that software
  // GPU too, and smooth edges cost the page's first frame about half a second (and the WebGL map's
  // context waits behind it). The app keeps this drawing as the map's stand-in while the view is the
  // one it shows (ui/FirstPaint.tsx); any other view gets its CPU-painted stand-in (ui/svg-raster.ts).
  return (
    `<svg data-first-paint="" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" shape-rendering="crispEdges" aria-hidden="true">` +
    `<path fill="${t.land}" d="${land}"/>` +
    `<g stroke="${t.districtLine}" stroke-width="${lineWidth}" stroke-linejoin="round">${districts}</g>` +
    `<path fill="none" stroke="${t.shanghaiBorder}" stroke-width="${valueAt(SYMBOLOGY.shanghaiBorder, ZOOM)}" stroke-linejoin="round" d="${shanghai}"/>` +
    `</svg>`
  );
}

/** The page's frame around the drawing, with the same classes the app lays itself out with. */
export function firstPaintHtml(model: AtlasModel): string {
  const t = STRINGS.zh;
  return (
    `<div class="app theme-${FIRST_PAINT_VIEW.theme} first-paint" aria-busy="true">` +
    `<header class="header"><div class="header-title"><h1>${escape(t.appTitle)}</h1><p>${escape(t.appSubtitle)}</p></div></header>` +
    `<main class="main"><div class="map-wrap"><div class="svg-map" style="background:${THEMES[FIRST_PAINT_VIEW.theme].sea}">` +
    firstPaintSvg(model) +
    `</div></div><footer class="attribution">${escape(t.attribution)}</footer></main>` +
    `<aside class="sidebar"></aside><aside class="panel"></aside>` +
    `</div>`
  );
}
