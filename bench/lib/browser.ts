/**
 * Everything the benchmark does in Chromium. Times are taken inside the page with
 * `performance.now()` (ms since navigation start) or from event time stamps on the same
 * clock, so the DevTools-protocol round trips never count.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/chromium';
import type { BenchMarks } from '../probe/probe';

export const VIEWPORT = { width: 1920, height: 1080 };

export type PageKind = 'app' | 'floor' | 'peer';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
}

/**
 * Runs in every page before its own scripts: collects long tasks and, for the app, the
 * moment `.map` gets data-ready="true" (a MutationObserver fires in the same task as
 * React's commit, so no polling delay).
 */
function initScript(): void {
  const g = globalThis as unknown as { __name?: (f: unknown) => unknown };
  // tsx (esbuild keepNames) may wrap inner functions in __name(); give the page a no-op one.
  g.__name ??= (f: unknown) => f;
  const b: BenchMarks = (window.__bench ??= {});
  const tasks: { start: number; duration: number }[] = [];
  b.longtasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the list stays empty.
  }
  // The app's SVG drawing of the districts, shown while MapLibre starts (absent in older versions).
  const svgDistricts = '.svg-map path[data-district], [data-testid="svg-map"] path[data-district]';
  const mo = new MutationObserver(() => {
    if (b.svgCommitAt === undefined && document.querySelector(svgDistricts)) {
      b.svgCommitAt = performance.now();
      requestAnimationFrame(() => {
        // rAF callbacks run just before the frame is painted; a task posted from one runs after it.
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          b.svgPaintAt = performance.now();
        };
        ch.port2.postMessage(0);
      });
    }
    if (b.readyAt === undefined && document.querySelector('.map[data-ready="true"]')) b.readyAt = performance.now();
    // The SVG drawing, if the app has one, comes before the map is ready.
    if (b.readyAt !== undefined) mo.disconnect();
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
}

export interface LoadSample {
  kind: PageKind;
  /** First MapLibre `idle` after `load` (app, floor); ECharts' first `finished` (peer). */
  idle: number | null;
  /**
   * Districts on screen: the earliest of the app's SVG drawing painted and MapLibre's districts shown
   * (its first `render` with the districts source loaded, or, if the map was still transparent
   * then, the moment it was revealed: data-ready). Peer: ECharts' first `rendered`.
   */
  visible: number | null;
  /** App only: the SVG drawing of the districts painted (null when the app has none). */
  svg: number | null;
  /** App and floor: MapLibre's first `render` with the districts loaded, visible or not. */
  mapDrawn: number | null;
  /** App only: `.map[data-ready=true]` committed. */
  ready: number | null;
  fcp: number | null;
  domContentLoaded: number | null;
  /** Longest main-thread task (ms) that started before the page was done; 0 when none exceeded 50 ms. */
  longestTask: number;
  heapMB: number | null;
  canvas: { width: number; height: number } | null;
  errors: string[];
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  sample: LoadSample;
}

function doneCondition(kind: PageKind): boolean {
  const b = window.__bench;
  if (!b) return false;
  if (document.querySelector('.error-screen, [data-error-screen]')) return true;
  if (kind === 'app') return b.firstIdleAt !== undefined && b.readyAt !== undefined;
  if (kind === 'floor') return b.firstIdleAt !== undefined;
  return b.echartsFinishedAt !== undefined;
}

/**
 * Opens `url` in a fresh context at 1920×1080 and waits until the page is done drawing.
 * The caller closes `context` (or keeps the page for interactions).
 */
