import type { Browser, Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { ALL, expectedRanking, expectedTotals, RECORDS } from './data';
import { DECK_TIMEOUT, ORIGIN, expect, expectParam, mapIdle, openAtlas, test } from './fixtures';
import { loadModel } from './model';
import { buildTour } from '../../src/domain/tour';
import { THEME_NAMES } from '../../src/vocabulary';
import { gap, pixel } from './pixels';
import { paletteProperties } from '../../tools/vite-palette';

test('overview, a district, a record and the English view load cleanly and stay on this origin', async ({
  page,
  health,
}) => {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));

  await openAtlas(page);
  await expect(page.locator('.panel-body')).toHaveAttribute('data-view', 'overview');

  const top = expectedRanking(ALL)[0];
  if (!top) throw new Error('no district has records');
  await page.locator(`button[data-district="${top.slug}"]`).click();
  await expect(page.locator('.panel-body')).toHaveAttribute('data-district', top.slug);
  await mapIdle(page);

  const firstRecord = page.locator('.panel-body[data-view="district"] button[data-record]').first();
  const recordId = await firstRecord.getAttribute('data-record');
  await firstRecord.click();
  await expect(page.locator('.panel-body')).toHaveAttribute('data-record', recordId ?? '');
  await mapIdle(page);

  await page.locator('.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await mapIdle(page);

  // The listeners really saw the app load (its bundle, at least) before finding nothing foreign.
  expect(seen.some((u) => u.startsWith(`${ORIGIN}/assets/`))).toBe(true);
  // Each file comes once: a preload the page cannot reuse (another credentials mode) is a
  // second download of the same bytes on a slow meeting-room network.
  const assets = seen.filter((u) => u.startsWith(`${ORIGIN}/assets/`));
  expect(
    assets.filter((u, i) => assets.indexOf(u) !== i),
    'assets requested twice',
  ).toEqual([]);
  expect(health.errors).toEqual([]);
  expect(health.foreign).toEqual([]);
});

/** Parses a PNG in a scratch page and counts pixels: distinct colours, and those near each given colour. */
async function analysePng(
  browser: Browser,
  png: Buffer,
  targets: string[],
  tolerance: number,
): Promise<{ pixels: number; distinct: number; near: number[] }> {
  const scratch = await browser.newPage();
  try {
    return await scratch.evaluate(
      async ({ b64, targets, tolerance }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D context');
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const rgb = targets.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
        const near = targets.map(() => 0);
        const distinct = new Set<number>();
        for (let p = 0; p < data.length; p += 4) {
          const [r, g, b] = [data[p] ?? 0, data[p + 1] ?? 0, data[p + 2] ?? 0];
          distinct.add((r << 16) | (g << 8) | b);
          rgb.forEach(([tr = 0, tg = 0, tb = 0], k) => {
            if (Math.abs(r - tr) <= tolerance && Math.abs(g - tg) <= tolerance && Math.abs(b - tb) <= tolerance)
              near[k] = (near[k] ?? 0) + 1;
          });
        }
        return { pixels: data.length / 4, distinct: distinct.size, near };
      },
      { b64: png.toString('base64'), targets, tolerance },
    );
  } finally {
    await scratch.close();
  }
}

/** The legend's classes: colour and inclusive range, as the user reads them. */
async function legendClasses(page: Page): Promise<{ colour: string; from: number; to: number }[]> {
  return page.locator('[data-testid="choropleth-classes"] li').evaluateAll((items) =>
    items.map((li) => {
      const swatch = li.querySelector<HTMLElement>('.swatch');
      const [r = 0, g = 0, b = 0] =
        (swatch ? getComputedStyle(swatch).backgroundColor : '').match(/\d+/g)?.map(Number) ?? [];
      const [from = NaN, to = from] = (li.textContent ?? '').match(/\d+/g)?.map(Number) ?? [];
      return { colour: `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`, from, to };
    }),
  );
}

