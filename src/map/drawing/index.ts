/**
 * The drawing model: from the state, the screen and the overlay's layout, everything the
 * map draws beyond raw geometry — fills, outlines, links, the records on the ground, the
 * overlay's styles and the legend. Pure. The painters (map/adapter.ts with style.ts and
 * ui/MapOverlay.tsx, ui/SvgMap.tsx, ui/export/draw-overlay.ts, and print through SvgMap)
 * only paint it.
 */
import type { AtlasModel } from '../../domain/model';
import type { DistrictSlug } from '../../domain/schema';
import type { OverlayLayout } from '../overlay/types';
import { districtAccents, districtFills, districtLine } from './districts';
import { groundRecords, groundSymbolPx, overlayGroundDistrict } from './ground';
import { legendEntries } from './legend';
import { linkPaints } from './links';
import { overlayStyle } from './overlay-style';
import type { Drawing, DrawingScreen, DrawingState } from './types';

export type * from './types';
export {
  DISTRICT_FILL_OPACITY,
  districtAccents,
  districtFills,
  districtLine,
  dimmedColour,
  isDimmed,
} from './districts';
export { groundRecords, groundSymbolPx, overlayGroundDistrict } from './ground';
export { legendEntries } from './legend';
export { linkOpacityCase, linkOpacityExpr, linkOpacityOf, linkPaints } from './links';
export { OVERLAY_LINES, overlayStyle } from './overlay-style';

/** What is drawn for `state` on `screen`; `hovered` outlines a district, `layout` is the overlay's (layoutOverlay). */
export function drawingOf(
  model: AtlasModel,
  state: DrawingState,
  screen: DrawingScreen,
  layout: OverlayLayout | null = null,
  hovered: DistrictSlug | null = null,
): Drawing {
  const { k, zoom } = screen;
  const filter = { layers: state.layers, industries: state.industries };
  const region = state.mapView === 'region';
  return {
    districts: districtFills(model, state),
    districtLine: districtLine(state.theme, zoom, k),
    accents: districtAccents(state.theme, state.district, hovered, k),
    links: region ? linkPaints(model, state.theme, state.region, k) : [],
    overlayGround: overlayGroundDistrict(model, state),
    ground: groundRecords(model, state, filter, zoom),
    groundPx: groundSymbolPx(zoom, k),
    overlay: layout ? { layout, style: overlayStyle(state.theme, layout.k) } : null,
    legend: legendEntries(model, state.theme, state.district),
  };
}
