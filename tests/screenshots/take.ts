/**
 * `npm run screenshots`: builds nothing, serves dist/ and photographs the views a room
 * sees, in both languages, at 1280×720, 1920×1080 and 3840×2160 (a 4K TV), into
 * tests/screenshots/. For looking at the product, and for the README; not a pass/fail
 * test. Names: `view-lang.png` at 1920×1080, `view-lang-WxH.png` at 1280×720, and
 * `view-lang-WxH.jpg` at 4K (JPEG, so the repository does not carry 40 MB of PNGs).
 *
 * Then every deck step at 1280×720 in English and 1920×1080 in Chinese
 * (`deck-steps/LANG-WxH-NN-id.jpg`), and the deck's touch controls on a 4K touch panel
 * (`deck-touch-*.jpg`: the deck, its list of steps, a tapped district).
 *
 * Then a shared link opened on a phone (390×844) and an upright tablet (768×1024), in
 * Chromium's mobile emulation (touch, DPR 2): the city, a district (its sheet half open),
 * a record, the regional view and two deck steps, one with its QR code showing
 * (`mobile/zh-WxH-view.jpg`).
 *
 * SIZES=1920x1080 (comma-separated) and VIEWS=overview,region limit the run; DECK=0 skips
 * the deck's steps and touch controls, DECK=only takes just those; MOBILE=0 skips the
 * phone and tablet, MOBILE=only takes just those.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { preview } from 'vite';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { buildTour } from '../../src/domain/tour';
import { loadModel } from '../e2e/model';

const outDir = fileURLToPath(new URL('.', import.meta.url));
const tour = buildTour(loadModel());
const step = (id: string) => {
  const i = tour.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`the tour has no step ${id}`);
  return i + 1;
};

/** Every view at every size; some only at 1920×1080, where the README shows them. */
const VIEWS: Record<string, { query: string; everySize: boolean }> = {
  overview: { query: '', everySize: true },
  'overview-dark': { query: 't=dark', everySize: false },
  // A district in the dense centre: its neighbours around it, its records around its name.
  district: { query: 'd=jingan', everySize: true },
  record: { query: 'r=minhang-xiaomiao-fund', everySize: true },
  filtered: { query: 'i=smart-manufacturing,big-data', everySize: false },
  region: { query: 'v=region', everySize: true },
  'region-dark': { query: 'v=region&t=dark', everySize: false },
  'region-place': { query: 'v=region&g=zhejiang', everySize: false },
  'deck-city': { query: 'p=1', everySize: true },
  'deck-layer': { query: `p=${step('layer-clusters')}`, everySize: true },
  'deck-district': { query: `p=${step('district-yangpu')}`, everySize: true },
  'deck-region': { query: `p=${step('region')}`, everySize: true },
  matrix: { query: '', everySize: false },
};

