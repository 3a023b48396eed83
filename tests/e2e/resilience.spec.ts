/**
 * Resilience: the map survives a lost WebGL context, a render error shows the error
 * boundary (and the URL keeps the view), and without WebGL the app still shows the
 * districts, drawn as SVG. Bad data never giving a blank screen is covered by the
 * unit tests (tests/unit/validate.test.ts, data-check-cli.test.ts), not here.
 */
import { writeFile } from 'node:fs/promises';
import { chromium, test as baseTest, type Browser, type Locator, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { LAYERS, DISTRICTS, RECORDS, district, expectedTotals, narrowIndustry, quietPointIn } from './data';
import {
  ORIGIN,
  clickOverlay,
  expect,
  expectDeckStep,
  expectParam,
  isOwnUrl,
  mapIdle,
  project,
  test,
} from './fixtures';
import { N, TOUR } from './tour';
import { gap, hexRgb, mapPixels, pixel, projectAndCheck, shapeAt } from './pixels';
import { THEMES } from '../../src/map/palette';
import { STRINGS } from '../../src/i18n/strings';

const panel = '.panel-body';

/** Opens the app at `query` and waits for the map's first draw, patiently: the machine is shared. */
async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
  await mapIdle(page);
}

/**
 * The share of pixels (0…1) that differ noticeably between two PNG screenshots of the
 * same size. Decoded in the page: createImageBitmap and a 2D canvas need no package.
 */
async function pixelDifference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (b64: string) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D context');
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a64), decode(b64)]);
      if (x.width !== y.width || x.height !== y.height) return 1;
      let differ = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const d =
          Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)) +
          Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)) +
          Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0));
        if (d > 24) differ++;
      }
      return differ / (x.width * x.height);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

const MAP_CANVAS = '.map canvas.maplibregl-canvas';

test.describe('a lost WebGL context', () => {
  test('the map draws again once the context is restored, and clicking a district still selects it', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openAtlas(page);
    const map = page.locator('.map');
    const canvas = page.locator(MAP_CANVAS);
    await expect(canvas).toHaveCount(1);

    const before = await map.screenshot();
    // A background-only reference: the same box with the map canvas hidden (overlays stay).
    await canvas.evaluate((c: HTMLCanvasElement) => (c.style.visibility = 'hidden'));
    const blank = await map.screenshot();
    await canvas.evaluate((c: HTMLCanvasElement) => (c.style.visibility = ''));
    const drawn = await pixelDifference(page, before, blank);
    expect(drawn, 'the map, drawn, differs from its background (sanity check)').toBeGreaterThan(0.1);

    // Lose the context and wait for the browser to say so.
    await canvas.evaluate(async (c: HTMLCanvasElement) => {
      const ext =
        c.getContext('webgl2')?.getExtension('WEBGL_lose_context') ??
        c.getContext('webgl')?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('WEBGL_lose_context is not available');
      (window as unknown as { __loseContext?: WEBGL_lose_context }).__loseContext = ext;
      const lost = new Promise<void>((resolve) =>
        c.addEventListener('webglcontextlost', () => resolve(), { once: true }),
      );
      ext.loseContext();
      await lost;
    });
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.getContext('webgl2')?.isContextLost() ?? true)).toBe(true);
    const lost = await map.screenshot();

    // Restore it, wait for the browser's event and for the map to finish drawing again.
    await canvas.evaluate(async (c: HTMLCanvasElement) => {
      const ext = (window as unknown as { __loseContext?: WEBGL_lose_context }).__loseContext;
      if (!ext) throw new Error('lost the extension');
      const restored = new Promise<void>((resolve) =>
        c.addEventListener('webglcontextrestored', () => resolve(), { once: true }),
      );
      ext.restoreContext();
      await restored;
    });
    await expect(canvas).toHaveCount(1);
    await mapIdle(page);
    const after = await map.screenshot();

    const afterVsBlank = await pixelDifference(page, after, blank);
    const afterVsBefore = await pixelDifference(page, after, before);
    const lostVsBefore = await pixelDifference(page, lost, before);
    const report = `pixels differing — after restore vs background only: ${afterVsBlank.toFixed(3)}, after restore vs before loss: ${afterVsBefore.toFixed(3)}, while lost vs before loss: ${lostVsBefore.toFixed(3)}, drawn vs background: ${drawn.toFixed(3)}`;
    // Kept in the test's output folder (test-results/…) to look at when this fails.
    for (const [name, png] of [
      ['before-loss.png', before],
      ['background-only.png', blank],
      ['while-lost.png', lost],
      ['after-restore.png', after],
    ] as const) {
      const path = test.info().outputPath(name);
      await writeFile(path, png);
      await test.info().attach(name, { path, contentType: 'image/png' });
    }
    // The map draws again: not just the background…
    expect.soft(afterVsBlank, `the map draws after the context is restored (${report})`).toBeGreaterThan(drawn / 2);
    // …and draws what it drew before: the choropleth colours and the selection come back too.
    expect.soft(afterVsBefore, `the map draws the same picture as before the loss (${report})`).toBeLessThan(0.02);

    // Clicking a district still selects it, and the map frames it.
    const at = await project(page, quietPointIn('minhang'));
    await map.click({ position: at });
    await expect(page.locator(panel)).toHaveAttribute('data-district', 'minhang');
    await expect(page.locator(`${panel} .panel-title`)).toHaveText(district('minhang').name.zh);
    await expectParam(page, 'd', 'minhang');
    await mapIdle(page);
    const selected = await map.screenshot();
    expect(await pixelDifference(page, selected, after), 'the map redraws for the selection').toBeGreaterThan(0.05);
    expect(await pixelDifference(page, selected, blank), 'the selected view is drawn').toBeGreaterThan(drawn / 2);
  });
});

