/**
 * The shared test fixture and page helpers. Every test runs with a health check: no
 * console error, no uncaught exception and no request to any origin but the app's own
 * (data: and blob: URLs are fine), asserted after the test body.
 */
import { test as base, expect, type Page } from '@playwright/test';

import { ORIGIN } from '../origin';

export { ORIGIN };

export interface Health {
  /** Console errors and uncaught exceptions, as text. */
  errors: string[];
  /** URLs requested from anywhere but ORIGIN. */
  foreign: string[];
}

/** True for a URL the app may load: its own origin, or inline data. */
export function isOwnUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === ORIGIN;
  } catch {
    return false;
  }
}

export const test = base.extend<{ health: Health }>({
  health: [
    async ({ page, context }, use) => {
      const health: Health = { errors: [], foreign: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') health.errors.push(`console.error: ${m.text()}`);
      });
      page.on('pageerror', (e) => health.errors.push(`uncaught: ${e.message}`));
      context.on('request', (r) => {
        if (!isOwnUrl(r.url())) health.foreign.push(r.url());
      });
      await use(health);
      expect.soft(health.errors, 'no console errors or uncaught exceptions').toEqual([]);
      expect(health.foreign, `no requests outside ${ORIGIN}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

interface AtlasHooks {
  project: (lng: number, lat: number) => { x: number; y: number };
  idle: () => Promise<void>;
}

/** Resolves when the map has finished drawing (after a camera move, a filter change…). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const hooks = (window as unknown as { __atlasMap?: AtlasHooks }).__atlasMap;
    if (!hooks) throw new Error('window.__atlasMap is missing');
    await hooks.idle();
  });
}

/** Opens the app (optionally with a query string such as "?l=none") and waits for the map's first draw. */
export async function openAtlas(page: Page, query = '', timeout?: number): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true', timeout ? { timeout } : {});
  await mapIdle(page);
}

/** Where a coordinate is, in CSS pixels relative to the map container. */
export async function project(page: Page, [lng, lat]: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) => {
      const hooks = (window as unknown as { __atlasMap?: AtlasHooks }).__atlasMap;
      if (!hooks) throw new Error('window.__atlasMap is missing');
      return hooks.project(x, y);
    },
    [lng, lat] as const,
  );
}

/** The URL's query parameters right now. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** How the district list and the overview write a count. */
export function countText(n: number, lang: 'zh' | 'en' = 'zh'): string {
  return lang === 'zh' ? `${n} 条` : `${n} record${n === 1 ? '' : 's'}`;
}

/** The count each district-list button shows, by slug. */
export async function listCounts(page: Page): Promise<Record<string, number>> {
  return page
    .locator('button[data-district]')
    .evaluateAll((buttons) =>
      Object.fromEntries(
        buttons.map((b) => [
          b.getAttribute('data-district') ?? '',
          Number(/\d+/.exec(b.querySelector('.count')?.textContent ?? '')?.[0] ?? NaN),
        ]),
      ),
    );
}

/** The count next to each layer toggle, by layer id. */
export async function layerCounts(page: Page, layers: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const l of layers) out[l] = Number(await page.getByTestId(`layer-count-${l}`).textContent());
  return out;
}

/** Waits until the URL's query parameter `name` has `value` (null: absent). */
export async function expectParam(page: Page, name: string, value: string | null): Promise<void> {
  await expect.poll(() => params(page).get(name), { message: `URL parameter ${name}` }).toBe(value);
}

// --- Presentation mode (used by tests/e2e/presentation*.spec.ts).

/** How long the deck helpers wait: software WebGL on a busy 2-core machine can take a while to draw. */
export const DECK_TIMEOUT = 20_000;

/** Like openAtlas, with DECK_TIMEOUT for the map's first draw. */
export async function openDeckPage(page: Page, query = '', timeout = DECK_TIMEOUT): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true', { timeout });
  await mapIdle(page);
}

/** Waits until the deck (or the presenter view) shows the step with this id and its counter reads "i+1 / n". */
export async function expectDeckStep(page: Page, id: string, index: number, total: number): Promise<void> {
  await expect(page.locator('.caption')).toHaveAttribute('data-step', id, { timeout: DECK_TIMEOUT });
  await expect(page.getByTestId('deck-counter')).toHaveText(`${index + 1} / ${total}`, { timeout: DECK_TIMEOUT });
}

/** The step id the caption card shows right now, or null when there is no card. */
export async function captionStep(page: Page): Promise<string | null> {
  const card = page.locator('.caption');
  return (await card.count()) === 0 ? null : card.getAttribute('data-step');
}
