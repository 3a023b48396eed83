/**
 * The drawing model's types: what is drawn beyond raw geometry, as plain data that every
 * painter (MapLibre and its HTML overlay, the SVG drawing, the PNG export, print) only paints.
 */
import type { PlacedRecord } from '../../domain/model';
import type { DistrictSlug, LayerId } from '../../domain/schema';
import type { ThemeName } from '../../vocabulary';
import type { ChoroplethClass } from '../choropleth';
import type { OverlayLayout } from '../overlay/types';

/** The part of the view state that decides what is drawn. */
export interface DrawingState {
  mapView: 'city' | 'region';
  district: DistrictSlug | null;
  record: string | null;
  region: string | null;
  presenting: boolean;
  theme: ThemeName;
  layers: readonly LayerId[];
  industries: readonly string[];
}

/** The screen the drawing is for: its scale (screen-scale.ts) and the map's zoom. */
export interface DrawingScreen {
  k: number;
  zoom: number;
}

/** A line's colour and width, CSS px. */
export interface Stroke {
  colour: string;
  width: number;
}

/** How one district's land is filled. */
export interface DistrictFill {
  slug: DistrictSlug;
  adcode: number;
  /** The colour drawn: the choropleth's, moved towards the land when dimmed. */
  colour: string;
  dimmed: boolean;
  selected: boolean;
  /** Land is never translucent, so no shape beneath shows through. */
  opacity: number;
}

/** A district outline drawn over the others: the hovered or the selected one. */
export interface DistrictAccent {
  slug: DistrictSlug;
  kind: 'hover' | 'selected';
  stroke: Stroke;
}

/** One regional link: its line and its end circle. */
export interface LinkPaint {
  region: string;
  line: Stroke & { opacity: number };
  end: { r: number; fill: string; stroke: Stroke };
}

/** The overlay's styles: every colour and width of its badges, leaders, rings and labels. */
export interface OverlayStyle {
  /** A leader from a crowded district's centre to its badge: a halo beneath, a line on top. */
  leader: { halo: Stroke; line: Stroke };
  /** The dot at a district leader's anchor, with its halo. */
  anchor: { r: number; fill: string; halo: Stroke };
  /** Shanghai's end of the regional arcs. */
  hub: { r: number; fill: string; stroke: Stroke };
  /** The ring around the selected record's symbol (its radius comes with the layout). */
  ring: { fill: string; stroke: Stroke };
  /** District and place badges: name and count pill. */
  badge: {
    fill: string;
    text: string;
    border: Stroke;
    selectedBorder: Stroke;
    countFill: string;
    countText: string;
    /** Corner radius, as a share of the font size. */
    radius: number;
  };
  callout: { fill: string; text: string };
  origin: { fill: string; text: string };
  /** The "+n" chip of records beyond a badge's ring. */
  more: { fill: string; text: string; border: Stroke };
}

/** The legend's entries, as the map draws them. */
export interface LegendEntries {
  classes: readonly ChoroplethClass[];
  badge: { fill: string; text: string; border: string; countFill: string; countText: string };
  /** Record symbols by precision, once a district is open (they are drawn only then). */
  symbols: readonly { layer: LayerId; precision: 'site' | 'approximate' | 'district' }[];
  cluster: { fill: string; text: string } | null;
}

/** Everything drawn beyond raw geometry, for one state and screen. */
export interface Drawing {
  districts: readonly DistrictFill[];
  /** The line between districts. */
  districtLine: Stroke;
  accents: readonly DistrictAccent[];
  links: readonly LinkPaint[];
  /** The district whose records on the ground the overlay draws (so the map leaves them out), or null. */
  overlayGround: DistrictSlug | null;
  /** The records the map itself draws on the ground, and their symbols' size, CSS px. */
  ground: readonly PlacedRecord[];
  groundPx: number;
  overlay: { layout: OverlayLayout; style: OverlayStyle } | null;
  legend: LegendEntries;
}