test.describe("China's outline, a chunk of its own", () => {
  // As on an intranet over plain http, which keeps no service worker: the page's own fetches are all there is.
  test.use({ serviceWorkers: 'block' });
  test('when it cannot be fetched, the regional view says so and carries on; changing the view fetches it again and draws it', async ({
    page,
    health,
  }) => {
    // The link dropped (an intranet over plain http keeps no service worker): every fetch of the chunk fails until it is back.
    let online = false;
    let failures = 0;
    await page.route(/\/_virtual_atlas-china-[^/]*\.js$/, async (route) => {
      if (online) return route.continue();
      failures++;
      return route.abort('internetdisconnected');
    });
    await openAtlas(page, '?lang=en');
    await page.locator('button[data-view-switch=region]').click();
    const note = page.getByTestId('china-failed');
    await expect(note).toBeVisible();
    await expect(note).toHaveText(
      "China's other provinces could not be loaded (offline?). Change the view or zoom to try again.",
    );
    // The map does not wait for it for ever: the deck, autoplay and the exports wait on idle().
    await mapIdle(page);
    expect(failures).toBeGreaterThan(0);
    // Provinces far from Shanghai, where the map itself shows (no name, link, panel or shadow over it).
    const provinces: [number, number][] = [
      [106.8, 26.8],
      [108.5, 23.8],
      [111.5, 27.5],
      [112.3, 31.0],
      [113.5, 33.8],
      [108.9, 35.2],
      [104.0, 30.5],
    ];
    const inProvince = provinces.filter(([lng, lat]) => shapeAt(lng, lat)?.startsWith('province'));
    const sea = hexRgb(THEMES.light.sea);
    const colours = async () => {
      const at = await projectAndCheck(page, inProvince);
      const img = await mapPixels(page);
      return at.flatMap((p) => (p.bare ? [gap(pixel(img, p.x, p.y), sea)] : []));
    };
    const missing = await colours();
    expect(missing.length, 'provinces in view with nothing over them').toBeGreaterThan(0);
    expect(
      missing.every((g) => g <= 2),
      `the provinces are not drawn: sea there (${missing.join(', ')})`,
    ).toBe(true);
    // In the deck the note keeps clear of the card and its buttons (it lies over the map's right side).
    await page.keyboard.press('F5');
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    await expect(page.locator('.caption')).toHaveAttribute('data-step', 'region');
    await expect(note).toBeVisible();
    const [n, card] = [await note.boundingBox(), await page.locator('.caption').boundingBox()];
    expect(
      n && card && n.x + n.width <= card.x,
      `the note (${JSON.stringify(n)}) beside the card (${JSON.stringify(card)})`,
    ).toBe(true);
    // Leaving restores the regional view the deck was started from.
    await page.keyboard.press('Escape');
    await expect(page.locator('.panel-body[data-view=regions]')).toBeVisible();
    // The link is back: changing the view asks again.
    online = true;
    await page.locator('button[data-view-switch=city]').click();
    await page.locator('button[data-view-switch=region]').click();
    await expect(note).toHaveCount(0);
    await mapIdle(page);
    const drawn = await colours();
    expect(drawn.length).toBeGreaterThan(0);
    expect(
      drawn.every((g) => g > 2),
      `the provinces are drawn: not the sea's colour (${drawn.join(', ')})`,
    ).toBe(true);
    // The failed fetches, as the browser reports them: expected here.
    health.errors.splice(
      0,
      health.errors.length,
      ...health.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|atlas-china/.test(e)),
    );
  });
});

