/**
 * Everything the benchmark does in Chromium. Times are taken inside the page with
 * `performance.now()` (ms since navigation start) or from event time stamps on the same
 * clock, so the DevTools-protocol round trips and Playwright's polling never count: the
 * page stamps each moment itself (MutationObserver, requestAnimationFrame, MapLibre's
 * events, a `longtask` PerformanceObserver) and the benchmark reads the stamps afterwards.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/chromium';
import type { BenchMarks } from '../probe/probe';

export const VIEWPORT = { width: 1920, height: 1080 };
/** An 86-inch panel at 100 % scaling, the meeting room's own screen. */
export const LARGE_VIEWPORT = { width: 3840, height: 2160 };
export type Viewport = { width: number; height: number };

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
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
    // The observer delivers entries in a task of its own; a reader flushes what is still queued.
    window.__benchFlushLongtasks = () => {
      for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
    };
  } catch {
    // No long-task support: the list stays empty.
  }
  // The first WebGL context (MapLibre's): the call blocks until the GPU process gives it, which takes
  // longer when that process is busy drawing the page (issue 19: the app's start against the floor's).
  const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...a: unknown[]) => unknown;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...a: unknown[]) {
    const t0 = performance.now();
    const ctx = getContext.apply(this, a);
    if (b.webglAt === undefined && typeof a[0] === 'string' && a[0].startsWith('webgl')) {
      b.webglAt = t0;
      b.webglMs = performance.now() - t0;
    }
    return ctx;
  } as typeof HTMLCanvasElement.prototype.getContext;
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
  /** App and floor: when the first WebGL context was asked for, and how long `getContext` blocked. */
  webglAt: number | null;
  webglMs: number | null;
  /** Longest main-thread task (ms) that started before the page was done; 0 when none exceeded 50 ms. */
  longestTask: number;
  /** `performance.memory.usedJSHeapSize` once done, no garbage collection forced (main thread only). */
  heapMB: number | null;
  /** The main thread's JS heap after a forced garbage collection (DevTools protocol), once done. */
  heapAfterGcMB: number | null;
  /** The same for the page's dedicated workers (MapLibre's), summed. */
  workersHeapMB: number | null;
  /** `heapAfterGcMB + workersHeapMB`: all the JS memory the page holds. */
  totalHeapMB: number | null;
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

const MB = 1048576;

