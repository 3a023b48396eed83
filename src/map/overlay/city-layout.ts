/**
 * The city view's layout, in the order its parts claim room, each an obstacle to what
 * follows: the records on the ground, the selected district's badge and the records round
 * it, the selected record's ring and name, then every other district's badge.
 */
import type { Box } from '../screen-geometry';
import type { LabelRequest } from '../label-request';
import { badgeWidth } from './badge';
import { groundSymbols } from './city-ground';
import { districtNames, placeNames, recordName, type DistrictLabel } from './city-names';
import { layoutSelected, type SelectedDistrict } from './selected-district';
import type { LayoutFrame, OverlayInput, OverlayLayout, PlacedOverlayLabel } from './types';

/** Lays out the city view; `obstacles` are the panels, legend and cards over the map. */
export function layoutCity(
  input: OverlayInput,
  f: LayoutFrame,
  obstacles: readonly Box[],
): Pick<OverlayLayout, 'labels' | 'symbols' | 'ring'> {
  const { model, view } = input;
  const fixed: Box[] = [...obstacles];
  const selected = view.district ? model.districtBySlug[view.district] : null;
  const badges = districtBadges(input);
  const requestOf = badgeRequest(input, f);

  const symbols = groundSymbols(input, f, selected, fixed);
  let own: SelectedDistrict | null = null;
  if (selected) {
    const mine = badges.find((l) => l.slug === selected.slug);
    const others = badges.filter((l) => l !== mine).map((l) => requestOf(l).anchor);
    own = layoutSelected(input, f, selected, mine ? requestOf(mine) : null, others, fixed);
    symbols.push(...own.symbols);
  }
  const record = recordName(input, f, symbols, fixed);
  const placedSelected = own?.placed ?? null;
  const names = [
    ...(record.named ? [record.named] : []),
    ...districtNames(input, f, badges, requestOf, placedSelected ? view.district : null, obstacles, fixed),
  ];
  const placed = placeNames(input, f, names, requestOf, selected, placedSelected, fixed);

  const selectedLabel = badges.find((l) => l.id === placedSelected?.id);
  const labels: PlacedOverlayLabel[] = [
    ...(placedSelected && selectedLabel ? [{ ...selectedLabel, placed: placedSelected }] : []),
    ...names.map((n, i) => ({ ...n.label, placed: placed[i] as PlacedOverlayLabel['placed'] })),
    ...(own?.more ? [{ ...own.more.label, placed: own.more.placed }] : []),
  ];
  return { labels, symbols, ring: record.ring };
}

/** One badge per district: its name and count. */
function districtBadges(input: OverlayInput): DistrictLabel[] {
  const { model, view } = input;
  return model.districts.map((d) => ({
    kind: 'district',
    id: `d:${d.slug}`,
    slug: d.slug,
    name: d.name[view.lang],
    count: input.counts[d.slug].total,
    selected: view.district === d.slug,
  }));
}

/** What a district's badge asks of placement: to sit on its label point, on its own side of the city. */
function badgeRequest(input: OverlayInput, f: LayoutFrame): (l: DistrictLabel) => LabelRequest {
  return (l) => {
    const d = input.model.districtBySlug[l.slug];
    return {
      id: l.id,
      anchor: f.cam.project(d.label[0], d.label[1]),
      width: badgeWidth(l.name, l.count, f.fontPx, f.measure),
      height: f.height,
      first: l.selected,
      // A district's name stays on its own side of the city, never across the centre from it.
      centre: f.centre,
    };
  };
}
