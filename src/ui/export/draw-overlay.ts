/**
 * Draws the map's overlay — names, counts, leader lines, the selection's symbols — onto
 * a picture of the map, from the same layout the screen shows. The WebGL canvas holds
 * only the map beneath; without this a PNG would have no names at all. Every colour and
 * width comes from the drawing model's overlay styles (map/drawing/), as on screen.
 */
import { nearestPoint } from '../../map/screen-geometry';
import { BADGE } from '../../map/overlay/badge';
import type { OverlayLayout, PlacedOverlayLabel } from '../../map/overlay/types';
import { overlayStyle, type OverlayStyle, type Stroke } from '../../map/drawing';
import type { ThemeName } from '../../vocabulary';
import { drawSymbol, symbolShape } from '../../map/symbol-shape';

const FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

function stroke(ctx: CanvasRenderingContext2D, s: Stroke): void {
  ctx.strokeStyle = s.colour;
  ctx.lineWidth = s.width;
  ctx.stroke();
}

function disc(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string, edge: Stroke): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  stroke(ctx, edge);
}

/** Draws `layout` (CSS px) onto a canvas whose pixels are `ratio` times CSS px, offset by `top` device px. */
export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  layout: OverlayLayout,
  themeName: ThemeName,
  ratio: number,
  top = 0,
): void {
  const s = overlayStyle(themeName, layout.k);
  ctx.save();
  ctx.translate(0, top);
  ctx.scale(ratio, ratio);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';

  for (const l of layout.labels) {
    if (!l.placed.leader) continue;
    const a = l.placed.anchor;
    const q = nearestPoint(l.placed.box, a);
    for (const line of [s.leader.halo, s.leader.line]) {
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(q.x, q.y);
      stroke(ctx, line);
    }
    if (l.kind === 'district') disc(ctx, a.x, a.y, s.anchor.r, s.anchor.fill, s.anchor.halo);
  }
  if (layout.origin) disc(ctx, layout.origin.x, layout.origin.y, s.hub.r, s.hub.fill, s.hub.stroke);
  if (layout.ring) disc(ctx, layout.ring.x, layout.ring.y, layout.ring.r, s.ring.fill, s.ring.stroke);
  for (const sym of layout.symbols)
    drawSymbol(ctx, symbolShape(sym.layer, sym.precision, layout.symbolPx), sym.x, sym.y);
  for (const l of layout.labels) drawLabel(ctx, l, layout.fontPx, s);
  ctx.restore();
}

function drawLabel(ctx: CanvasRenderingContext2D, l: PlacedOverlayLabel, px: number, t: OverlayStyle): void {
  const b = l.placed.box;
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  const cy = (b.y0 + b.y1) / 2;
  ctx.textBaseline = 'middle';
  switch (l.kind) {
    case 'district':
    case 'place': {
      roundRect(ctx, b.x0, b.y0, w, h, t.badge.radius * px);
      ctx.fillStyle = t.badge.fill;
      ctx.fill();
      stroke(ctx, l.selected ? t.badge.selectedBorder : t.badge.border);
      ctx.font = `400 ${px}px ${FONT}`;
      ctx.fillStyle = t.badge.text;
      ctx.textAlign = 'left';
      ctx.fillText(l.name, b.x0 + BADGE.padX * px, cy);
      const countPx = px * BADGE.countScale;
      ctx.font = `700 ${countPx}px ${FONT}`;
      const text = String(l.count);
      const pill = Math.max(ctx.measureText(text).width + 2 * BADGE.countPadX * countPx, 1.5 * countPx);
      const pillH = countPx * 1.36;
      roundRect(ctx, b.x1 - 0.2 * px - pill, cy - pillH / 2, pill, pillH, pillH / 2);
      ctx.fillStyle = t.badge.countFill;
      ctx.fill();
      ctx.fillStyle = t.badge.countText;
      ctx.textAlign = 'center';
      ctx.fillText(text, b.x1 - 0.2 * px - pill / 2, cy);
      return;
    }
    case 'origin':
      roundRect(ctx, b.x0, b.y0, w, h, t.badge.radius * px);
      ctx.fillStyle = t.origin.fill;
      ctx.fill();
      ctx.font = `700 ${px}px ${FONT}`;
      ctx.fillStyle = t.origin.text;
      ctx.textAlign = 'center';
      ctx.fillText(l.name, b.x0 + w / 2, cy);
      return;
    case 'record': {
      roundRect(ctx, b.x0, b.y0, w, h, t.badge.radius * px);
      ctx.fillStyle = t.callout.fill;
      ctx.fill();
      ctx.font = `700 ${px}px ${FONT}`;
      ctx.fillStyle = t.callout.text;
      ctx.textAlign = 'left';
      const step = px * 1.25;
      const first = cy - ((l.lines.length - 1) * step) / 2;
      l.lines.forEach((line, i) => ctx.fillText(line, b.x0 + BADGE.padX * px, first + i * step));
      return;
    }
    case 'more':
      roundRect(ctx, b.x0, b.y0, w, h, h / 2);
      ctx.fillStyle = t.more.fill;
      ctx.fill();
      stroke(ctx, t.more.border);
      ctx.font = `700 ${px * 0.8}px ${FONT}`;
      ctx.fillStyle = t.more.text;
      ctx.textAlign = 'center';
      ctx.fillText(`+${l.count}`, b.x0 + w / 2, cy);
      return;
  }
}
