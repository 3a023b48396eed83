/**
 * The names on the map as the browser placed them: at 1280×720, 1920×1080 and 3840×2160,
 * in Chinese and English, at the city view and on every step of the deck, every
 * district's name and count is on screen, and no name, count, symbol, leader line,
 * panel, legend or caption card lies on another. Boxes are read from the DOM the
 * overlay drew, the panels' from their own elements, so a layout bug shows as it looks.
 */
import type { Page } from '@playwright/test';
import { DECK_TIMEOUT, expect, mapIdle, openAtlas, openDeckPage, test } from './fixtures';
import { MODEL, N, TOUR } from './tour';
import { neighboursOf } from './model';
import { viewForStep } from '../../src/presentation/step-view';

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Placed {
  labels: { id: string; clear: boolean; box: Rect; fits: boolean; fontPx: number }[];
  symbols: { id: string; box: Rect }[];
  panels: { name: string; box: Rect }[];
  leaders: { id: string; a: { x: number; y: number }; b: { x: number; y: number } }[];
  map: Rect;
  viewport: { width: number; height: number };
  captionPx: number | null;
}

/** Everything over the map, as the page laid it out (CSS px, page coordinates). */
async function placed(page: Page): Promise<Placed> {
  // The overlay lays out in the frame after the camera settles.
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  return page.evaluate(() => {
    const rect = (el: Element): Rect => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    // The app's own map (a print handout lays out another one off screen).
    const wrap = document.querySelector('.main .map-wrap');
    if (!wrap) throw new Error('no map');
    const map = rect(wrap);
    const caption = document.querySelector('.caption');
    return {
      labels: [...wrap.querySelectorAll<HTMLElement>('.map-label')].map((el) => ({
        id: el.dataset.label ?? '?',
        clear: el.dataset.clear === 'true',
        box: rect(el),
        // Nothing spills out of its box: the text fits the size it was measured at.
        fits:
          el.scrollWidth <= el.clientWidth + 1 &&
          [...el.children].every(
            (c) =>
              c.scrollWidth <= c.clientWidth + 1 &&
              c.getBoundingClientRect().right <= el.getBoundingClientRect().right + 1,
          ),
        fontPx: parseFloat(getComputedStyle(el.querySelector('[data-part="name"]') ?? el).fontSize),
      })),
      symbols: [...wrap.querySelectorAll<SVGGElement>('.map-symbol')].map((el) => ({
        id: el.dataset.record ?? '?',
        box: rect(el),
      })),
      panels: [...document.querySelectorAll<HTMLElement | SVGElement>('[data-map-obstacle]')]
        .filter((el) => !el.closest('.print-sheet'))
        .map((el) => ({ name: el.getAttribute('class') ?? el.tagName, box: rect(el) }))
        .filter((p) => p.box.x1 > p.box.x0 && p.box.y1 > p.box.y0),
      leaders: [...wrap.querySelectorAll<SVGGElement>('.map-leader')].map((g) => {
        const line = g.querySelector('line');
        const svg = g.ownerSVGElement?.getBoundingClientRect();
        const n = (a: string) => Number(line?.getAttribute(a));
        return {
          id: g.dataset.leader ?? '?',
          a: { x: (svg?.left ?? 0) + n('x1'), y: (svg?.top ?? 0) + n('y1') },
          b: { x: (svg?.left ?? 0) + n('x2'), y: (svg?.top ?? 0) + n('y2') },
        };
      }),
      map,
      viewport: { width: window.innerWidth, height: window.innerHeight },
      captionPx: caption ? parseFloat(getComputedStyle(caption).fontSize) : null,
    };
  });
}

/** Strictly overlapping (touching edges is not overlapping). */
function overlap(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
}

function segmentHits(p: { x: number; y: number }, q: { x: number; y: number }, b: Rect): boolean {
  // Sampled along the segment, inset by a pixel: a leader ends on its own label's edge.
  for (let t = 0; t <= 1; t += 0.02) {
    const x = p.x + (q.x - p.x) * t;
    const y = p.y + (q.y - p.y) * t;
    if (x > b.x0 + 1 && x < b.x1 - 1 && y > b.y0 + 1 && y < b.y1 - 1) return true;
  }
  return false;
}

/** What is wrong with the overlay now, in words; and whether every district is named. */
function problemsOf(p: Placed, where: string, expectDistricts: boolean): string[] {
  const out: string[] = [];
  const f = (r: Rect) => `[${Math.round(r.x0)},${Math.round(r.y0)}–${Math.round(r.x1)},${Math.round(r.y1)}]`;
  const districts = p.labels.filter((l) => l.id.startsWith('d:'));
  if (expectDistricts) {
    const want = MODEL.districts.map((d) => `d:${d.slug}`).sort();
    const have = districts.map((l) => l.id).sort();
    if (have.join() !== want.join())
      out.push(
        `${where}: districts named ${have.length}/16: missing ${want.filter((w) => !have.includes(w)).join(', ')}`,
      );
  }
  const onScreen = {
    x0: Math.max(p.map.x0, 0),
    y0: Math.max(p.map.y0, 0),
    x1: Math.min(p.map.x1, p.viewport.width),
    y1: Math.min(p.map.y1, p.viewport.height),
  };
  for (const l of p.labels) {
    if (!l.clear) out.push(`${where}: ${l.id} found no free place`);
    if (!l.fits) out.push(`${where}: ${l.id}'s text spills out of its box`);
    if (
      l.box.x0 < onScreen.x0 - 0.5 ||
      l.box.y0 < onScreen.y0 - 0.5 ||
      l.box.x1 > onScreen.x1 + 0.5 ||
      l.box.y1 > onScreen.y1 + 0.5
    )
      out.push(`${where}: ${l.id} ${f(l.box)} is not wholly on the map ${f(onScreen)}`);
    for (const o of p.labels)
      if (o !== l && l.id < o.id && overlap(l.box, o.box)) out.push(`${where}: ${l.id} on ${o.id}`);
    for (const s of p.symbols) if (overlap(l.box, s.box)) out.push(`${where}: ${l.id} on the symbol of ${s.id}`);
    for (const panel of p.panels)
      if (overlap(l.box, panel.box)) out.push(`${where}: ${l.id} ${f(l.box)} under ${panel.name} ${f(panel.box)}`);
    for (const leader of p.leaders)
      if (leader.id !== l.id && segmentHits(leader.a, leader.b, l.box))
        out.push(`${where}: ${leader.id}'s leader crosses ${l.id}`);
  }
  for (const s of p.symbols)
    for (const panel of p.panels)
      if (overlap(s.box, panel.box)) out.push(`${where}: symbol ${s.id} under ${panel.name}`);
  return out;
}