test.describe('a link that drops once the page is up, with no service worker', () => {
  // An intranet over plain http keeps no service worker: the page's own fetches are all there is.
  test.use({ serviceWorkers: 'block' });
  test('the deck, its QR code, the regional view with China and its printed handout still come: their chunks were fetched while the link was up', async ({
    page,
    context,
    health,
  }) => {
    await openAtlas(page, '?lang=en');
    await expect(page.locator('html')).toHaveAttribute('data-chunks', 'warm');
    const failedUrls: string[] = [];
    page.on('requestfailed', (r) => failedUrls.push(r.url()));
    await context.setOffline(true);
    // The deck (a chunk of its own), from the desk's button, and its QR code (another).
    await page.locator('button.present').click();
    await expectDeckStep(page, TOUR[0]?.id ?? '', 0, N);
    await page.keyboard.press('q');
    await expect(page.getByTestId('deck-qr-code')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.locator('.deck')).toHaveCount(0);
    // The regional view: its panel and China's provinces.
    await page.locator('button[data-view-switch=region]').click();
    await expect(page.locator('.panel-body[data-view=regions]')).toBeVisible();
    await mapIdle(page);
    await expect(page.getByTestId('china-failed')).toHaveCount(0);
    await expect(page.locator('.sea-inset')).toBeVisible();
    // The printed handout (a chunk of its own), drawn at `beforeprint`: the regional view's, with China's inset.
    await expect
      .poll(() =>
        page.evaluate(() => {
          window.dispatchEvent(new Event('beforeprint'));
          const inset = document
            .querySelector('.print-sheet .print-map [data-sea-inset] svg')
            ?.getAttribute('aria-label');
          window.dispatchEvent(new Event('afterprint'));
          return inset ?? null;
        }),
      )
      .toBe(STRINGS.en.seaInset);
    await context.setOffline(false);
    // The browser asks for the tab's icon again as the address changes: offline, it cannot have it (no worker keeps it).
    const others = health.errors.filter((e) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e));
    expect(
      failedUrls.filter((u) => !u.endsWith('/icon.svg')),
      'fetches that failed offline',
    ).toEqual([]);
    health.errors.splice(0, health.errors.length, ...others);
  });
});