test('the map draws a choropleth: each legend colour a district should have is on the map, unlike with every layer off', async ({
  page,
  browser,
}) => {
  await openAtlas(page);
  const shot = await page.locator('.map').screenshot();
  expect(shot.length, 'a drawn map compresses to more than 30 KB').toBeGreaterThan(30_000);

  const totals = Object.values(expectedTotals(ALL));
  const classes = await legendClasses(page);
  const used = classes.filter((c) => c.from > 0 && totals.some((t) => t >= c.from && t <= c.to));
  expect(used.length, 'records spread districts over several classes').toBeGreaterThanOrEqual(2);
  const colours = used.map((c) => c.colour);

  const full = await analysePng(browser, shot, colours, 14);
  expect(full.distinct, 'the map has many distinct colours').toBeGreaterThan(500);
  used.forEach((c, k) => {
    expect(full.near[k], `legend class ${c.from}–${c.to} (${c.colour}) fills a district`).toBeGreaterThan(300);
  });

  // With every layer off, each district counts zero: the zero class's fill, none of those classes. The legend
  // still shows every class, the same as before: a colour means the same count whatever the filter.
  await openAtlas(page, '?l=none');
  expect(await legendClasses(page)).toEqual(classes);
  const blank = await page.locator('.map').screenshot();
  expect(blank.equals(shot)).toBe(false);
  const none = await analysePng(browser, blank, colours, 14);
  used.forEach((c, k) => {
    expect(none.near[k], `no district is ${c.colour} with every layer off`).toBeLessThan(300);
  });
});

test('the page the server sends already draws the 16 districts in its colours, before any script runs', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const districts = [...html.matchAll(/<path data-district="([a-z]+)"/g)].map((m) => m[1]);
  expect(new Set(districts).size).toBe(16);
  expect(html).toContain('data-first-paint');
  // The colours are in the stylesheet the page links, not set by a script later: every
  // custom property the palette makes, for both rooms (tools/vite-palette.ts).
  const hrefs = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const css = (await Promise.all(hrefs.map(async (href) => (await request.get(href)).text()))).join('\n');
  const names = THEME_NAMES.flatMap((theme) => [...paletteProperties(theme).keys()]);
  expect(names.filter((name) => !css.includes(`${name}:`))).toEqual([]);
  expect(css).toMatch(/:root\{--ink:/);
  expect(css).toMatch(/\.app\.theme-dark\{--ink:/);
});

/** A point of a shape that a pointer or a finger reaches (nothing lies over it there), or null. */
function reachablePoint(shape: Locator): Promise<{ x: number; y: number } | null> {
  return shape.evaluate((el) => {
    const box = el.getBoundingClientRect();
    for (let n = 4; n <= 64; n *= 2)
      for (let i = 1; i < n; i++)
        for (let j = 1; j < n; j++) {
          const [x, y] = [box.left + (box.width * i) / n, box.top + (box.height * j) / n];
          if (document.elementFromPoint(x, y) === el) return { x, y };
        }
    return null;
  });
}

test('while MapLibre starts, the stand-in takes clicks, is painted on the CPU and looks as its SVG would', async ({
  page,
}) => {
  // MapLibre's chunk is held back, so the stand-in stays; a selected district brings dims and its outline.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/adapter-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?d=minhang');
  const svg = page.locator('svg[data-testid=svg-map]');
  await expect(svg).toHaveAttribute('data-raster', '');
  await expect(page.locator('.svg-map canvas.svg-raster')).toHaveCount(1);
  await expect(svg.locator('[data-outline]')).not.toHaveCount(0);
  // It is the map until MapLibre is: a click on a district there selects it.
  const xuhui = await reachablePoint(svg.locator('path[data-district="xuhui"]'));
  expect(xuhui, 'a point of Xuhui that the pointer reaches').not.toBeNull();
  await page.mouse.click(xuhui?.x ?? 0, xuhui?.y ?? 0);
  await expectParam(page, 'd', 'xuhui');
  await expect(svg).toHaveAttribute('data-raster', '');
  const shot = async () => PNG.sync.read(await page.locator('.svg-map').screenshot({ animations: 'disabled' }));
  const raster = await shot();
  // The same drawing with the SVG painting its shapes itself, as it does without the canvas.
  await svg.evaluate((el) => {
    el.removeAttribute('data-raster');
    (el.previousElementSibling as HTMLElement).style.visibility = 'hidden';
  });
  const vector = await shot();
  release();
  expect([raster.width, raster.height]).toEqual([vector.width, vector.height]);
  let differ = 0;
  for (let y = 0; y < raster.height; y++)
    for (let x = 0; x < raster.width; x++) if (gap(pixel(raster, x, y), pixel(vector, x, y)) > 48) differ++;
  // Edges anti-aliased by two renderers differ by a pixel here and there; a missing or misplaced shape is thousands.
  expect(differ / (raster.width * raster.height)).toBeLessThan(0.002);
});

test('while MapLibre starts on the opening view, the city drawn into the page stays as it is and takes taps', async ({
  browser,
}) => {
  // A touch panel: the first thing a user in the room may do is tap a district before the map is up.
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/adapter-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // The element the server sent, marked before any of the app's scripts run, and every frame it is given.
  await page.addInitScript(() => {
    const frames: string[] = [];
    (window as unknown as { __frames: string[] }).__frames = frames;
    document.addEventListener('DOMContentLoaded', () => {
      const svg = document.querySelector('svg[data-first-paint]');
      svg?.setAttribute('data-sent', '');
      if (!svg) return;
      new MutationObserver(() => {
        const now = svg.getAttribute('viewBox') ?? '';
        if (frames.at(-1) !== now) frames.push(now);
      }).observe(svg, { attributes: true, attributeFilter: ['viewBox'] });
    });
  });
  await page.goto('/');
  // The app has rendered around it (its district list), and the drawing is still the one the page came with.
  await expect(page.locator('.sidebar button[data-district]')).toHaveCount(16);
  const drawing = page.locator('.map-wrap [data-testid=first-paint] svg[data-first-paint][data-sent]');
  await expect(drawing).toBeVisible();
  await expect(page.locator('svg[data-testid=svg-map]')).toHaveCount(0);
  const box = await drawing.boundingBox();
  expect(box?.width, 'the drawing fills the map box').toBeGreaterThan(600);
  // Framed for the app's layout as the page settles (a busy machine lays it out over several frames):
  // aim once its frame holds still, as a finger would.
  await expect
    .poll(() =>
      drawing.evaluate(
        (svg) =>
          new Promise<boolean>((resolve) => {
            const before = `${svg.getAttribute('viewBox')} ${svg.getBoundingClientRect().width}`;
            const after = () => `${svg.getAttribute('viewBox')} ${svg.getBoundingClientRect().width}`;
            requestAnimationFrame(() =>
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(after() === before))),
            );
          }),
      ),
    )
    .toBe(true);
  // Framed once, straight to the map's view: not first as if nothing lay over the map, then clear of the legend.
  expect(await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames)).toHaveLength(1);
  const xuhui = await reachablePoint(drawing.locator('path[data-district="xuhui"]'));
  expect(xuhui, 'a point of Xuhui that a finger reaches').not.toBeNull();
  await page.touchscreen.tap(xuhui?.x ?? 0, xuhui?.y ?? 0);
  await expectParam(page, 'd', 'xuhui');
  // Another view than the one drawn into the page: the app's own stand-in shows it, its outline and all.
  await expect(page.locator('svg[data-testid=svg-map] [data-outline]')).not.toHaveCount(0);
  await expect(page.locator('svg[data-first-paint]')).toHaveCount(0);
  release();
  await expect(page.locator('.map[data-ready="true"]')).toHaveCount(1);
  await expect(page.locator('.panel-body')).toHaveAttribute('data-district', 'xuhui');
  await context.close();
});

