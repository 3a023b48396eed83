/**
 * A new deployment is announced, never forced. The app is served from a folder this test
 * controls; after the first visit the folder is swapped for a second, real build of the
 * app (the same config, its page marked "next"), as a redeploy would swap it. Then the
 * browser's own update check finds the new service worker, which waits: every open window
 * shows the notice (except inside the deck), keeps running the old version, and only the
 * window whose user clicks "reload" reloads.
 *
 * It serves the app itself, on a port of its own, so it checks console errors and foreign
 * requests here rather than through the shared fixture (which knows only ORIGIN).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import { startStaticServer, type StaticServer } from './static-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');

let next = '';
let server: StaticServer;

/** A second build of the app through the project's own config; its page carries one extra meta tag. */
async function buildNextVersion(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
    plugins: [
      {
        name: 'atlas-next-version',
        transformIndexHtml: (html) => html.replace('</head>', '<meta name="atlas-version" content="next" /></head>'),
      },
    ],
  });
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  next = mkdtempSync(join(tmpdir(), 'atlas-next-'));
  await buildNextVersion(next);
  server = await startStaticServer(DIST);
});

test.afterAll(async () => {
  await server.close();
  rmSync(next, { recursive: true, force: true });
});

/** Console errors and uncaught exceptions of a page, collected as text. */
function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
}

/** Opens the app and waits for its map and for a service worker to control the page. */
async function open(page: Page): Promise<void> {
  await page.goto(`${server.origin}/`);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Marks the window (a reload would clear it) and counts the service workers that take control of it. */
async function watchWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __marker: number; __takeovers: number };
    w.__marker = 1;
    w.__takeovers = 0;
    navigator.serviceWorker.addEventListener('controllerchange', () => (w.__takeovers += 1));
  });
}

function windowState(page: Page): Promise<{ marker: number | null; takeovers: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __marker?: number; __takeovers?: number };
    return { marker: w.__marker ?? null, takeovers: w.__takeovers ?? 0 };
  });
}

const version = (page: Page) => page.locator('meta[name="atlas-version"]');

test('a new deployment shows a notice in every window and reloads only the window whose user asks', async ({
  context,
}) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${server.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });

  // First visit: the current build, now controlled by its service worker.
  const first = await context.newPage();
  watchErrors(first, errors);
  await open(first);
  await expect(first.getByTestId('update-notice')).toHaveCount(0);
  await expect(version(first)).toHaveCount(0);

  // The redeploy. A second window opens: the browser checks for a new worker and installs it.
  server.serve(next);
  const second = await context.newPage();
  watchErrors(second, errors);
  await second.goto(`${server.origin}/`);
  await expect(second.locator('.map')).toHaveAttribute('data-ready', 'true');
  await watchWindow(second);

  // The new worker waits; both windows are told, both still run the version they loaded.
  for (const page of [first, second]) {
    await expect(page.getByTestId('update-notice')).toBeVisible();
    await expect(page.getByTestId('update-notice')).toContainText('地图已有新版本');
    await expect(version(page)).toHaveCount(0);
  }
  expect(await second.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe(
    'installed',
  );

  // A window opened while the new worker waits is told too; "later" puts the notice away.
  const third = await context.newPage();
  watchErrors(third, errors);
  await third.goto(`${server.origin}/`);
  await expect(third.getByTestId('update-notice')).toBeVisible();
  await expect(version(third)).toHaveCount(0);
  await third.getByTestId('update-notice').getByRole('button', { name: '稍后' }).click();
  await expect(third.getByTestId('update-notice')).toHaveCount(0);
  await third.close();

  // The notice keeps out of the deck, and comes back after it.
  await second.bringToFront();
  await second.keyboard.press('F5');
  await expect(second.locator('.caption')).toBeVisible();
  await expect(second.getByTestId('update-notice')).toHaveCount(0);
  await second.keyboard.press('Escape');
  await expect(second.locator('.caption')).toHaveCount(0);
  await expect(second.getByTestId('update-notice')).toBeVisible();

  // The first window's user reloads: it gets the new version and the notice goes.
  await first.bringToFront();
  await expect(first.getByTestId('update-notice')).toBeVisible();
  await Promise.all([
    first.waitForEvent('load'),
    first.getByTestId('update-notice').getByRole('button', { name: '重新加载' }).click(),
  ]);
  await expect(version(first)).toHaveAttribute('content', 'next');
  await expect(first.locator('.map')).toHaveAttribute('data-ready', 'true');
  await expect(first.getByTestId('update-notice')).toHaveCount(0);

  // The second window, which found the update itself: the new worker took control of it,
  // and it did not reload (left alone, the library would reload it here).
  await expect
    .poll(async () => {
      const s = await windowState(second);
      return s.takeovers > 0 || s.marker === null;
    })
    .toBe(true);
  expect(await windowState(second), 'taken over once, never reloaded').toEqual({ marker: 1, takeovers: 1 });
  await expect(version(second)).toHaveCount(0);
  // Its notice still offers the new version, which is already in charge: a plain reload.
  await second.bringToFront();
  await second.locator('.lang-switch').click();
  const notice = second.getByTestId('update-notice');
  await expect(notice).toContainText('A new version of the atlas is available.');
  await Promise.all([second.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  await expect(version(second)).toHaveAttribute('content', 'next');
  await expect(second.getByTestId('update-notice')).toHaveCount(0);

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
