/**
 * Paints the South China Sea Islands inset onto a picture of the map, from the model the
 * screen shows (map/inset/model.ts), where the screen shows it: the WebGL canvas and the
 * SVG drawing hold only the map beneath it.
 */
import { insetPaths, type InsetModel } from '../../map/inset/model';
import type { Box } from '../../map/screen-geometry';

const FONT = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** Draws the inset at `box` (CSS px over the map) onto a canvas whose pixels are `ratio` times CSS px. */
export function drawInset(ctx: CanvasRenderingContext2D, m: InsetModel, box: Box, ratio: number): void {
  const c = m.colours;
  const paths = insetPaths(m);
  ctx.save();
  ctx.scale(ratio, ratio);
  ctx.translate(box.x0, box.y0);
  ctx.lineJoin = 'round';
  ctx.fillStyle = c.sea;
  ctx.fillRect(0, 0, m.width, m.height);
  ctx.strokeStyle = c.frame;
  ctx.lineWidth = m.stroke.frame;
  ctx.strokeRect(m.stroke.frame / 2, m.stroke.frame / 2, m.width - m.stroke.frame, m.height - m.stroke.frame);

  ctx.save();
  ctx.beginPath();
  ctx.rect(m.sea.x0, m.sea.y0, m.sea.x1 - m.sea.x0, m.sea.y1 - m.sea.y0);
  ctx.clip();
  const land = new Path2D(paths.land);
  ctx.fillStyle = c.land;
  ctx.fill(land, 'evenodd');
  ctx.strokeStyle = c.coast;
  ctx.lineWidth = m.stroke.coast;
  ctx.stroke(land);
  const dashes = new Path2D(paths.dashes);
  ctx.fillStyle = c.dash;
  ctx.fill(dashes);
  ctx.strokeStyle = c.dash;
  ctx.lineWidth = m.stroke.dash;
  ctx.stroke(dashes);
  for (const i of m.islands) {
    ctx.beginPath();
    ctx.arc(i.x, i.y, m.stroke.islandRadius, 0, 2 * Math.PI);
    ctx.fillStyle = c.land;
    ctx.fill();
    ctx.strokeStyle = c.island;
    ctx.lineWidth = m.stroke.island;
    ctx.stroke();
  }
  ctx.restore();
  ctx.strokeStyle = c.frame;
  ctx.lineWidth = m.stroke.frame / 2;
  ctx.strokeRect(m.sea.x0, m.sea.y0, m.sea.x1 - m.sea.x0, m.sea.y1 - m.sea.y0);

  ctx.fillStyle = c.text;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `700 ${m.title.fontPx}px ${FONT}`;
  m.title.lines.forEach((line, i) => ctx.fillText(line, m.title.x, m.title.y + i * m.title.lineHeight));

  const s = m.scale;
  const barY = s.y + s.height;
  const bar = () => {
    ctx.beginPath();
    ctx.moveTo(s.x, barY - s.height);
    ctx.lineTo(s.x, barY);
    ctx.lineTo(s.x + s.px, barY);
    ctx.lineTo(s.x + s.px, barY - s.height);
  };
  ctx.lineCap = 'round';
  bar();
  ctx.strokeStyle = c.barFill;
  ctx.lineWidth = m.stroke.frame * 2.6;
  ctx.stroke();
  bar();
  ctx.strokeStyle = c.text;
  ctx.lineWidth = m.stroke.frame;
  ctx.stroke();
  ctx.font = `400 ${s.fontPx}px ${FONT}`;
  ctx.textAlign = 'left';
  const tx = s.x + s.px + s.fontPx * 0.6;
  const ty = barY - s.height / 2;
  ctx.strokeStyle = c.barFill;
  ctx.lineWidth = m.stroke.frame * 2;
  ctx.strokeText(s.label, tx, ty);
  ctx.fillText(s.label, tx, ty);
  ctx.restore();
}
