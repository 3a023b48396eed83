/**
 * `npm run screenshots`: builds nothing, serves dist/ and photographs each view in both
 * languages at 1920×1080 into tests/screenshots/. For looking at the product, and for
 * the README; not a pass/fail test.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { preview } from 'vite';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('.', import.meta.url));
const VIEWS: Record<string, string> = {
  overview: '',
  district: 'd=yangpu',
  record: 'r=minhang-xiaomiao-fund',
  filtered: 'i=smart-manufacturing,big-data',
  region: 'v=region&g=zhejiang',
  deck: 'p=9',
  matrix: '',
};

const server = await preview({ preview: { port: 4175, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
try {
  const width = Number(process.env.WIDTH ?? 1920);
  const height = Number(process.env.HEIGHT ?? 1080);
  const page = await browser.newPage({ viewport: { width, height } });
  for (const lang of ['zh', 'en'] as const) {
    for (const [name, query] of Object.entries(VIEWS)) {
      const q = [query, lang === 'en' ? 'lang=en' : ''].filter(Boolean).join('&');
      await page.goto(`http://localhost:4175/${q ? `?${q}` : ''}`);
      await page.waitForSelector('.map[data-ready="true"]');
      await page.evaluate(() => window.__atlasMap?.idle());
      if (name === 'matrix') await page.locator('.matrix').scrollIntoViewIfNeeded();
      const file = `${outDir}${name}-${lang}${width === 1920 ? '' : `-${width}x${height}`}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
