/**
 * What the label placement is asked and what it gives back: a label's box to place near
 * its point, and where it went. Its own room, so the overlay's layout and the placement's
 * passes can share the words without importing each other.
 */
import type { Box } from './screen-geometry';

export interface LabelRequest {
  id: string;
  /** The point the label names, in screen pixels. */
  anchor: { x: number; y: number };
  width: number;
  height: number;
  /** True when the label should not cover its anchor (a record's symbol sits there). */
  besideAnchor?: boolean;
  /** Placed before all others whatever the crowding (the selection). */
  first?: boolean;
  /** The map's centre: the label's centre stays on its anchor's side of it (at most 90° round from the anchor, seen from here). */
  centre?: { x: number; y: number };
}

export interface PlacedLabel {
  id: string;
  box: Box;
  anchor: { x: number; y: number };
  /** A leader line from the anchor to the box is drawn when the box does not hold its anchor. */
  leader: boolean;
  /** False only when no free place was found: the label then sits at its least bad spot. */
  clear: boolean;
}

export interface PlacementOptions {
  /** Where labels may go (the map minus nothing: obstacles are separate). */
  bounds: Box;
  obstacles: readonly Box[];
  /**
   * Boxes along lines drawn on the map (the regional view's arcs): no label covers them, but
   * a leader, itself a thin line, may cross them. A place a few pixels from where every arc
   * starts (Jiashan beside Shanghai) has arcs on every side, and could not be named at all.
   */
  lines?: readonly Box[];
  /** Space kept between labels, and between a label and an obstacle, in pixels. */
  gap: number;
  /** The longest leader line, in pixels. */
  maxLeader?: number;
  /** Areas (closed rings of points) no leader may cross, but one that starts inside them. */
  keepOut?: readonly (readonly { x: number; y: number }[])[];
  /** Points no label may cover: the anchors of labels still to be placed in a later call. */
  reserved?: readonly { x: number; y: number }[];
  /** Labels placed in an earlier call: their boxes and leader lines are kept clear of, as this call's own. */
  placedBefore?: readonly PlacedLabel[];
  /** How much a spot is somebody else's ground (e.g. over another district), in label heights. */
  trespass?: (id: string, box: Box) => number;
}
