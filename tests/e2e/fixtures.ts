/**
 * The shared test fixture and page helpers. Every test runs with a health check: no
 * console error, no uncaught exception and no request to any origin but the app's own
 * (data: and blob: URLs are fine), asserted after the test body.
 */
import { test as base, expect, type CDPSession, type Page } from '@playwright/test';

import { DECK_MARK } from '../../src/presentation/controller';
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
  // The overview's matrix and lists render in a pass of their own after the map's first idle.
  await expect(page.locator('[data-below-fold="waiting"]')).toHaveCount(0, timeout ? { timeout } : {});
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

/**
 * Resolves once the page has drawn two frames: whatever the last key press or click changed
 * is on screen by then. The way to check that something did NOT happen, instead of a sleep.
 */
export async function framesDrawn(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** A query parameter as the page itself has it now (the URL follows the store synchronously). */
export async function pageParam(page: Page, name: string): Promise<string | null> {
  return page.evaluate((n) => new URLSearchParams(window.location.search).get(n), name);
}

/** What the deck did, stamped inside the page on its own clock (performance.now, ms). */
export interface DeckLog {
  /** Every step the caption card showed, in order, and when it was put on screen. */
  shown: { step: string; at: number }[];
  /** When the caption card left the screen (the deck ended). */
  gone: number[];
  /** When the WebGL map first took over from the SVG drawing (data-ready), or null. */
  ready: number | null;
  /** The deck's own marks (DECK_MARK in src/presentation/controller.ts): step drawn, autoplay moved on. */
  marks: { name: string; step: number; at: number }[];
}

/**
 * Stamps, from the page's first script on, each step the caption shows (a MutationObserver),
 * when the map took over, and the deck's performance marks. Call before `page.goto`; read
 * with the function it returns. Times come from the page, never from around Playwright calls,
 * which resolve late on a busy machine.
 */
export async function watchDeck(page: Page): Promise<() => Promise<DeckLog>> {
  await page.addInitScript((markNames: string[]) => {
    const log: DeckLog = { shown: [], gone: [], ready: null, marks: [] };
    let last: string | null = null;
    new MutationObserver(() => {
      const at = performance.now();
      const step = document.querySelector('.caption')?.getAttribute('data-step') ?? null;
      if (step !== last && step !== null) log.shown.push({ step, at });
      if (step === null && last !== null) log.gone.push(at);
      last = step;
      if (log.ready === null && document.querySelector('.map')?.getAttribute('data-ready') === 'true') log.ready = at;
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-step', 'data-ready'],
    });
    const keep = (entries: PerformanceEntryList) => {
      for (const e of entries)
        if (markNames.includes(e.name))
          log.marks.push({ name: e.name, step: (e as PerformanceMark).detail?.step as number, at: e.startTime });
    };
    const marks = new PerformanceObserver((list) => keep(list.getEntries()));
    marks.observe({ type: 'mark' });
    (window as unknown as { __deckLog: () => DeckLog }).__deckLog = () => {
      keep(marks.takeRecords());
      return log;
    };
  }, Object.values(DECK_MARK));
  return () => page.evaluate(() => (window as unknown as { __deckLog: () => DeckLog }).__deckLog());
}

/**
 * Clicks the middle of an element of the map's overlay as a mouse would. The overlay
 * takes no pointer events (the map beneath gets them and hit-tests the overlay's
 * layout), so Playwright's element click, which insists the element itself be hit,
 * cannot be used on it.
 */
export async function clickOverlay(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Moves the mouse over the middle of an element of the map's overlay (see clickOverlay). */
export async function hoverOverlay(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** A point on the page, CSS px. */
export type Point = { x: number; y: number };

/**
 * A finger (or two) moving from `from` to `to` as a real gesture does: several moves a
 * frame apart, then a rest before lifting. The timestamps matter: without them the moves
 * arrive at once, the browser reads an enormous velocity and starts a fling, and the
 * next tap then only stops the fling (as on any phone) instead of clicking.
 */
export async function touchGesture(cdp: CDPSession, from: Point[], to: Point[], moves = 8): Promise<void> {
  const at = (t: number) =>
    from.map((p, i) => {
      const q = to[i] ?? p;
      return { x: Math.round(p.x + (q.x - p.x) * t), y: Math.round(p.y + (q.y - p.y) * t) };
    });
  let timestamp = Date.now() / 1000;
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: Point[], dt: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: (timestamp += dt) });
  await send('touchStart', at(0), 0);
  for (let i = 1; i <= moves; i++) await send('touchMove', at(i / moves), 0.016);
  for (let i = 0; i < 6; i++) await send('touchMove', at(1), 0.03);
  await send('touchEnd', [], 0.016);
}
