/**
 * Draws the map's overlay — names, counts, leader lines, the selection's symbols — onto
 * a picture of the map, from the same layout the screen shows. The WebGL canvas holds
 * only the map beneath; without this a PNG would have no names at all.
 */
import { nearestPoint } from '../../map/screen-geometry';
import { BADGE } from '../../map/overlay/badge';
import type { OverlayLayout, PlacedOverlayLabel } from '../../map/overlay/types';
import { THEMES } from '../../map/palette';
import type { ThemeName } from '../../vocabulary';
import { drawSymbol, symbolShape } from '../../map/symbol-shape';
import { SYMBOLOGY } from '../../map/symbology';

const FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Draws `layout` (CSS px) onto a canvas whose pixels are `ratio` times CSS px, offset by `top` device px. */
export function drawOverlay(
  ctx: CanvasRenderingContext2D,
  layout: OverlayLayout,
  themeName: ThemeName,
  ratio: number,
  top = 0,
): void {
  const t = THEMES[themeName];
  const k = layout.k;
  ctx.save();
  ctx.translate(0, top);
  ctx.scale(ratio, ratio);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';

  for (const l of layout.labels) {
    if (!l.placed.leader) continue;
    const q = nearestPoint(l.placed.box, l.placed.anchor);
    for (const [colour, width] of [
      [t.labelHalo, 3.2 * k],
      [t.labelText, 1.2 * k],
    ] as const) {
      ctx.strokeStyle = colour;
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(l.placed.anchor.x, l.placed.anchor.y);
      ctx.lineTo(q.x, q.y);
      ctx.stroke();
    }
    if (l.kind === 'district') {
      ctx.beginPath();
      ctx.arc(l.placed.anchor.x, l.placed.anchor.y, 2.6 * k, 0, 2 * Math.PI);
      ctx.fillStyle = t.labelText;
      ctx.fill();
    }
  }
  if (layout.origin) {
    ctx.beginPath();
    ctx.arc(layout.origin.x, layout.origin.y, (SYMBOLOGY.linkEnd.radius[0]?.[1] ?? 6) * k, 0, 2 * Math.PI);
    ctx.fillStyle = t.labelHalo;
    ctx.fill();
    ctx.strokeStyle = t.link;
    ctx.lineWidth = 3 * k;
    ctx.stroke();
  }
  if (layout.ring) {
    ctx.beginPath();
    ctx.arc(layout.ring.x, layout.ring.y, layout.ring.r, 0, 2 * Math.PI);
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fill();
    ctx.strokeStyle = t.selectedLine;
    ctx.lineWidth = SYMBOLOGY.ring.stroke * k;
    ctx.stroke();
  }
  for (const s of layout.symbols) drawSymbol(ctx, symbolShape(s.layer, s.precision, layout.symbolPx), s.x, s.y);
  for (const l of layout.labels) drawLabel(ctx, l, layout.fontPx, themeName);
  ctx.restore();
}

function drawLabel(ctx: CanvasRenderingContext2D, l: PlacedOverlayLabel, px: number, themeName: ThemeName): void {
  const t = THEMES[themeName];
  const b = l.placed.box;
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  const cy = (b.y0 + b.y1) / 2;
  ctx.textBaseline = 'middle';
  switch (l.kind) {
    case 'district':
    case 'place': {
      roundRect(ctx, b.x0, b.y0, w, h, 0.3 * px);
      ctx.fillStyle = t.badge.fill;
      ctx.fill();
      ctx.strokeStyle = l.selected ? t.badge.selected : t.badge.border;
      ctx.lineWidth = l.selected ? 2 : 1;
      ctx.stroke();
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
      roundRect(ctx, b.x0, b.y0, w, h, 0.3 * px);
      ctx.fillStyle = t.origin.fill;
      ctx.fill();
      ctx.font = `700 ${px}px ${FONT}`;
      ctx.fillStyle = t.origin.text;
      ctx.textAlign = 'center';
      ctx.fillText(l.name, b.x0 + w / 2, cy);
      return;
    case 'record': {
      roundRect(ctx, b.x0, b.y0, w, h, 0.3 * px);
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
      ctx.fillStyle = t.badge.fill;
      ctx.fill();
      ctx.strokeStyle = t.badge.border;
      ctx.lineWidth = 1;
      ctx.stroke();
      ctx.font = `700 ${px * 0.8}px ${FONT}`;
      ctx.fillStyle = t.badge.text;
      ctx.textAlign = 'center';
      ctx.fillText(`+${l.count}`, b.x0 + w / 2, cy);
      return;
  }
}
