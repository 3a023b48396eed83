/**
 * Lays the map snapshot out as a picture for slides: title, filter and date above (the
 * subtitle wraps to the picture's width), the legend over the map's lower left corner,
 * the attribution below. Sizes are in CSS pixels times the snapshot's pixel ratio, so
 * the 2× picture is the 1× one, sharper.
 */
import { LAYER_IDS, type LayerId } from '../../vocabulary';
import type { ChoroplethClass } from '../../map/choropleth';
import { LAYER_SYMBOLS, shapeOutline, UI_THEMES } from '../../map/palette';

export interface PictureText {
  title: string;
  subtitle: string;
  legendTitle: string;
  layerNames: Record<LayerId, string>;
  attribution: string;
}

/** The title band with a one-line subtitle; each further subtitle line adds SUBTITLE_LINE_CSS_PX. */
export const HEADER_CSS_PX = 64;
export const SUBTITLE_LINE_CSS_PX = 17;
export const FOOTER_CSS_PX = 46;
const FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
/**
 * The picture's frame is the light room's header and credit line whatever the screen's
 * theme: a picture for slides is read on a white slide.
 */
const FRAME = UI_THEMES.light;

/**
 * Breaks text into lines no wider than `width` as `measure` reports it: anywhere in
 * Chinese, at spaces in English. A single word wider than the line gets a line of its own.
 */
export function wrapLines(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  for (const tok of tokens) {
    if (line.trim() && measure((line + tok).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Height of the title band, in CSS pixels, for a subtitle of `lines` lines. */
export function headerHeight(lines: number): number {
  return HEADER_CSS_PX + Math.max(0, lines - 1) * SUBTITLE_LINE_CSS_PX;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  return wrapLines(text, width, (s) => ctx.measureText(s).width);
}

export function composePicture(
  map: HTMLCanvasElement,
  ratio: number,
  text: PictureText,
  classes: readonly ChoroplethClass[],
  layers: readonly LayerId[],
): HTMLCanvasElement {
  const r = ratio;
  const out = document.createElement('canvas');
  out.width = map.width;
  // The subtitle (the filter and the date) wraps rather than running off the right edge; the band grows.
  const subtitleFont = `${13 * r}px ${FONT}`;
  const measure = out.getContext('2d');
  if (!measure) throw new Error('2D canvas unavailable for the picture');
  measure.font = subtitleFont;
  const subtitle = wrap(measure, text.subtitle, map.width - 32 * r);
  const header = headerHeight(subtitle.length);
  out.height = map.height + Math.round((header + FOOTER_CSS_PX) * r);
  // Resizing the canvas reset its context; take it afresh.
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable for the picture');
  ctx.fillStyle = FRAME.brand;
  ctx.fillRect(0, 0, out.width, header * r);
  ctx.fillStyle = FRAME.onBrand;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${22 * r}px ${FONT}`;
  ctx.fillText(text.title, 16 * r, 10 * r);
  ctx.font = subtitleFont;
  ctx.fillStyle = FRAME.header.subtitle;
  subtitle.forEach((line, i) => ctx.fillText(line, 16 * r, (40 + i * SUBTITLE_LINE_CSS_PX) * r));
  const top = header * r;
  ctx.drawImage(map, 0, top);

  // Legend box.
  const shown = LAYER_IDS.filter((l) => layers.includes(l));
  const pad = 10 * r;
  const row = 18 * r;
  const boxW = 260 * r;
  const boxH = pad * 2 + row * (2 + Math.ceil(classes.length / 3) + shown.length);
  const bx = 12 * r;
  const by = top + map.height - boxH - 12 * r;
  ctx.fillStyle = FRAME.picture.legendFill;
  ctx.fillRect(bx, by, boxW, boxH);
  ctx.strokeStyle = FRAME.picture.legendBorder;
  ctx.lineWidth = r;
  ctx.strokeRect(bx, by, boxW, boxH);
  ctx.fillStyle = FRAME.ink;
  ctx.font = `600 ${12 * r}px ${FONT}`;
  ctx.fillText(text.legendTitle, bx + pad, by + pad);
  ctx.font = `${11 * r}px ${FONT}`;
  classes.forEach((c, i) => {
    const x = bx + pad + (i % 3) * 80 * r;
    const y = by + pad + row * (1.2 + Math.floor(i / 3));
    ctx.fillStyle = c.colour;
    ctx.fillRect(x, y + 2 * r, 18 * r, 10 * r);
    ctx.strokeStyle = FRAME.picture.swatchEdge;
    ctx.strokeRect(x, y + 2 * r, 18 * r, 10 * r);
    ctx.fillStyle = FRAME.ink;
    ctx.fillText(c.from === c.to ? String(c.from) : `${c.from}–${c.to}`, x + 22 * r, y + r);
  });
  shown.forEach((l, i) => {
    const y = by + pad + row * (1.6 + Math.ceil(classes.length / 3) + i);
    const cx = bx + pad + 8 * r;
    const cy = y + 8 * r;
    ctx.beginPath();
    shapeOutline(LAYER_SYMBOLS[l].shape).forEach(([px, py], k) => {
      const x = cx + px * 6.5 * r;
      const yy = cy + py * 6.5 * r;
      if (k === 0) ctx.moveTo(x, yy);
      else ctx.lineTo(x, yy);
    });
    ctx.closePath();
    ctx.fillStyle = LAYER_SYMBOLS[l].colour;
    ctx.fill();
    ctx.fillStyle = FRAME.ink;
    ctx.fillText(text.layerNames[l], bx + pad + 22 * r, y + r);
  });

  // Attribution.
  const fy = top + map.height;
  ctx.fillStyle = FRAME.attributionFill;
  ctx.fillRect(0, fy, out.width, FOOTER_CSS_PX * r);
  ctx.fillStyle = FRAME.inkSoft;
  ctx.font = `${10.5 * r}px ${FONT}`;
  wrap(ctx, text.attribution, out.width - 32 * r)
    .slice(0, 3)
    .forEach((line, i) => ctx.fillText(line, 16 * r, fy + (6 + i * 13) * r));
  return out;
}

/** Draws the SVG stand-in for the map onto a canvas (machines without WebGL). */
export async function svgSnapshot(svg: SVGSVGElement, ratio: number): Promise<HTMLCanvasElement> {
  const w = svg.width.baseVal.value;
  const h = svg.height.baseVal.value;
  const xml = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = Math.round(w * ratio);
    c.height = Math.round(h * ratio);
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable for the picture');
    ctx.fillStyle = getComputedStyle(svg.parentElement ?? svg).backgroundColor;
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(img, 0, 0, c.width, c.height);
    return c;
  } finally {
    URL.revokeObjectURL(url);
  }
}
