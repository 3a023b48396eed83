/**
 * The overlay's words: what it is told of the view and the camera, and the layout it
 * gives back. Every painter (the HTML overlay, the SVG drawing, the PNG export) reads
 * these types; the layout's own rooms in this folder fill them.
 */
import type { DistrictCounts } from '../../domain/join';
import type { AtlasModel, RecordFilter } from '../../domain/model';
import type { DistrictSlug, LayerId, Precision } from '../../domain/schema';
import type { Lang } from '../../vocabulary';
import type { Box } from '../screen-geometry';
import type { PlacedLabel } from '../label-request';

/** What the overlay needs to know of the view. */
export interface OverlayView {
  mapView: 'city' | 'region';
  district: DistrictSlug | null;
  record: string | null;
  region: string | null;
  lang: Lang;
  presenting: boolean;
}

/** How the map looks right now: projection (CSS px relative to the map), zoom and sizes. */
export interface OverlayCamera {
  project: (lng: number, lat: number) => { x: number; y: number };
  zoom: number;
  /** What the map shows, [west, south, east, north] in degrees. */
  bounds: readonly [number, number, number, number];
  width: number;
  height: number;
  /** The browser window, which the deck's type scales with. */
  viewport: { width: number; height: number };
}

/** Text width in CSS px for a font size and weight (canvas measureText in the browser, an estimate in tests). */
export type Measure = (text: string, fontPx: number, bold: boolean) => number;

export type OverlayLabel =
  | { kind: 'district'; id: string; slug: DistrictSlug; name: string; count: number; selected: boolean }
  | { kind: 'record'; id: string; recordId: string; lines: string[] }
  | { kind: 'place'; id: string; region: string; name: string; count: number; selected: boolean }
  | { kind: 'origin'; id: string; name: string }
  | { kind: 'more'; id: string; slug: DistrictSlug; count: number };

export type PlacedOverlayLabel = OverlayLabel & { placed: PlacedLabel };

export interface OverlaySymbol {
  recordId: string;
  layer: LayerId;
  precision: Precision;
  /** Centre, in CSS px relative to the map. */
  x: number;
  y: number;
  selected: boolean;
}

export interface OverlayLayout {
  /** The font size of names, CSS px. */
  fontPx: number;
  /** The screen scale every SYMBOLOGY length is multiplied by. */
  k: number;
  /** Symbol size (CSS px). */
  symbolPx: number;
  labels: PlacedOverlayLabel[];
  symbols: OverlaySymbol[];
  /** The ring around the selected record's symbol. */
  ring: { x: number; y: number; r: number } | null;
  /** Where Shanghai's arcs start, in the regional view. */
  origin: { x: number; y: number } | null;
}

export interface OverlayInput {
  model: AtlasModel;
  view: OverlayView;
  filter: RecordFilter;
  counts: Record<DistrictSlug, DistrictCounts>;
  /** "Shanghai" in the UI language, for the origin of the regional arcs. */
  originName: string;
  /** The islands the regional view draws as dots, [lng, lat] (data/china.ts): no name covers one. */
  islandDots?: readonly (readonly [number, number])[];
}

/**
 * The sizes one layout works at, worked out once from the camera and handed to each
 * step, so the city and the region are laid out with the same measures.
 */
export interface LayoutFrame {
  cam: OverlayCamera;
  measure: Measure;
  /** The font size of names, CSS px. */
  fontPx: number;
  /** The screen scale every SYMBOLOGY length is multiplied by. */
  k: number;
  symbolPx: number;
  /** The least room between labels, and between a ring of symbols and its badge. */
  gap: number;
  /** A badge's height. */
  height: number;
  /** Where labels may go: the map less a two-pixel margin. */
  bounds: Box;
  maxLeader: number;
  /** A phone's map (thresholds.ts): badges give up names before they give up a place. */
  narrow: boolean;
  /** Where Shanghai's arcs start on screen, and the centre a district's name keeps its side of. */
  centre: { x: number; y: number };
}