export async function open(
  browser: Browser,
  kind: PageKind,
  url: string,
  o: { timeoutMs?: number; reducedMotion?: boolean } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: o.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(initScript);
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(doneCondition, kind, { polling: 50, timeout: o.timeoutMs ?? 60_000 });
  } catch (e) {
    errors.push(`not done drawing: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const m = await page.evaluate(() => {
    const b = window.__bench ?? {};
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return {
      b,
      fcp,
      dcl: nav ? nav.domContentLoadedEventEnd : null,
      heap: mem ? mem.usedJSHeapSize : null,
      errorScreen: document.querySelector('.error-screen, [data-error-screen]') !== null,
    };
  });
  if (m.errorScreen) errors.push('the app showed its error screen');
  const b = m.b;
  const idle = (kind === 'peer' ? b.echartsFinishedAt : b.firstIdleAt) ?? null;
  const mapShown = b.hiddenWhenDrawn ? b.readyAt : b.districtsVisibleAt;
  const candidates = kind === 'peer' ? [b.echartsRenderedAt] : [b.svgPaintAt, mapShown];
  const seen = candidates.filter((x): x is number => x !== undefined);
  const visible = seen.length > 0 ? Math.min(...seen) : null;
  const end = Math.max(idle ?? 0, b.readyAt ?? 0);
  const longestTask = Math.max(0, ...(b.longtasks ?? []).filter((t) => t.start <= end).map((t) => t.duration));
  return {
    context,
    page,
    sample: {
      kind,
      idle,
      visible,
      ready: kind === 'app' ? (b.readyAt ?? null) : null,
      svg: b.svgPaintAt ?? null,
      mapDrawn: b.districtsVisibleAt ?? null,
      fcp: m.fcp,
      domContentLoaded: m.dcl,
      longestTask,
      heapMB: m.heap === null ? null : m.heap / 1048576,
      canvas: b.canvas ?? null,
      errors,
    },
  };
}

/** One load in a fresh context, closed afterwards. */
export async function loadOnce(
  browser: Browser,
  kind: PageKind,
  url: string,
  o: { timeoutMs?: number } = {},
): Promise<LoadSample> {
  const { context, sample } = await open(browser, kind, url, o);
  await context.close();
  return sample;
}

export interface StepSpec {
  /** Done when this selector matches… */
  selector?: string;
  /** …and this element's text differs from what it was when armed. */
  changedText?: string;
}

export interface StepSample {
  /** pointerdown → the UI showed the result (DOM committed). */
  ui: number;
  /** pointerdown → the map's next `idle` after that. */
  idle: number;
  /** Longest main-thread task that started after pointerdown; 0 when none exceeded 50 ms. */
  longestTask: number;
}

/**
 * Arms the page for one interaction: on the next pointerdown (t0 = its event time stamp),
 * watches the DOM until `spec` holds (t1), then awaits `window.__atlasMap.idle()` (t2).
 */
async function arm(page: Page, spec: StepSpec): Promise<void> {
  await page.evaluate((s) => {
    type Hooks = { idle: () => Promise<void> };
    const w = window as unknown as { __atlasMap?: Hooks; __benchStep?: Promise<StepSample> };
    const text = (sel: string) => document.querySelector(sel)?.textContent ?? null;
    const before = s.changedText ? text(s.changedText) : null;
    const holds = () =>
      (!s.selector || document.querySelector(s.selector) !== null) &&
      (!s.changedText || text(s.changedText) !== before);
    w.__benchStep = new Promise<StepSample>((resolve, reject) => {
      let t0 = NaN;
      let settled = false;
      const check = () => {
        if (settled || Number.isNaN(t0) || !holds()) return;
        settled = true;
        const t1 = performance.now();
        mo.disconnect();
        const hooks = w.__atlasMap;
        if (!hooks) return reject(new Error('window.__atlasMap is missing'));
        void hooks.idle().then(() => {
          const t2 = performance.now();
          const tasks = (window.__bench?.longtasks ?? []).filter((t) => t.start >= t0);
          resolve({ ui: t1 - t0, idle: t2 - t0, longestTask: Math.max(0, ...tasks.map((t) => t.duration)) });
        });
      };
      const mo = new MutationObserver(check);
      mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      window.addEventListener(
        'pointerdown',
        (e) => {
          t0 = e.timeStamp;
          // The change may already have happened in a handler of this very event.
          queueMicrotask(check);
        },
        { capture: true, once: true },
      );
    });
  }, spec);
}

async function collect(page: Page, timeoutMs: number): Promise<StepSample> {
  return page.evaluate(
    ([ms]) =>
      Promise.race([
        (window as unknown as { __benchStep?: Promise<StepSample> }).__benchStep ??
          Promise.reject(new Error('not armed')),
        new Promise<StepSample>((_, reject) => setTimeout(() => reject(new Error(`no result in ${ms} ms`)), ms)),
      ]),
    [timeoutMs] as const,
  );
}

/** Measures one interaction: arm, act (a click by Playwright), collect. */
export async function step(
  page: Page,
  spec: StepSpec,
  act: () => Promise<void>,
  timeoutMs = 30_000,
): Promise<StepSample> {
  await arm(page, spec);
  await act();
  return collect(page, timeoutMs);
}

/** Waits for the map to finish drawing (an unmeasured reset between steps). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const hooks = (window as unknown as { __atlasMap?: { idle: () => Promise<void> } }).__atlasMap;
    await hooks?.idle();
  });
}

/** Screen position (relative to `.map`) of a coordinate, from the app's test hook. */
export async function project(page: Page, [lng, lat]: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) => {
      const hooks = (
        window as unknown as { __atlasMap?: { project: (a: number, b: number) => { x: number; y: number } } }
      ).__atlasMap;
      if (!hooks) throw new Error('window.__atlasMap is missing');
      return hooks.project(x, y);
    },
    [lng, lat] as const,
  );
}