/** Software WebGL draws a 4K screen on the CPU: its first frame can take far longer than a laptop's. */
const FIRST_DRAW = 90_000;

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

for (const size of SIZES)
  test.describe(`at ${size.width}×${size.height}`, () => {
    // Boxes are in CSS pixels, which the device pixel ratio does not change; drawing half the pixels lets
    // software WebGL walk the 26 steps of a 4K deck in a fraction of the time.
    test.use({ viewport: size, deviceScaleFactor: 0.5 });

    for (const lang of ['zh', 'en'] as const)
      test(`every district is named with its count, and nothing overlaps, at the city view and on every deck step (${lang})`, async ({
        page,
      }) => {
        test.setTimeout(360_000);
        await page.emulateMedia({ reducedMotion: 'reduce' });
        const problems: string[] = [];

        await openAtlas(page, `?lang=${lang}`, FIRST_DRAW);
        problems.push(...problemsOf(await placed(page), 'city view', true));

        await openDeckPage(page, `?p=1&lang=${lang}`, FIRST_DRAW);
        for (let i = 0; i < N; i++) {
          const step = TOUR[i];
          if (!step) break;
          if (i > 0) await page.keyboard.press('PageDown');
          await expect(page.locator('.caption')).toHaveAttribute('data-step', step.id, { timeout: DECK_TIMEOUT });
          await mapIdle(page);
          const p = await placed(page);
          const city = viewForStep(step).mapView === 'city';
          // A district's own step frames it among its neighbours: it and every neighbour are named.
          const subject = step.focus.type === 'district' ? step.focus.district : null;
          problems.push(...problemsOf(p, `step ${i + 1} ${step.id}`, city && !subject));
          if (subject)
            for (const d of [subject, ...neighboursOf(MODEL, subject)])
              if (!p.labels.some((l) => l.id === `d:${d}`)) problems.push(`step ${i + 1}: ${d} is not named`);
          if (city) {
            // Names at least three quarters the size of the caption's body text, as the room reads both.
            const names = p.labels.filter((l) => l.id.startsWith('d:'));
            const smallest = Math.min(...names.map((l) => l.fontPx));
            if (!p.captionPx || smallest / p.captionPx < 0.75)
              problems.push(`step ${i + 1}: names ${smallest}px vs caption ${p.captionPx}px (< 0.75)`);
          } else {
            const ids = p.labels.map((l) => l.id);
            if (!ids.includes('origin')) problems.push(`step ${i + 1}: Shanghai is not named as the origin`);
            const places = MODEL.regionLinks.map((l) => `g:${l.region.id}`);
            for (const id of places) if (!ids.includes(id)) problems.push(`step ${i + 1}: ${id} is not named`);
          }
        }
        expect(problems).toEqual([]);
      });
  });

test.describe('the deck’s type scale', () => {
  const screens = [
    { width: 1280, height: 720, scale: 1 },
    { width: 1920, height: 1080, scale: 1 },
    { width: 3840, height: 2160, scale: 1 },
    // 1920×1080 at 125 % and 150 % Windows scaling.
    { width: 1536, height: 864, scale: 1.25 },
    { width: 1280, height: 720, scale: 1.5 },
  ];
  for (const s of screens)
    test(`names, counts, the scale bar and the deck's buttons grow with the caption at ${s.width}×${s.height}@${s.scale}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width: s.width, height: s.height },
        deviceScaleFactor: s.scale,
      });
      const page = await context.newPage();
      try {
        await openDeckPage(page, '?p=2', FIRST_DRAW);
        await mapIdle(page);
        const sizes = await page.evaluate(() => {
          const px = (sel: string) => {
            const el = document.querySelector(sel);
            return el ? parseFloat(getComputedStyle(el).fontSize) : NaN;
          };
          return {
            caption: px('.caption'),
            name: px('.map-badge-name'),
            count: px('.map-badge-count'),
            scale: px('.maplibregl-ctrl-scale'),
            button: px('.deck-toolbar button'),
            legend: px('.deck-legend'),
          };
        });
        expect(sizes.name / sizes.caption, 'district names / caption body').toBeGreaterThanOrEqual(0.75);
        expect(sizes.count / sizes.caption, 'counts / caption body').toBeGreaterThanOrEqual(0.65);
        // The rest grows with the caption too: the same share of it at every size.
        expect(sizes.scale / sizes.caption, 'scale bar / caption body').toBeGreaterThanOrEqual(0.38);
        expect(sizes.button / sizes.caption, "the deck's buttons / caption body").toBeGreaterThanOrEqual(0.55);
        expect(sizes.legend / sizes.caption, 'legend / caption body').toBeGreaterThanOrEqual(0.6);
      } finally {
        await context.close();
      }
    });
});
