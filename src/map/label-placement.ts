/**
 * Greedy placement of district names for the SVG map, the way MapLibre's variable
 * anchors place them on the WebGL map: each name tries above its point, then below,
 * left and right, and is left out only if every side collides with a name already
 * placed or with a count bubble.
 */

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Centre of the text box. */
  x: number;
  y: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Places labels in the order given (most important first); `gap` is the distance from the point. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  gap: number,
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const out: PlacedLabel[] = [];
  for (const c of candidates) {
    const sides: [number, number][] = [
      [c.x, c.y - gap - c.height / 2],
      [c.x, c.y + gap + c.height / 2],
      [c.x - gap - c.width / 2, c.y],
      [c.x + gap + c.width / 2, c.y],
    ];
    for (const [x, y] of sides) {
      const box = { x0: x - c.width / 2, y0: y - c.height / 2, x1: x + c.width / 2, y1: y + c.height / 2 };
      if (taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      out.push({ id: c.id, x, y });
      break;
    }
  }
  return out;
}

/** A rough text width: CJK characters are square, Latin ones about 0.58 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.58;
  return w;
}

/** MapLibre's label size at a zoom (the same stops as the label layer). */
export function labelSizeAt(zoom: number): number {
  if (zoom <= 8) return 12;
  if (zoom <= 10) return 12 + (zoom - 8) * 2;
  if (zoom <= 13) return 16 + ((zoom - 10) * 4) / 3;
  return 20;
}
