/**
 * How the districts are painted: each one's fill (dimmed beside a selection), the line
 * between them, and the hovered and selected outlines. The WebGL map sets these as feature
 * state; the SVG drawing paints them as attributes.
 */
import type { AtlasModel } from '../../domain/model';
import type { DistrictSlug } from '../../domain/schema';
import { filteredCounts } from '../../domain/filtered';
import type { ThemeName } from '../../vocabulary';
import { datasetChoropleth } from '../choropleth';
import { THEMES } from '../palette';
import { mix, sizeAt, SYMBOLOGY } from '../symbology';
import type { DistrictAccent, DistrictFill, DrawingState, Stroke } from './types';

/** Land is opaque: a district is never translucent, dimmed or not. */
export const DISTRICT_FILL_OPACITY = 1;

/** Beside a selected district, every other district steps back. */
export function isDimmed(slug: DistrictSlug, selected: DistrictSlug | null): boolean {
  return selected !== null && slug !== selected;
}

/** A district's colour as drawn: the choropleth's, moved towards the land's when dimmed. */
export function dimmedColour(colour: string, dimmed: boolean, theme: ThemeName): string {
  return dimmed ? mix(colour, THEMES[theme].land, SYMBOLOGY.district.dimMix) : colour;
}

/** Every district's fill for the state's filter, selection and theme. */
export function districtFills(
  model: AtlasModel,
  state: Pick<DrawingState, 'theme' | 'district' | 'layers' | 'industries'>,
): DistrictFill[] {
  const counts = filteredCounts(model, state.layers, state.industries).byDistrict;
  const scheme = datasetChoropleth(model, state.theme);
  return model.districts.map((d) => {
    const dimmed = isDimmed(d.slug, state.district);
    return {
      slug: d.slug,
      adcode: d.adcode,
      colour: dimmedColour(scheme.colourOf(counts[d.slug].total), dimmed, state.theme),
      dimmed,
      selected: d.slug === state.district,
      opacity: DISTRICT_FILL_OPACITY,
    };
  });
}

/** The line between districts at a zoom and screen scale. */
export function districtLine(theme: ThemeName, zoom: number, k: number): Stroke {
  return { colour: THEMES[theme].districtLine, width: sizeAt('districtLine', zoom, k) };
}

/** The outlines drawn over the others: the hovered district's, then the selected one's (on top). */
export function districtAccents(
  theme: ThemeName,
  selected: DistrictSlug | null,
  hovered: DistrictSlug | null,
  k: number,
): DistrictAccent[] {
  const t = THEMES[theme];
  const out: DistrictAccent[] = [];
  if (hovered && hovered !== selected)
    out.push({ slug: hovered, kind: 'hover', stroke: { colour: t.hoverLine, width: sizeAt('districtHover', 0, k) } });
  if (selected)
    out.push({
      slug: selected,
      kind: 'selected',
      stroke: { colour: t.selectedLine, width: sizeAt('districtSelected', 0, k) },
    });
  return out;
}