/** Runs `run` with a DevTools-protocol session on the page, always detaching it. */
async function withCdp<T>(page: Page, run: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await run(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Sends protocol commands to another target (a worker) through `cdp`, one after the other. */
async function inTarget(cdp: CDPSession, targetId: string, methods: string[]): Promise<unknown[]> {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, (result: unknown) => void>();
  const listener = (e: { sessionId?: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (m.id !== undefined) pending.get(m.id)?.(m.error ? new Error(m.error.message) : m.result);
  };
  cdp.on('Target.receivedMessageFromTarget', listener);
  try {
    const results: unknown[] = [];
    for (const [i, method] of methods.entries()) {
      const id = i + 1;
      const reply = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${method}: no reply from the worker`)), 15_000);
        pending.set(id, (r) => {
          clearTimeout(timer);
          if (r instanceof Error) reject(r);
          else resolve(r);
        });
      });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      results.push(await reply);
    }
    return results;
  } finally {
    cdp.off('Target.receivedMessageFromTarget', listener);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

/**
 * The JS heap the page holds, after a forced garbage collection: its main thread and each of
 * its dedicated workers (MapLibre parses and tiles GeoJSON in workers, so data can live there).
 * `performance.memory` sees the main thread only, and no worker has it.
 */
export async function heapAfterGc(page: Page): Promise<{ mainMB: number; workersMB: number }> {
  return withCdp(page, async (cdp) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const main = await cdp.send('Runtime.getHeapUsage');
    const { targetInfo: self } = await cdp.send('Target.getTargetInfo');
    const { targetInfos } = await cdp.send('Target.getTargets');
    let workers = 0;
    for (const t of targetInfos) {
      if (t.type !== 'worker' || t.browserContextId !== self.browserContextId) continue;
      const [, usage] = await inTarget(cdp, t.targetId, ['HeapProfiler.collectGarbage', 'Runtime.getHeapUsage']);
      workers += (usage as { usedSize?: number } | undefined)?.usedSize ?? 0;
    }
    return { mainMB: main.usedSize / MB, workersMB: workers / MB };
  });
}

/**
 * Opens `url` in a fresh context at 1920×1080 and waits until the page is done drawing.
 * The caller closes `context` (or keeps the page for interactions).
 */
export async function open(
  browser: Browser,
  kind: PageKind,
  url: string,
  o: { timeoutMs?: number; reducedMotion?: boolean; viewport?: Viewport } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: o.viewport ?? VIEWPORT,
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
    // Only waits: every time below was stamped by the page itself.
    await page.waitForFunction(doneCondition, kind, { polling: 50, timeout: o.timeoutMs ?? 60_000 });
  } catch (e) {
    errors.push(`not done drawing: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const m = await page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 0));
    window.__benchFlushLongtasks?.();
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
  // The app's memory with all its data in: the records' summaries arrive after the first idle (src/data/summaries.ts).
  if (kind === 'app')
    await page
      .locator('[data-summaries="ready"], [data-summaries="failed"]')
      .waitFor({ state: 'attached', timeout: o.timeoutMs ?? 60_000 })
      .catch((e: unknown) =>
        errors.push(`summaries not in: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`),
      );
  // After every time above is read: a forced collection must not disturb them.
  const heap = await heapAfterGc(page).catch((e: unknown) => {
    errors.push(`heap after GC: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  });
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
      webglAt: b.webglAt ?? null,
      webglMs: b.webglMs ?? null,
      longestTask,
      heapMB: m.heap === null ? null : m.heap / MB,
      heapAfterGcMB: heap?.mainMB ?? null,
      workersHeapMB: heap?.workersMB ?? null,
      totalHeapMB: heap ? heap.mainMB + heap.workersMB : null,
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
  o: { timeoutMs?: number; viewport?: Viewport } = {},
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
  /** pointerdown → the first frame painted after that commit: the main thread has produced it. */
  uiPainted: number;
  /**
   * pointerdown → that frame presented on screen, by the browser's own Event Timing (the latest
   * `startTime + duration` of the interaction's events, 8 ms steps). Later than `uiPainted` by the
   * GPU process's work: with software WebGL it rasterises the page and the map on the CPU.
   * Entries under 16 ms are not reported; then this is 16.
   */
  uiPresented: number;
  /**
   * pointerdown → the map's first `idle` event after the UI change (it has drawn the change);
   * the UI change's time when the map drew nothing at all for it.
   */
  idle: number;
  /** Longest main-thread task running between pointerdown and the later of paint and idle; 0 when none over 50 ms. */
  longestTask: number;
  /**
   * pointerdown → the page at rest again (see pageAtRest): every frame the change caused, the
   * map's included, has been presented, so the next press is answered at once. A press before
   * then waits for those frames.
   */
  atRest: number;
}

/**
 * How a measured press is made. `resting`: the pointer is moved onto the target first and the
 * page is let come to rest (the hover it causes drawn, as a hand reaches a button before it
 * presses), then pressed. `moving`: from wherever the pointer was, moved and pressed at once,
 * so the press may meet the hover's own frames.
 */
export interface Press {
  hand: 'resting' | 'moving';
  /** Where to press, in page CSS px. */
  point: () => Promise<{ x: number; y: number }>;
}

/** In-page times of one interaction (ms since navigation start). */
interface StepMarks {
  t0: number;
  t1: number;
  painted: number;
  idle: number;
}

/**
 * Arms the page for one interaction: on the next pointerdown (t0 = its event time stamp) it
 * starts listening to the map's `render` and `idle` events and watches the DOM until `spec`
 * holds (t1); the frame after t1 is painted (rAF, then a MessageChannel task); the map is
 * done at its first `idle` event after t1, or at t1 if it rendered no frame in the 2 frames
 * and 250 ms after t1. Idle events before t1 are ignored: they can end a hover redraw the
 * pointer's move started, before the app has even handled the click (React commits in the
 * click's own task, so t1 comes before any frame drawn for the change).
 * Without the bench's map probe (`__benchMap`), falls back to the app's `__atlasMap.idle()`.
 */
async function arm(page: Page, spec: StepSpec): Promise<void> {
  await page.evaluate((s) => {
    const w = window as unknown as {
      __atlasMap?: { idle: () => Promise<void> };
      __benchStep?: Promise<StepMarks>;
    };
    const map = window.__benchMap;
    const text = (sel: string) => document.querySelector(sel)?.textContent ?? null;
    const before = s.changedText ? text(s.changedText) : null;
    const holds = () =>
      (!s.selector || document.querySelector(s.selector) !== null) &&
      (!s.changedText || text(s.changedText) !== before);
    w.__benchStep = new Promise<StepMarks>((resolve, reject) => {
      const t = { t0: NaN, t1: NaN, painted: NaN, idle: NaN };
      // Event Timing: each event's end is when the frame after its handlers was presented.
      const presented: number[] = [];
      (window as unknown as { __benchPresented: number[] }).__benchPresented = presented;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (!Number.isNaN(t.t0) && e.startTime >= t.t0) presented.push(e.startTime + e.duration);
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      let renderedSinceT1 = false;
      const finish = () => {
        if (!Number.isNaN(t.painted) && !Number.isNaN(t.idle)) resolve(t);
      };
      const stopListening = () => {
        map?.off('render', onRender);
        map?.off('idle', onIdle);
      };
      const onRender = () => {
        if (!Number.isNaN(t.t1)) renderedSinceT1 = true;
      };
      const onIdle = () => {
        if (Number.isNaN(t.t1)) return;
        t.idle = performance.now();
        stopListening();
        finish();
      };
      const check = () => {
        if (!Number.isNaN(t.t1) || Number.isNaN(t.t0) || !holds()) return;
        t.t1 = performance.now();
        mo.disconnect();
        requestAnimationFrame(() => {
          // rAF callbacks run just before the frame is painted; a task posted from one runs after it.
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            t.painted = performance.now();
            finish();
          };
          ch.port2.postMessage(0);
        });
        if (!map) {
          const hooks = w.__atlasMap;
          if (!hooks) return reject(new Error('neither window.__benchMap nor window.__atlasMap is there'));
          void hooks.idle().then(() => {
            t.idle = performance.now();
            finish();
          });
          return;
        }
        // A change the map does not draw (no frame rendered since t1, for 2 frames and 250 ms): done at t1.
        // Waiting longer costs no accuracy (the time reported is t1), only a little wall time.
        let frames = 0;
        const watch = () => {
          if (renderedSinceT1 || !Number.isNaN(t.idle)) return;
          if (++frames < 2 || performance.now() - t.t1 < 250) {
            requestAnimationFrame(watch);
            return;
          }
          if (!map.loaded() || map.isMoving()) return; // still busy: its idle event will come
          stopListening();
          t.idle = t.t1;
          finish();
        };
        requestAnimationFrame(watch);
      };
      const mo = new MutationObserver(check);
      mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      window.addEventListener(
        'pointerdown',
        (e) => {
          t.t0 = e.timeStamp;
          map?.on('render', onRender);
          map?.on('idle', onIdle);
          // The change may already have happened in a handler of this very event.
          queueMicrotask(check);
        },
        { capture: true, once: true },
      );
    });
  }, spec);
}

async function collect(page: Page, timeoutMs: number): Promise<StepSample> {
  const t = await page.evaluate(
    ([ms]) =>
      Promise.race([
        (window as unknown as { __benchStep?: Promise<StepMarks> }).__benchStep ??
          Promise.reject(new Error('not armed')),
        new Promise<StepMarks>((_, reject) => setTimeout(() => reject(new Error(`no result in ${ms} ms`)), ms)),
      ]),
    [timeoutMs] as const,
  );
  // At once, so that a page already at rest reads as at rest by now (no earlier than the map's idle).
  const restAt = await pageAtRest(page, timeoutMs);
  // Event Timing entries arrive once their frame is presented, after the in-page marks: wait for
  // one that ends after the painted mark, or 1 s (none at all means every event took under 16 ms).
  const ends = await page.evaluate(
    async ([painted]) => {
      const list = (window as unknown as { __benchPresented?: number[] }).__benchPresented ?? [];
      for (let waited = 0; waited < 1000 && !list.some((end) => end >= painted - 8); waited += 50)
        await new Promise((r) => setTimeout(r, 50));
      return [...list];
    },
    [t.painted] as const,
  );
  const longestTask = await page.evaluate(
    async ([from, to]) => {
      await new Promise((r) => setTimeout(r, 0));
      window.__benchFlushLongtasks?.();
      const tasks = (window.__bench?.longtasks ?? []).filter((x) => x.start + x.duration > from && x.start <= to);
      return Math.max(0, ...tasks.map((x) => x.duration));
    },
    [t.t0, Math.max(t.painted, t.idle)] as const,
  );
  return {
    ui: t.t1 - t.t0,
    uiPainted: t.painted - t.t0,
    uiPresented: ends.length ? Math.max(...ends) - t.t0 : 16,
    idle: t.idle - t.t0,
    longestTask,
    atRest: restAt - t.t0,
  };
}

/** Measures one interaction from rest: the map settled and the page at rest, then a press (see Press). */
export async function step(page: Page, spec: StepSpec, press: Press, timeoutMs = 30_000): Promise<StepSample> {
  // The target's place once the map has settled: after a reset the camera may still be on its way
  // back (at 3840×2160 its jump waits for frames still being presented), and a point read before
  // it lands on another district.
  await mapSettled(page, timeoutMs);
  const { x, y } = await press.point();
  if (press.hand === 'resting') {
    await page.mouse.move(x, y);
    // Its hover drawn.
    await mapSettled(page, timeoutMs);
  }
  await pageAtRest(page, timeoutMs);
  await arm(page, spec);
  if (press.hand === 'moving') await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.up();
  return collect(page, timeoutMs);
}

/** Frames in a row, each at most REST_INTERVAL_MS after the one before, that make the page at rest. */
const REST_FRAMES = 3;
/** Two 60 Hz frames: one missed vsync on a busy machine is still rest. */
const REST_INTERVAL_MS = 34;

/**
 * Resolves once the page is at rest, at the in-page time (ms since navigation start) its calm
 * run of frames began. The compositor holds back the next frame until the ones before it are
 * presented; with software rendering each presented frame costs the GPU process tens of ms at
 * 1920×1080 and hundreds at 3840×2160 (it rasterises and copies the whole surface back on the
 * CPU), so after a change the frames come hundreds of ms apart until its last one is out.
 * The map's `idle` event does not wait for that; a press made earlier waits for it.
 */
function restInPage([ms, frames, interval]: readonly [number, number, number]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const until = performance.now() + ms;
    let last = performance.now();
    let calm = 0;
    let calmSince = last;
    const tick = (now: number) => {
      const gap = now - last;
      last = now;
      if (gap <= interval) calm += 1;
      else {
        calm = 0;
        calmSince = now;
      }
      if (calm >= frames) return resolve(calmSince);
      if (performance.now() > until) return reject(new Error(`the page did not come to rest within ${ms} ms`));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export async function pageAtRest(page: Page, timeoutMs = 30_000): Promise<number> {
  return page.evaluate(restInPage, [timeoutMs, REST_FRAMES, REST_INTERVAL_MS] as const);
}

/**
 * Waits until the map is quiet (an unmeasured reset before the next step): its last `idle`
 * event came after its last `render`, two frames running, so no fade or tile load is left
 * to end a measured step early. Without the bench's probe, the app's `__atlasMap.idle()`.
 */
export async function mapSettled(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.evaluate(async (ms) => {
    const b = window.__bench;
    if (!window.__benchMap || !b) {
      const hooks = (window as unknown as { __atlasMap?: { idle: () => Promise<void> } }).__atlasMap;
      await hooks?.idle();
      return;
    }
    const quiet = () => b.lastIdleAt !== undefined && b.lastIdleAt >= (b.lastRenderAt ?? 0);
    const until = performance.now() + ms;
    let calm = 0;
    while (calm < 2) {
      if (performance.now() > until) throw new Error(`the map was not quiet within ${ms} ms`);
      await new Promise((r) => requestAnimationFrame(r));
      calm = quiet() ? calm + 1 : 0;
    }
  }, timeoutMs);
}

/** The middle of the first element matching `selector`, scrolled into view, in page CSS px. */
export async function centreOf(page: Page, selector: string, timeoutMs = 30_000): Promise<{ x: number; y: number }> {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded({ timeout: timeoutMs });
  const box = await el.boundingBox({ timeout: timeoutMs });
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
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
