/**
 * The names on the map as the browser placed them: at 1280×720, 1920×1080 and 3840×2160,
 * in Chinese and English, at the city view and on every step of the deck, every
 * district's name and count is on screen, and no name, count, symbol, leader line,
 * panel, legend or caption card lies on another. A cartographer's rules hold too: each
 * badge stays on its district's side of the city, no leader crosses another or the
 * step's subject district, no leader is long, and the same framing gives the same
 * layout. Boxes are read from the DOM the overlay drew, the panels' from their own
 * elements, the districts' points from the map's own projection, so a layout bug shows
 * as it looks.
 */
import type { Page } from '@playwright/test';
import { DECK_TIMEOUT, expect, mapIdle, openAtlas, openDeckPage, test } from './fixtures';
import { MODEL, N, TOUR } from './tour';
import { neighboursOf } from './model';
import { insideRing, outerRings, segmentsCross, type Pt } from './outlines';
import { viewForStep } from '../../src/presentation/step-view';
import { shanghaiOrigin } from '../../src/domain/links';
import { maxLeaderPx } from '../../src/map/screen-scale';
import type { DistrictSlug } from '../../src/domain/schema';

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Placed {
  labels: { id: string; text: string; kind: string; clear: boolean; box: Rect; fits: boolean; fontPx: number }[];
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
        text: el.textContent ?? '',
        // The selected district's badge is drawn apart, and laid out first.
        kind: el.className,
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

/** Where the map puts Shanghai's centre, each district's label point and outline, and the subject's outline (page px). */
interface Ground {
  centre: Pt;
  points: Record<string, Pt>;
  subject: Pt[][];
  outlines: Record<string, Pt[][]>;
}

async function ground(page: Page, subject: DistrictSlug | null): Promise<Ground> {
  const outline = subject ? outerRings(MODEL, subject) : [];
  return page.evaluate(
    ({ centre, points, outline, all }) => {
      const hooks = (
        window as unknown as { __atlasMap?: { project: (lng: number, lat: number) => { x: number; y: number } } }
      ).__atlasMap;
      const wrap = document.querySelector('.main .map-wrap .map-overlay');
      if (!hooks || !wrap) throw new Error('no map');
      const at = wrap.getBoundingClientRect();
      const px = ([lng, lat]: number[]) => {
        const p = hooks.project(lng ?? 0, lat ?? 0);
        return { x: at.left + p.x, y: at.top + p.y };
      };
      return {
        centre: px(centre),
        points: Object.fromEntries(points.map(([id, c]) => [id, px(c)])),
        subject: outline.map((ring) => ring.map(px)),
        outlines: Object.fromEntries(all.map(([id, rings]) => [id, rings.map((ring) => ring.map(px))])),
      };
    },
    {
      centre: shanghaiOrigin(MODEL),
      points: MODEL.districts.map((d) => [`d:${d.slug}`, d.label] as [string, [number, number]]),
      outline,
      all: MODEL.districts.map((d) => [`d:${d.slug}`, outerRings(MODEL, d.slug)] as [string, number[][][]]),
    },
  );
}

/** Figures of one sweep, for the report: the worst of each rule. */
interface Figures {
  longest: number;
  widest: number;
  crossings: number;
}

/**
 * What breaks a cartographer's rules: a badge across the city from its district (more
 * than 90° from its point, seen from Shanghai's centre, shanghaiOrigin), a leader over another or over the
 * step's subject, a leader longer than `limit`.
 */
function cartography(p: Placed, g: Ground, where: string, subject: DistrictSlug | null, limit: number, fig: Figures) {
  const out: string[] = [];
  const centre = (r: Rect) => ({ x: (r.x0 + r.x1) / 2, y: (r.y0 + r.y1) / 2 });
  // The point a badge stands for: where its leader starts, else its district's label point,
  // else (a neighbour named on its land in view, its label point off screen) the badge itself.
  const anchorOf = (l: Placed['labels'][number]): Pt | undefined => {
    const a = g.points[l.id];
    if (!a) return undefined;
    const leader = p.leaders.find((x) => x.id === l.id);
    if (leader) return leader.a;
    const inBox = a.x >= l.box.x0 && a.x <= l.box.x1 && a.y >= l.box.y0 && a.y <= l.box.y1;
    return inBox ? a : centre(l.box);
  };
  for (const l of p.labels) {
    const a = anchorOf(l);
    if (!a) continue;
    const b = centre(l.box);
    const u = { x: a.x - g.centre.x, y: a.y - g.centre.y };
    const v = { x: b.x - g.centre.x, y: b.y - g.centre.y };
    const angle =
      (Math.acos(Math.max(-1, Math.min(1, (u.x * v.x + u.y * v.y) / (Math.hypot(u.x, u.y) * Math.hypot(v.x, v.y))))) *
        180) /
      Math.PI;
    // A badge standing on the centre itself has no side to keep to; any other undefined angle is a fault.
    if (Math.hypot(u.x, u.y) < 1 || Math.hypot(v.x, v.y) < 1) continue;
    if (!Number.isFinite(angle)) out.push(`${where}: ${l.id}'s side could not be measured`);
    fig.widest = Math.max(fig.widest, angle);
    if (angle > 90) out.push(`${where}: ${l.id} sits ${Math.round(angle)}° round from its district`);
  }
  for (const l of p.leaders) {
    const len = Math.hypot(l.b.x - l.a.x, l.b.y - l.a.y);
    fig.longest = Math.max(fig.longest, len);
    if (len > limit + 0.5) out.push(`${where}: ${l.id}'s leader is ${Math.round(len)} px (> ${Math.round(limit)})`);
    // The map's own point and the overlay's must agree, or every figure here would be off; a
    // neighbour named on its land in view (its label point off screen) starts on that land.
    const a = g.points[l.id];
    const onLand = (g.outlines[l.id] ?? []).some((ring) => insideRing(ring, l.a));
    if (a && Math.hypot(a.x - l.a.x, a.y - l.a.y) > 1 && !onLand)
      out.push(`${where}: ${l.id}'s leader starts off its point and off its land`);
    for (const o of p.leaders)
      if (l.id < o.id && segmentsCross(l.a, l.b, o.a, o.b)) {
        fig.crossings += 1;
        out.push(`${where}: ${l.id}'s leader crosses ${o.id}'s`);
      }
    if (subject && l.id !== `d:${subject}`) {
      const crosses = g.subject.some(
        (ring) =>
          insideRing(ring, { x: (l.a.x + l.b.x) / 2, y: (l.a.y + l.b.y) / 2 }) ||
          ring.some((c, i) => segmentsCross(l.a, l.b, c, ring[(i + 1) % ring.length] as Pt)),
      );
      if (crosses) {
        fig.crossings += 1;
        out.push(`${where}: ${l.id}'s leader crosses ${subject}, the step's subject`);
      }
    }
  }
  return out;
}

/** What a layout is drawn from, as far as the page shows it: the same key must give the same boxes. */
function framingKey(p: Placed, g: Ground): string {
  const r = (n: number) => Math.round(n * 2) / 2;
  return JSON.stringify({
    labels: p.labels.map((l) => [l.id, l.text, l.kind]).sort(),
    points: Object.entries(g.points).map(([id, a]) => [id, r(a.x), r(a.y)]),
    panels: p.panels.map((q) => [q.name, r(q.box.x0), r(q.box.y0), r(q.box.x1), r(q.box.y1)]).sort(),
    map: [p.map.x0, p.map.y0, p.map.x1, p.map.y1].map(r),
  });
}

function layoutOf(p: Placed): string {
  const r = (n: number) => Math.round(n * 2) / 2;
  return JSON.stringify(p.labels.map((l) => [l.id, r(l.box.x0), r(l.box.y0), r(l.box.x1), r(l.box.y1)]).sort());
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
        const fig: Figures = { longest: 0, widest: 0, crossings: 0 };
        const layouts = new Map<string, { where: string; layout: string }>();
        /** Everything wrong with the overlay now, and the same layout as before for the same framing. */
        const check = async (where: string, subject: DistrictSlug | null, presenting: boolean, districts: boolean) => {
          const p = await placed(page);
          const g = await ground(page, subject);
          problems.push(...problemsOf(p, where, districts));
          problems.push(...cartography(p, g, where, subject, maxLeaderPx(size.width, size.height, presenting), fig));
          const key = framingKey(p, g);
          const seen = layouts.get(key);
          if (seen && seen.layout !== layoutOf(p))
            problems.push(`${where}: laid out unlike ${seen.where}, framed the same`);
          if (!seen) layouts.set(key, { where, layout: layoutOf(p) });
          return p;
        };

        await openAtlas(page, `?lang=${lang}`, FIRST_DRAW);
        await check('city view', null, false, true);

        // Each district's own view at the desk: its neighbours' badges reach the map's edges and the
        // view switch and legend over its corners (one language a size: the test's time goes on 4K).
        if (lang === (size.width === 1920 ? 'en' : 'zh')) {
          for (const d of MODEL.districts) {
            await page.locator(`button[data-district="${d.slug}"]`).click();
            await expect(page.locator(`.panel-body[data-view="district"][data-district="${d.slug}"]`)).toBeVisible();
            await mapIdle(page);
            await check(`desk, ${d.slug}`, d.slug, false, false);
          }
        }

        await openDeckPage(page, `?p=1&lang=${lang}`, FIRST_DRAW);
        for (let i = 0; i < N; i++) {
          const step = TOUR[i];
          if (!step) break;
          if (i > 0) await page.keyboard.press('PageDown');
          await expect(page.locator('.caption')).toHaveAttribute('data-step', step.id, { timeout: DECK_TIMEOUT });
          await mapIdle(page);
          const view = viewForStep(step);
          const city = view.mapView === 'city';
          // A district's own step frames it among its neighbours: it and every neighbour are named.
          const subject = step.focus.type === 'district' ? step.focus.district : null;
          const p = await check(`step ${i + 1} ${step.id}`, view.district, true, city && !subject);
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
        // Back to the first step straight from a district step, whose badges stood elsewhere: the same
        // framing as the first time, so the same layout, whatever was on screen just before.
        const first = TOUR[0];
        const district = TOUR.findIndex((s) => s.id === 'district-yangpu');
        if (first && district >= 0) {
          for (const key of String(district + 1)) await page.keyboard.press(key);
          await page.keyboard.press('Enter');
          await expect(page.locator('.caption')).toHaveAttribute('data-step', 'district-yangpu', {
            timeout: DECK_TIMEOUT,
          });
          await mapIdle(page);
          await placed(page);
          await page.keyboard.press('Home');
          await expect(page.locator('.caption')).toHaveAttribute('data-step', first.id, { timeout: DECK_TIMEOUT });
          await mapIdle(page);
          const before = layouts.size;
          await check(`step 1 again`, null, true, true);
          if (layouts.size !== before) problems.push('step 1 again: framed unlike step 1 the first time');
        }
        console.log(
          `${size.width}×${size.height} ${lang}: longest leader ${fig.longest.toFixed(1)} px, widest angle ${fig.widest.toFixed(1)}°, ${fig.crossings} crossings`,
        );
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
