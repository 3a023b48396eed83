/**
 * Paints an SVG drawing's shapes onto a canvas the CPU draws, so the page does not
 * rasterise them through the GPU. On machines whose WebGL runs in software (SwiftShader,
 * llvmpipe, remote desktops), Chromium rasterises anti-aliased SVG paths through that
 * same software GPU: the stand-in map's districts cost it about half a second, and the
 * WebGL map's own context waits behind that work (bench: "WebGL context … took").
 * A canvas made with `willReadFrequently` is drawn by Skia on the CPU in a few
 * milliseconds and reaches the screen as one texture.
 *
 * The SVG stays in the page for what it is good at — hit testing, tooltips, the tests'
 * selectors — with its shapes hidden (`data-raster`, app.css), and text is left to it.
 */

/** The shapes painted onto the canvas (app.css hides the same list); the rest (text) stays SVG. */
const RASTER_SHAPES = 'path, circle, polygon, rect';

/** A shape's outline as a canvas path, in its own user units. */
function outlineOf(el: SVGGraphicsElement): Path2D | null {
  const p = new Path2D();
  const num = (name: string) => Number(el.getAttribute(name) ?? 0);
  switch (el.tagName.toLowerCase()) {
    case 'path':
      return new Path2D(el.getAttribute('d') ?? '');
    case 'circle':
      p.arc(num('cx'), num('cy'), num('r'), 0, Math.PI * 2);
      return p;
    case 'rect':
      p.rect(num('x'), num('y'), num('width'), num('height'));
      return p;
    case 'polygon': {
      const xy = (el.getAttribute('points') ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      xy.forEach((v, i) => {
        const y = xy[i + 1];
        if (i % 2 === 1 || y === undefined) return;
        if (i === 0) p.moveTo(v, y);
        else p.lineTo(v, y);
      });
      p.closePath();
      return p;
    }
    default:
      return null;
  }
}

/**
 * Draws every shape of `svg` onto `canvas` (sized here to the SVG at the screen's pixel
 * ratio), in document order and with the computed fill, stroke and opacities. Returns
 * false when the browser gives no 2D context: the SVG then stays as it was.
 */
export function paintSvgShapes(svg: SVGSVGElement, canvas: HTMLCanvasElement, pixelRatio: number): boolean {
  const w = svg.width.baseVal.value;
  const h = svg.height.baseVal.value;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx || w <= 0 || h <= 0) return false;
  const pw = Math.round(w * pixelRatio);
  const ph = Math.round(h * pixelRatio);
  if (canvas.width !== pw) canvas.width = pw;
  if (canvas.height !== ph) canvas.height = ph;
  canvas.style.width = `${w}px`;
  canvas.style.height = `${h}px`;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pw, ph);
  for (const el of svg.querySelectorAll<SVGGraphicsElement>(RASTER_SHAPES)) {
    const outline = outlineOf(el);
    const m = el.getCTM();
    if (!outline || !m) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') continue;
    ctx.setTransform(
      pixelRatio * m.a,
      pixelRatio * m.b,
      pixelRatio * m.c,
      pixelRatio * m.d,
      pixelRatio * m.e,
      pixelRatio * m.f,
    );
    const opacity = Number(cs.opacity || 1);
    if (cs.fill !== 'none') {
      ctx.globalAlpha = opacity * Number(cs.fillOpacity || 1);
      ctx.fillStyle = cs.fill;
      ctx.fill(outline, cs.fillRule === 'evenodd' ? 'evenodd' : 'nonzero');
    }
    const width = parseFloat(cs.strokeWidth);
    if (cs.stroke !== 'none' && width > 0) {
      ctx.globalAlpha = opacity * Number(cs.strokeOpacity || 1);
      ctx.strokeStyle = cs.stroke;
      ctx.lineWidth = width;
      ctx.lineJoin = cs.strokeLinejoin as CanvasLineJoin;
      ctx.lineCap = cs.strokeLinecap as CanvasLineCap;
      ctx.stroke(outline);
    }
  }
  ctx.globalAlpha = 1;
  return true;
}