test.describe('a render error', () => {
  test('shows the error boundary with its message and a reload button; the URL keeps the view', async ({
    page,
    health,
  }) => {
    await page.addInitScript(() => {
      Number.prototype.toLocaleString = function () {
        throw new Error('boom');
      };
    });
    await page.goto('/?d=pudong');
    const alert = page.locator('[role=alert]');
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('Something went wrong');
    await expect(alert).toContainText('boom');
    const reload = alert.getByRole('button', { name: /重新加载|Reload/ });
    await expect(reload).toBeVisible();
    expect(page.url()).toContain('d=pudong');

    // The reload button reloads the same view (which fails the same way here).
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(page.locator('[role=alert]')).toContainText('boom', { timeout: 30_000 });
    expect(page.url()).toContain('d=pudong');

    // The boundary logs what it caught; nothing else may go wrong.
    expect(
      health.errors.some((e) => e.includes('Atlas render error')),
      health.errors.join('\n'),
    ).toBe(true);
    const unexpected = health.errors.filter((e) => !/boom|Atlas render error/.test(e));
    expect(unexpected, 'only the render error is logged').toEqual([]);
    health.errors.length = 0;
  });
});

/** The config's Chromium with WebGL turned off. */
async function launchWithoutWebGL(): Promise<Browser> {
  const base = config.use?.launchOptions ?? {};
  return chromium.launch({ ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-3d-apis'] });
}

// A browser of its own, so this test carries its own health check (as the fixture's).
baseTest.describe('without WebGL', () => {
  baseTest('a one-line notice, the districts drawn as SVG, clickable and recoloured by the filter', async () => {
    baseTest.setTimeout(120_000);
    const browser = await launchWithoutWebGL();
    const errors: string[] = [];
    const foreign: string[] = [];
    try {
      const context = await browser.newContext({ baseURL: ORIGIN, viewport: config.use?.viewport ?? null });
      context.on('request', (r) => {
        if (!isOwnUrl(r.url())) foreign.push(r.url());
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await withoutWebGL(page);
    } finally {
      await browser.close();
    }
    expect.soft(errors, 'no console errors or uncaught exceptions').toEqual([]);
    expect(foreign, `no requests outside ${ORIGIN}`).toEqual([]);
  });
});

/** What the app should do without WebGL (the body of the test above). */
async function withoutWebGL(page: Page): Promise<void> {
  await page.goto('/');
  expect(
    await page.evaluate(() => {
      const c = document.createElement('canvas');
      return c.getContext('webgl2') === null && c.getContext('webgl') === null;
    }),
    'WebGL is really off in this browser',
  ).toBe(true);

  const notice = page.getByTestId('no-webgl');
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText(/WebGL/i);
  // One line: no taller than about one line of its own text.
  const lines = await notice.evaluate((el) => {
    const cs = getComputedStyle(el);
    const line = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.5;
    const box = el.getBoundingClientRect();
    return (box.height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom)) / line;
  });
  await notice.screenshot({ path: test.info().outputPath('no-webgl-notice.png') });
  expect.soft(lines, 'the notice is one line').toBeLessThan(1.6);

  const paths = page.locator('svg[data-testid=svg-map] path[data-district]');
  await expect(paths).toHaveCount(DISTRICTS.length);
  expect((await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('data-district') ?? ''))).sort()).toEqual(
    DISTRICTS.map((d) => d.slug).sort(),
  );

  // Clicking a district selects it: panel, list and URL follow.
  const minhang = page.locator('svg[data-testid=svg-map] path[data-district="minhang"]');
  await minhang.click({ position: await pointInside(minhang) });
  await expect(page.locator(panel)).toHaveAttribute('data-district', 'minhang');
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(district('minhang').name.zh);
  await expect(page.locator('button[data-district="minhang"]')).toHaveAttribute('aria-current', 'true');
  await expectParam(page, 'd', 'minhang');

  // Its records are drawn, and an opened record is ringed and named on the drawing as on the WebGL map.
  const own = RECORDS.filter((r) => r.districts[0] === 'minhang' && r.location);
  await expect(page.locator('.main .map-symbol')).toHaveCount(own.length);
  const target = own[0];
  if (!target) throw new Error('Minhang has no record with a place');
  await clickOverlay(page, `.main .map-symbol[data-record="${target.id}"]`);
  await expect(page.locator(panel)).toHaveAttribute('data-record', target.id);
  await expect(page.locator(`.main .map-symbol[data-record="${target.id}"]`)).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('.main .map-ring')).toHaveCount(1);
  await expect(page.locator(`.main .map-callout[data-record="${target.id}"]`)).toHaveText(target.name.zh);

  // Back to the city: nothing dimmed by a selection.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expectParam(page, 'd', null);

  // The industry filter recolours the districts like the choropleth: equal counts, equal colours;
  // districts left without records share one colour that no district with records has.
  const fills = () =>
    paths.evaluateAll((ps) =>
      Object.fromEntries(ps.map((p) => [p.getAttribute('data-district') ?? '', getComputedStyle(p).fill])),
    );
  const unfiltered = await fills();
  const industry = narrowIndustry();
  await page.locator(`button[data-industry="${industry.id}"]`).click();
  await expectParam(page, 'i', industry.id);
  const totals = expectedTotals({ layers: LAYERS, industries: [industry.id] });
  await expect.poll(async () => JSON.stringify(await fills()) !== JSON.stringify(unfiltered)).toBe(true);
  const filtered = await fills();
  const zero = DISTRICTS.filter((d) => totals[d.slug] === 0).map((d) => filtered[d.slug]);
  const some = DISTRICTS.filter((d) => (totals[d.slug] ?? 0) > 0).map((d) => filtered[d.slug]);
  expect(new Set(zero).size, `districts without records share one fill: ${JSON.stringify(filtered)}`).toBe(1);
  for (const f of some) expect(zero, `a district with records is not drawn as empty (${f})`).not.toContain(f);
  for (const a of DISTRICTS)
    for (const b of DISTRICTS)
      if (totals[a.slug] === totals[b.slug])
        expect(filtered[a.slug], `${a.slug} and ${b.slug} have the same count`).toBe(filtered[b.slug]);

  // The regional view on the drawing carries the South China Sea Islands inset too, clear of the
  // legend, the notice and the names, with its dashed line drawn.
  await page.locator('button[data-view-switch=region]').click();
  await expectParam(page, 'v', 'region');
  const inset = page.getByTestId('sea-inset');
  await expect(inset).toBeVisible();
  await expect(inset.locator('svg')).toHaveAttribute('aria-label', '南海诸岛');
  await expect(inset.locator('[data-part=dashes]')).toHaveAttribute('d', /M.*Z.*M/);
  const clash = await page.evaluate(() => {
    const box = (el: Element) => el.getBoundingClientRect();
    const sea = document.querySelector('[data-testid=sea-inset]');
    if (!sea) return 'no inset';
    const a = box(sea);
    const others = [...document.querySelectorAll('[data-map-obstacle]:not([data-sea-inset]), .panel, .map-label')];
    const hit = others.find((el) => {
      const b = box(el);
      return b.width > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    });
    return hit ? hit.className.toString() : null;
  });
  expect(clash, 'the inset is over nothing').toBeNull();
}

/** A point (relative to the element) where a hit test lands on the element itself. */
async function pointInside(locator: Locator): Promise<{ x: number; y: number }> {
  const point = await locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    // The overlay's names take no pointer events but a tap on one means its district (the map
    // hit-tests them), so a point under a name is not a point of this shape to a user.
    const names = [...document.querySelectorAll('.map-label, .map-symbol')].map((n) => n.getBoundingClientRect());
    const underName = (x: number, y: number) =>
      names.some((r) => x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2);
    for (let n = 4; n <= 64; n *= 2)
      for (let i = 1; i < n; i++)
        for (let j = 1; j < n; j++) {
          const x = box.left + (box.width * i) / n;
          const y = box.top + (box.height * j) / n;
          if (document.elementFromPoint(x, y) === el && !underName(x, y)) return { x: x - box.left, y: y - box.top };
        }
    return null;
  });
  if (!point) throw new Error('no point of the element is on top');
  return point;
}