test('a deck link frames its step beside the card whether the deck or the map came first', async ({ browser }) => {
  // The deck is a chunk of its own: on a slow link it can come after MapLibre's. The step must then be
  // framed as it is when the deck came first, not under the card or clear of controls that are not there.
  const tour = buildTour(loadModel());
  const camera = async (query: string, holdDeck: boolean) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    if (holdDeck)
      await page.route(/\/Deck-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
    await page.goto(`/${query}`);
    await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true', { timeout: DECK_TIMEOUT });
    if (holdDeck) await expect(page.locator('.deck')).toHaveCount(0);
    release();
    await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: DECK_TIMEOUT });
    await mapIdle(page);
    const at = await page.evaluate(() => window.__atlasMap?.camera());
    await page.close();
    if (!at) throw new Error('window.__atlasMap is missing');
    return at;
  };
  for (const id of ['layer-clusters', 'region']) {
    const query = `?p=${tour.findIndex((s) => s.id === id) + 1}`;
    const first = await camera(query, false);
    const late = await camera(query, true);
    expect(late.lng, `${id}: the camera's longitude`).toBeCloseTo(first.lng, 3);
    expect(late.lat, `${id}: the camera's latitude`).toBeCloseTo(first.lat, 3);
    expect(late.zoom, `${id}: the camera's zoom`).toBeCloseTo(first.zoom, 2);
  }
});

