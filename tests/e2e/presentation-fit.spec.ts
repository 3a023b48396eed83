/**
 * The caption card on real screens: on every step, in Chinese and in English, at the
 * sizes projectors, TVs and laptops have, the card stays on screen, shows all its text
 * (nothing cut off or spilling out), and reads from the back of the room at 1080p. The
 * highlighted district is framed beside the card, never under it.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildTour } from '../../src/domain/tour';
import { STRINGS } from '../../src/i18n/strings';
import { presentationPadding } from '../../src/map/deck-layout';
import { loadModel, neighboursOf } from './model';
import { DECK_TIMEOUT, expect, expectDeckStep, mapIdle, openDeckPage, test } from './fixtures';
import { mapPixels, pixel, gap } from './pixels';

const MODEL = loadModel();
const TOUR = buildTour(MODEL);
const N = TOUR.length;
const SHOTS = 'test-results/presentation-fit';
/** The district step photographed at each screen size. */
const SHOT_STEP = TOUR.find((s) => s.id === 'district-pudong') ?? TOUR.find((s) => s.focus.type === 'district');

interface Screen {
  width: number;
  height: number;
  scale: number;
}

const SCREENS: Screen[] = [
  { width: 1280, height: 720, scale: 1 },
  { width: 1920, height: 1080, scale: 1 },
  { width: 2560, height: 1440, scale: 1 },
  { width: 3840, height: 2160, scale: 1 },
  { width: 1024, height: 768, scale: 1 },
  { width: 1920, height: 1080, scale: 1.25 },
  { width: 1920, height: 1080, scale: 1.5 },
  // A 1920×1080 laptop at the common 125 % system scaling: the browser sees 1536×864 CSS pixels.
  { width: 1536, height: 864, scale: 1.25 },
];

const name = (s: Screen) => `${s.width}x${s.height}@${s.scale}`;

interface FitReport {
  problems: string[];
  /** Free height in the card, CSS pixels. */
  spare: number;
  card: { left: number; top: number; right: number; bottom: number };
  scrollHeight: number;
  clientHeight: number;
}

/** Checks the card synchronously in the page; returns what is wrong, in words. */
async function checkCaption(page: Page, minFontPx: number | null): Promise<FitReport> {
  return page.evaluate((minFont) => {
    const problems: string[] = [];
    const card = document.querySelector<HTMLElement>('.caption');
    if (!card)
      return {
        problems: ['no .caption'],
        spare: NaN,
        card: { left: 0, top: 0, right: 0, bottom: 0 },
        scrollHeight: 0,
        clientHeight: 0,
      };
    const r = card.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const f = (n: number) => Math.round(n * 10) / 10;
    const boxText = (b: DOMRect) => `[${f(b.left)},${f(b.top)} → ${f(b.right)},${f(b.bottom)}]`;
    const label = (el: Element) => {
      const cls =
        typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 24);
      return `<${el.tagName.toLowerCase()}${cls}>${text ? ` “${text}”` : ''}`;
    };
    const tol = 1;
    if (r.left < -tol || r.top < -tol || r.right > vw + tol || r.bottom > vh + tol)
      problems.push(`card ${boxText(r)} leaves the ${vw}×${vh} viewport`);
    if (card.scrollHeight > card.clientHeight + 1)
      problems.push(`text cut off: scrollHeight ${card.scrollHeight} > clientHeight ${card.clientHeight}`);
    if (card.scrollWidth > card.clientWidth + 1)
      problems.push(`text cut off sideways: scrollWidth ${card.scrollWidth} > clientWidth ${card.clientWidth}`);
    // The header: the counter and the eyebrow each on one line, side by side, never over each other.
    const counter = card.querySelector('.caption-counter');
    const eyebrow = card.querySelector('.caption-eyebrow');
    if (counter && eyebrow) {
      const c = counter.getBoundingClientRect();
      const e = eyebrow.getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(counter).lineHeight);
      if (c.height > lineHeight * 1.5) problems.push(`counter “${counter.textContent}” wraps: ${f(c.height)}px tall`);
      const eyebrowLine = parseFloat(getComputedStyle(eyebrow).lineHeight);
      if (e.height > eyebrowLine * 1.5) problems.push(`eyebrow “${eyebrow.textContent}” wraps: ${f(e.height)}px tall`);
      if (e.right > c.left && e.left < c.right && e.bottom > c.top && e.top < c.bottom)
        problems.push(`eyebrow ${boxText(e)} runs into the counter ${boxText(c)}`);
    } else problems.push('no card header (eyebrow and counter)');
    const inside = (b: DOMRect) =>
      b.left >= r.left - tol && b.top >= r.top - tol && b.right <= r.right + tol && b.bottom <= r.bottom + tol;
    for (const el of card.querySelectorAll('*')) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (!inside(b)) problems.push(`${label(el)} ${boxText(b)} outside the card ${boxText(r)}`);
    }
    // Text runs too: a long word can spill out of a box that itself fits.
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const b of range.getClientRects())
        if (b.width > 0 && !inside(b))
          problems.push(`text “${node.textContent.trim().slice(0, 24)}” ${boxText(b)} outside the card ${boxText(r)}`);
    }
    if (minFont !== null)
      for (const sel of ['.caption-lead', '.caption-records li', '.figure'])
        for (const el of card.querySelectorAll(sel)) {
          const px = parseFloat(getComputedStyle(el).fontSize);
          if (px < minFont) problems.push(`${label(el)} font-size ${f(px)}px < ${minFont}px`);
        }
    // The quote is pushed to the bottom (margin-top: auto): the space above it is what the card has to spare.
    const quote = card.querySelector('.caption-quote');
    const before = quote?.previousElementSibling;
    const spare =
      quote && before
        ? quote.getBoundingClientRect().top -
          before.getBoundingClientRect().bottom -
          parseFloat(getComputedStyle(card).rowGap || '0')
        : NaN;
    return {
      problems,
      spare,
      card: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      scrollHeight: card.scrollHeight,
      clientHeight: card.clientHeight,
    };
  }, minFontPx);
}