const sizes = (process.env.SIZES ?? '1280x720,1920x1080,3840x2160').split(',').map((s) => s.split('x').map(Number));
const only = process.env.VIEWS?.split(',');
const port = Number(process.env.SHOT_PORT ?? 4175);
const server = await preview({ preview: { port, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
const deck = process.env.DECK ?? '1';
const mobile = process.env.MOBILE ?? '1';
try {
  if (mobile === 'only') await mobileShots(`http://localhost:${port}/`);
  for (const [width = 1920, height = 1080] of deck === 'only' || mobile === 'only' ? [] : sizes) {
    const main = width === 1920 && height === 1080;
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    for (const lang of ['zh', 'en'] as const) {
      for (const [name, { query, everySize }] of Object.entries(VIEWS)) {
        if ((!everySize && !main) || (only && !only.includes(name))) continue;
        const q = [query, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
        await page.goto(`http://localhost:${port}/${q ? `?${q}` : ''}`);
        await page.waitForSelector('.map[data-ready="true"]', { timeout: 180_000 });
        await page.evaluate(() => window.__atlasMap?.idle());
        // The overview's matrix and lists come after the map's first idle (a chunk of their own).
        await page.waitForFunction(() => !document.querySelector('[data-below-fold="waiting"]'));
        if (name === 'matrix') await page.locator('.matrix').scrollIntoViewIfNeeded();
        const size = main ? '' : `-${width}x${height}`;
        const file = `${outDir}${name}-${lang}${size}.${width > 2000 ? 'jpg' : 'png'}`;
        await page.screenshot({ path: file, ...(width > 2000 ? { type: 'jpeg', quality: 82 } : {}) });
        console.log(file);
      }
    }
    await page.close();
  }
  if (deck !== '0' && mobile !== 'only') await deckShots(`http://localhost:${port}/`);
  if (mobile !== '0' && mobile !== 'only' && deck !== 'only') await mobileShots(`http://localhost:${port}/`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

/** Every deck step at the two sizes the room sees most, then the touch controls on a 4K panel. */
async function deckShots(base: string): Promise<void> {
  mkdirSync(`${outDir}deck-steps`, { recursive: true });
  for (const [width, height, lang] of [
    [1280, 720, 'en'],
    [1920, 1080, 'zh'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(`${base}?p=1${lang === 'en' ? '&lang=en' : ''}`);
    await page.waitForSelector('.map[data-ready="true"]', { timeout: 180_000 });
    for (const [i, s] of tour.entries()) {
      if (i > 0) await page.keyboard.press('PageDown');
      await page.waitForSelector(`.caption[data-step="${s.id}"]`, { timeout: 60_000 });
      await page.waitForSelector('.deck[data-drawn="true"]', { timeout: 60_000 });
      await page.evaluate(() => window.__atlasMap?.idle());
      const file = `${outDir}deck-steps/${lang}-${width}x${height}-${String(i + 1).padStart(2, '0')}-${s.id}.jpg`;
      await page.screenshot({ path: file, type: 'jpeg', quality: 80 });
      console.log(file);
    }
    await page.close();
  }
  const touch = await browser.newContext({ viewport: { width: 3840, height: 2160 }, hasTouch: true });
  const page = await touch.newPage();
  const shot = async (name: string) => {
    await page.evaluate(() => window.__atlasMap?.idle());
    const file = `${outDir}deck-touch-${name}-3840x2160.jpg`;
    await page.screenshot({ path: file, type: 'jpeg', quality: 82 });
    console.log(file);
  };
  const tap = async (selector: string) => {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`${selector} is not on screen`);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  };
  await page.goto(`${base}?p=${step('district-yangpu')}`);
  await page.waitForSelector('.map[data-ready="true"]', { timeout: 180_000 });
  await page.waitForSelector('.deck[data-drawn="true"]', { timeout: 60_000 });
  await shot('deck');
  await tap('[data-testid="deck-counter"]');
  await page.waitForSelector('[data-testid="step-list"]');
  await shot('steps');
  await tap('.deck-steps-close');
  await tap('.map-badge[data-district="hongkou"]');
  await page.waitForSelector('.caption-detour');
  await shot('detour');
  await touch.close();
}

/** A shared link opened on a phone and on an upright tablet: the views, a district's sheet, two deck steps. */
async function mobileShots(base: string): Promise<void> {
  mkdirSync(`${outDir}mobile`, { recursive: true });
  const views: [string, string, boolean?][] = [
    ['city', ''],
    ['district', 'd=jingan'],
    ['record', 'r=minhang-xiaomiao-fund'],
    ['region', 'v=region'],
    ['deck-layer', `p=${step('layer-clusters')}`],
    ['deck-district-qr', `p=${step('district-yangpu')}`, true],
  ];
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width, height },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    for (const [name, query, qr] of views) {
      await page.goto(`${base}${query ? `?${query}` : ''}`);
      await page.waitForSelector('.map[data-ready="true"]', { timeout: 180_000 });
      if (query.startsWith('p=')) await page.waitForSelector('.deck[data-drawn="true"]', { timeout: 60_000 });
      if (qr) {
        await page.keyboard.press('q');
        await page.waitForSelector('[data-testid="deck-qr-code"]');
      }
      await page.evaluate(() => window.__atlasMap?.idle());
      const file = `${outDir}mobile/zh-${width}x${height}-${name}.jpg`;
      await page.screenshot({ path: file, type: 'jpeg', quality: 78 });
      console.log(file);
    }
    await context.close();
  }
}