test('the panels and lists come with the first render, the map once its frames are out, the matrix after the map has drawn', async ({
  page,
}) => {
  // The order in which things enter the page, noted by the page itself from before any script runs.
  await page.addInitScript(() => {
    const marks: string[] = [];
    (window as unknown as { __marks: string[] }).__marks = marks;
    const watch: [string, string][] = [
      ['list', '.sidebar button[data-district]'],
      ['panel', '.panel .panel-title'],
      ['canvas', 'canvas.maplibregl-canvas'],
      ['idle', '.map[data-ready="true"]'],
      ['matrix', '.panel .matrix-scroll'],
    ];
    new MutationObserver(() => {
      for (const [mark, selector] of watch)
        if (!marks.includes(mark) && document.querySelector(selector)) marks.push(mark);
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await openAtlas(page);
  await expect(page.locator('.panel .matrix-scroll')).toBeVisible();
  const marks = await page.evaluate(() => (window as unknown as { __marks: string[] }).__marks);
  const at = (m: string) => marks.indexOf(m);
  const order = `order: ${marks.join(' → ')}`;
  expect(marks, 'everything appeared').toEqual(expect.arrayContaining(['canvas', 'list', 'panel', 'idle', 'matrix']));
  // Rendered once the map is made, the panels are a frame of their own that its first shader waits behind (store.ts).
  expect(at('list'), order).toBeLessThan(at('canvas'));
  expect(at('panel'), order).toBeLessThan(at('canvas'));
  expect(at('idle'), order).toBeLessThan(at('matrix'));
});

test('the service worker is registered once the map has drawn: its install downloads the whole app again', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __swAt?: number; __atlasMap?: { drawn(): { frames: number } } };
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      w.__swAt = w.__atlasMap?.drawn().frames ?? 0;
      return register(...args);
    };
  });
  await openAtlas(page);
  const registered = await page.waitForFunction(() => {
    const at = (window as unknown as { __swAt?: number }).__swAt;
    return at === undefined ? null : { frames: at };
  });
  const frames = (await registered.jsonValue())?.frames;
  expect(frames, 'frames the map had drawn when the worker was registered').toBeGreaterThan(0);
  // And it is there: the app still works offline after a first visit (offline.spec).
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true));
});

test.describe("the records' summaries", () => {
  // page.route sees the page's own requests; the service worker, once it controls the page, would answer them itself.
  test.use({ serviceWorkers: 'block' });

  test("the records' summaries wait for the map: asked for after its first frames, or at once for a record opened by a link", async ({
    page,
  }) => {
    // What the map had drawn when the page asked for the summaries.
    const framesAtRequest: number[] = [];
    await page.route('**/assets/atlas-summaries-*.json', async (route) => {
      const frames = await route
        .request()
        .frame()
        .evaluate(() => (window as { __atlasMap?: { drawn(): { frames: number } } }).__atlasMap?.drawn().frames ?? 0);
      framesAtRequest.push(frames);
      await route.continue();
    });
    await openAtlas(page);
    await expect.poll(() => framesAtRequest.length).toBe(1);
    expect(framesAtRequest[0], 'frames the map had drawn when the summaries were asked for').toBeGreaterThan(0);

    // A shared link to a record: its summary, in both languages, without waiting for anything else.
    const r = RECORDS.find((x) => x.scope === 'district');
    if (!r) throw new Error('no district record');
    framesAtRequest.length = 0;
    await page.goto(`/?r=${r.id}`);
    await expect(page.locator('.panel-body[data-view="record"] .summary')).toHaveText(r.summary.zh);
    await page.locator('.lang-switch').click();
    await expect(page.locator('.panel-body[data-view="record"] .summary')).toHaveText(r.summary.en);
    expect(framesAtRequest).toHaveLength(1);
  });

  test('when the summaries cannot be read, a record says so and names the file; the CSV waits for them', async ({
    page,
    health,
  }) => {
    await page.route('**/assets/atlas-summaries-*.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const r = RECORDS.find((x) => x.scope === 'district');
    if (!r) throw new Error('no district record');
    await openAtlas(page, `?r=${r.id}`);
    const summary = page.locator('.panel-body[data-view="record"] .summary');
    await expect(summary).toHaveClass(/summary-failed/);
    await expect(summary).toContainText('摘要未能载入');
    await expect(summary).toContainText(/atlas-summaries-[\w-]+\.json\): cannot be read: .*HTTP 404/);
    // The rest of the record is there.
    await expect(page.locator('.panel-body[data-view="record"] .panel-title')).toHaveText(r.name.zh);
    await page.locator('.export summary').click();
    const csv = page.locator('button[data-export="csv"]');
    await expect(csv).toBeDisabled();
    await expect(csv).toHaveAttribute('title', /atlas-summaries.*HTTP 404/);
    // The errors are this test's own: the failed request and the app's report of it.
    expect(health.errors.length).toBeGreaterThan(0);
    expect(
      health.errors.every((e) => /atlas-summaries|404/.test(e)),
      health.errors.join('\n'),
    ).toBe(true);
    health.errors.length = 0;
  });
});
