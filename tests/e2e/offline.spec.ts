/**
 * Installable, and offline after the first visit: the service worker (vite-plugin-pwa,
 * Workbox) precaches the app and its data, so once the network is gone a reload still
 * draws the map, opens a district and runs the deck, deep links included. The worker
 * answers only for the app: the host's other addresses (robots.txt, sw.js, unknown
 * paths) still get the server's own answer, at the root of a host and in a folder.
 * The manifest and the icons it names are served, and Chromium finds nothing to object
 * to in them.
 */
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { ORIGIN, expect, expectDeckStep, mapIdle, openAtlas, test } from './fixtures';
import { startStaticServer } from './static-server';
import { N, stepId } from './tour';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Resolves once a service worker controls the page (it claims the first visit's page itself). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/**
 * In a new tab of a context whose service worker controls `app` (a URL ending in `/`):
 * the app's robots.txt is the robots file, and the host's other addresses are the
 * server's (sw.js its script, unknown paths its 404), none of them the atlas.
 */
async function expectOnlyTheAppServed(context: BrowserContext, app: string, unknown: string[]): Promise<void> {
  const tab = await context.newPage();
  const robots = await tab.goto(`${app}robots.txt`);
  expect(robots?.status(), 'robots.txt').toBe(200);
  expect(robots?.fromServiceWorker(), 'robots.txt comes from the server').toBe(false);
  await expect(tab.locator('body')).toContainText('User-agent: *');
  const sw = await tab.goto(`${app}sw.js`);
  expect(sw?.fromServiceWorker(), 'sw.js comes from the server').toBe(false);
  await expect(tab.locator('body')).toContainText('precacheAndRoute');
  for (const url of unknown) {
    // Chromium turns a 404 with an empty body (Vite's preview sends one) into its own
    // error page and Playwright's goto into an error; the response is what counts.
    const [res] = await Promise.all([tab.waitForResponse(url), tab.goto(url).catch(() => null)]);
    expect(res.status(), url).toBe(404);
    expect(res.fromServiceWorker(), `${url} comes from the server`).toBe(false);
    await expect(tab.locator('#root'), `${url} is not the atlas`).toHaveCount(0);
  }
  await tab.close();
}

test('after one visit, with the network gone, a reload draws the map, opens a district and runs the deck', async ({
  page,
  context,
}) => {
  await openAtlas(page);
  await controlledByServiceWorker(page);
  await expectOnlyTheAppServed(context, `${ORIGIN}/`, [`${ORIGIN}/admin/`, `${ORIGIN}/nope`]);

  await context.setOffline(true);
  const failed: string[] = [];
  const fromNetwork: string[] = [];
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // A navigation cancels what the page still loads (the favicon, say): aborted, not offline.
    if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`);
  });
  page.on('response', (r) => {
    if (r.url().startsWith(ORIGIN) && !r.fromServiceWorker()) fromNetwork.push(r.url());
  });

  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
  await mapIdle(page);
  await expect(page.locator('button[data-district]')).toHaveCount(16);

  await page.locator('button[data-district="jiading"]').click();
  await expect(page.locator('.panel-body[data-view=district]')).toHaveAttribute('data-district', 'jiading');
  await expect(page.locator('.panel-title')).toHaveText('嘉定区');
  await mapIdle(page);

  // F5 starts the deck (the app keeps the browser from reloading).
  await page.keyboard.press('F5');
  await expectDeckStep(page, stepId(0), 0, N);
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(1), 1, N);

  // A deep link the browser has never loaded: the worker answers it with the cached page.
  const deck = await page.goto('/?p=3');
  expect(deck?.fromServiceWorker()).toBe(true);
  await expectDeckStep(page, stepId(2), 2, N);

  expect(failed, 'no request failed while offline').toEqual([]);
  expect(fromNetwork, 'nothing came from the network while offline').toEqual([]);
});

test("in a folder of a host (/atlas/), the app works offline there and the rest of the host stays the server's", async ({
  browser,
}) => {
  const server = await startStaticServer(DIST, '/atlas/');
  const app = `${server.origin}/atlas/`;
  const context = await browser.newContext();
  const errors: string[] = [];
  const foreign: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  try {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    await page.goto(app);
    await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
    await controlledByServiceWorker(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(app);
    await expectOnlyTheAppServed(context, app, [`${app}nope`, `${app}admin/`, `${server.origin}/`]);

    await context.setOffline(true);
    const deep = await page.goto(`${app}?d=jiading`);
    expect(deep?.fromServiceWorker(), 'the page comes from the service worker').toBe(true);
    await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.panel-title')).toHaveText('嘉定区');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the manifest, its icons and robots.txt are served, and Chromium reads the app as installable', async ({
  page,
  context,
}) => {
  await openAtlas(page);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifestUrl = new URL(href ?? '', page.url()).href;
  const res = await page.request.get(manifestUrl);
  expect(res.status()).toBe(200);
  const manifest = (await res.json()) as {
    name: string;
    short_name: string;
    display: string;
    theme_color: string;
    start_url: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest.name).toContain('上海科技创新地图');
  expect(manifest.name).toContain('Shanghai Innovation Atlas');
  expect(manifest.display).toBe('fullscreen');
  await expect(page.locator('meta[name=theme-color]')).toHaveAttribute('content', manifest.theme_color);

  const purposes = new Set<string>();
  for (const icon of manifest.icons) {
    const r = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(r.status(), icon.src).toBe(200);
    expect(r.headers()['content-type'], icon.src).toContain(icon.type);
    const body = await r.body();
    if (icon.type === 'image/png') expect(pngSize(body), icon.src).toBe(icon.sizes);
    else expect(body.toString('utf8'), icon.src).toContain('<svg');
    purposes.add(`${icon.purpose} ${icon.sizes}`);
  }
  expect([...purposes]).toEqual(expect.arrayContaining(['any 192x192', 'any 512x512', 'maskable 512x512']));

  for (const rel of ['icon', 'apple-touch-icon']) {
    const link = await page.locator(`link[rel="${rel}"]`).getAttribute('href');
    const r = await page.request.get(new URL(link ?? '', page.url()).href);
    expect(r.status(), rel).toBe(200);
    expect(r.headers()['content-type'], rel).toMatch(/^image\//);
  }
  const robots = await page.request.get(`${ORIGIN}/robots.txt`);
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toMatch(/^User-agent: \*$/m);

  // What Chromium itself makes of the manifest: no parse errors, nothing against installing.
  const cdp = await context.newCDPSession(page);
  const parsed = await cdp.send('Page.getAppManifest');
  expect(parsed.url).toBe(manifestUrl);
  expect(parsed.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito, where Chromium never installs apps; that is the only objection allowed.
  expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
});