for (const screen of SCREENS) {
  test.describe(`at ${name(screen)}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height }, deviceScaleFactor: screen.scale });

    test('the caption fits on every step, in Chinese and in English', async ({ page }, info) => {
      test.setTimeout(240_000);
      const minFont = screen.width === 1920 && screen.height === 1080 ? 28 : null;
      const problems: string[] = [];
      let tightest = { step: '', lang: '', spare: Infinity };
      await page.emulateMedia({ reducedMotion: 'reduce' });
      // The card's layout does not depend on the map, but software WebGL drawing a large screen
      // is slow: at 3840×2160 on a busy 2-core machine its first draw alone took over 20 s. So the
      // deck opens from a link without waiting for the map, the map is taken out of the layout for
      // the walk (after checking that this leaves the card where it was), and put back, and waited
      // for, only for the screenshot.
      await page.goto('/?p=1&lang=en');
      await expectDeckStep(page, TOUR[0]?.id ?? '', 0, N);
      const before = await page.locator('.caption').boundingBox();
      const noMap = await page.addStyleTag({ content: '.map-wrap { display: none !important; }' });
      const after = await page.locator('.caption').boundingBox();
      expect(after, 'hiding the map leaves the card where it was').toEqual(before);

      for (const lang of ['en', 'zh'] as const) {
        if (lang === 'zh') {
          // Switch language in the normal app (cheaper than loading the page again), then present again.
          await page.keyboard.press('Escape');
          await page.locator('.lang-switch').click();
          await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
          await page.keyboard.press('F5');
          await expectDeckStep(page, TOUR[0]?.id ?? '', 0, N);
        }
        // End tells how many steps there are.
        await page.keyboard.press('End');
        await expect(page.getByTestId('deck-counter')).toHaveText(/^(\d+) \/ \1$/, { timeout: DECK_TIMEOUT });
        const shown = Number((await page.getByTestId('deck-counter').textContent())?.split(' / ')[1]);
        expect(shown, 'the deck has as many steps as the tour').toBe(N);
        await page.keyboard.press('Home');
        await expectDeckStep(page, TOUR[0]?.id ?? '', 0, N);

        for (let i = 0; i < N; i++) {
          const step = TOUR[i];
          if (!step) break;
          if (i > 0) await page.keyboard.press('PageDown');
          await expect(page.locator('.caption')).toHaveAttribute('data-step', step.id, { timeout: DECK_TIMEOUT });
          const report = await checkCaption(page, minFont);
          for (const p of report.problems) problems.push(`${lang} step ${i + 1} ${step.id}: ${p}`);
          if (report.spare < tightest.spare) tightest = { step: step.id, lang, spare: Math.round(report.spare) };
          if (report.scrollHeight > report.clientHeight)
            info.annotations.push({
              type: 'overflow',
              description: `${lang} ${step.id}: scrollHeight ${report.scrollHeight}, clientHeight ${report.clientHeight}`,
            });
        }
      }
      info.annotations.push({
        type: 'tightest',
        description: `${tightest.lang} ${tightest.step}: ${Math.round(tightest.spare)}px spare in the card`,
      });

      // A screenshot of a district step, map and all, to look at (not compared).
      if (SHOT_STEP) {
        await noMap.evaluate((el) => el.parentNode?.removeChild(el));
        await page.keyboard.press('Home'); // a new selection, so the map frames it at its real size
        await expectDeckStep(page, TOUR[0]?.id ?? '', 0, N);
        const k = TOUR.indexOf(SHOT_STEP);
        await page.keyboard.type(String(k + 1));
        await page.keyboard.press('Enter');
        await expectDeckStep(page, SHOT_STEP.id, k, N);
        // Drawn while hidden long ago (cheap at no size); now drawn at full size, however long that takes.
        await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true', { timeout: DECK_TIMEOUT });
        await mapIdle(page);
        // The scale bar's label is whole: its text inside the bar's box.
        const scale = await page.evaluate(() => {
          const bar = document.querySelector('.maplibregl-ctrl-scale');
          if (!bar) return 'no scale bar';
          const range = document.createRange();
          range.selectNodeContents(bar);
          const t = range.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          const inside =
            t.left >= b.left - 0.5 && t.right <= b.right + 0.5 && t.top >= b.top - 0.5 && t.bottom <= b.bottom + 0.5;
          return inside && t.width > 0 ? null : `scale label “${bar.textContent}” spills out of its bar`;
        });
        if (scale) problems.push(scale);
        mkdirSync(SHOTS, { recursive: true });
        const path = `${SHOTS}/${name(screen)}-${SHOT_STEP.id}-zh.png`;
        await page.screenshot({ path });
        info.annotations.push({ type: 'screenshot', description: path });
      }
      expect(problems, `caption problems at ${name(screen)}`).toEqual([]);
    });
  });
}

/** The names on the deck's map (the print sheet, hidden, draws its own). */
const OVERLAY = '.map-wrap > [data-testid="map-overlay"]';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test.describe('a deck step shows its subject', () => {
  test('each district step frames its district large among its named neighbours, with a locator; at 1280×720, 1920×1080 and 3840×2160', async ({
    page,
  }, info) => {
    test.setTimeout(420_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDeckPage(page, '?p=1', 60_000);
    const problems: string[] = [];
    // One page, resized: the deck lays itself out again and the next step is framed for the new size.
    for (const [w, h] of [
      [1280, 720],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.keyboard.press('Home');
      await expectDeckStep(page, TOUR[0]?.id ?? '', 0, N);
      for (let i = 0; i < N; i++) {
        const step = TOUR[i];
        if (step?.focus.type !== 'district') continue;
        const slug = step.focus.district;
        const where = `${w}×${h} ${step.id}`;
        await page.keyboard.type(String(i + 1));
        await page.keyboard.press('Enter');
        await expectDeckStep(page, step.id, i, N);
        await expect(page.getByTestId('deck-locator')).toHaveAttribute('data-subject', slug);
        await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: 120_000 });
        // Its neighbours are named: every district it shares a border with has its badge on the map.
        for (const n of [slug, ...neighboursOf(MODEL, slug)])
          await expect(page.locator(`${OVERLAY} [data-label="d:${n}"]`), `${where}: ${n} named`).toHaveCount(1);
        const [[west, south], [east, north]] = MODEL.bounds.district[slug];
        const seen = await page.evaluate(
          ({ west, south, east, north, slug, overlay }) => {
            const hooks = (
              window as unknown as { __atlasMap?: { project: (a: number, b: number) => { x: number; y: number } } }
            ).__atlasMap;
            const rect = (el: Element | null) => {
              const r = el?.getBoundingClientRect();
              return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
            };
            const map = rect(document.querySelector('.map'));
            const a = hooks?.project(west, north);
            const b = hooks?.project(east, south);
            const fills = [...document.querySelectorAll('[data-locator-district]')].map((p) => ({
              slug: p.getAttribute('data-locator-district'),
              fill: p.getAttribute('fill'),
            }));
            return {
              map,
              subject:
                a && b && map
                  ? { left: map.left + a.x, top: map.top + a.y, right: map.left + b.x, bottom: map.top + b.y }
                  : null,
              card: rect(document.querySelector('.caption')),
              legend: rect(document.querySelector('.deck-legend')),
              toolbar: rect(document.querySelector('.deck-toolbar')),
              locator: rect(document.querySelector('[data-testid="deck-locator"]')),
              badges: [...document.querySelectorAll(`${overlay} [data-label]`)].map((el) => ({
                id: el.getAttribute('data-label'),
                box: rect(el),
              })),
              subjectFill: fills.find((f) => f.slug === slug)?.fill ?? null,
              otherFills: [...new Set(fills.filter((f) => f.slug !== slug).map((f) => f.fill))],
            };
          },
          { west, south, east, north, slug, overlay: OVERLAY },
        );
        const { map, subject, card, legend, toolbar, locator } = seen;
        if (!map || !subject || !card || !legend || !toolbar || !locator) {
          problems.push(`${where}: something is missing: ${JSON.stringify(seen)}`);
          continue;
        }
        // The map area: the map left of the caption card.
        const area = Math.min(card.left - map.left, map.bottom - map.top);
        const side = Math.max(subject.right - subject.left, subject.bottom - subject.top);
        info.annotations.push({
          type: 'subject',
          description: `${where}: ${Math.round(subject.right - subject.left)}×${Math.round(subject.bottom - subject.top)} px, map area's short side ${Math.round(area)}`,
        });
        if (side < area / 4)
          problems.push(`${where}: the district is ${side.toFixed(0)} px, under a quarter of ${area.toFixed(0)}`);
        if (subject.right > card.left) problems.push(`${where}: the district runs under the card`);
        // The camera padding the map adapter uses covers the card as drawn by the CSS.
        if (w - presentationPadding(map.right - map.left, map.bottom - map.top).right > card.left + 1)
          problems.push(`${where}: the camera's padding does not reach the card`);
        // The locator: the subject filled in its own colour, clear of the card, the legend, the toolbar and every name.
        if (!seen.subjectFill || seen.otherFills.length !== 1 || seen.otherFills[0] === seen.subjectFill)
          problems.push(
            `${where}: the locator does not mark the district (${seen.subjectFill} vs ${seen.otherFills.join(',')})`,
          );
        for (const [name, box] of [
          ['card', card],
          ['legend', legend],
          ['toolbar', toolbar],
          ...seen.badges.map((b) => [b.id ?? '', b.box] as const),
        ] as const)
          if (box && overlaps(locator, box)) problems.push(`${where}: the locator overlaps the ${name}`);
        if (locator.left < map.left || locator.top < map.top || locator.right > card.left)
          problems.push(`${where}: the locator is not in the map area`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the international step says on the map that its items have no place there, and does not look like step 1; the regional step has a legend', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeckPage(page, '?p=1');
    await expectDeckStep(page, TOUR[0]?.id ?? '', 0, N);
    await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });
    const card = await page.locator('.caption').boundingBox();
    if (!card) throw new Error('no card');
    const first = await mapPixels(page);
    await expect(page.getByTestId('deck-noplace')).toHaveCount(0);

    const intl = TOUR.findIndex((s) => s.id === 'international');
    await page.keyboard.type(String(intl + 1));
    await page.keyboard.press('Enter');
    await expectDeckStep(page, 'international', intl, N);
    await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });
    const note = page.getByTestId('deck-noplace').getByRole('note');
    await expect(note).toContainText(STRINGS.zh.stepMap.noPlace);
    // The note is over the map, left of the card, and nothing covers it.
    const box = await note.boundingBox();
    expect(box && box.x + box.width <= card.x && box.x >= 0).toBe(true);
    if (box) {
      const onTop = await page.evaluate(
        ([x, y]) => Boolean(document.elementFromPoint(x ?? 0, y ?? 0)?.closest('.deck-noplace-note')),
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(onTop, 'the note is on top').toBe(true);
    }
    // Away from the note, the map itself is dimmed: most of it differs from step 1.
    const second = await mapPixels(page);
    let differ = 0;
    let total = 0;
    for (let y = 4; y < first.height - 4; y += 8)
      for (let x = 4; x < Math.min(first.width, card.x) - 4; x += 8) {
        if (box && x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) continue;
        total++;
        if (gap(pixel(first, x, y), pixel(second, x, y)) > 24) differ++;
      }
    expect(differ / total, `${differ} of ${total} sampled pixels differ from step 1`).toBeGreaterThan(0.5);

    // The regional step: a legend that says what a place's number counts, clear of the card and the names.
    const region = TOUR.findIndex((s) => s.id === 'region');
    await page.keyboard.type(String(region + 1));
    await page.keyboard.press('Enter');
    await expectDeckStep(page, 'region', region, N);
    await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });
    await expect(page.getByTestId('deck-noplace')).toHaveCount(0);
    const legend = page.getByTestId('region-legend');
    await expect(legend).toBeVisible();
    await expect(page.getByTestId('region-legend-note')).toHaveText(STRINGS.zh.stepMap.regionLegend.note);
    await expect(legend).toContainText(STRINGS.zh.stepMap.regionLegend.badge);
    const legendBox = await legend.boundingBox();
    const places = await page.locator(`${OVERLAY} [data-region]`).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
    );
    expect(places.length).toBeGreaterThan(0);
    if (!legendBox) throw new Error('no legend box');
    const lb = {
      left: legendBox.x,
      top: legendBox.y,
      right: legendBox.x + legendBox.width,
      bottom: legendBox.y + legendBox.height,
    };
    expect(lb.right <= card.x, 'the legend is left of the card').toBe(true);
    expect(
      places.filter((p) => overlaps(p, lb)),
      'no place badge under the legend',
    ).toEqual([]);
  });
});
