/**
 * `npm run bench:autoplay [minutes] [seconds-per-step]`: runs the deck's lobby autoplay in
 * headless Chromium (default 10 minutes at 3 s a step), and reports console errors and
 * the JS heap after garbage collection at the start and every minute, to show it loops
 * without errors or steady memory growth. Writes bench/autoplay-results.{md,json}.
 * Needs a build (`npm run build`).
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { preview } from 'vite';
import { writeFormatted } from './lib/report';

const minutes = Number(process.argv[2] ?? 10);
const perStep = Number(process.argv[3] ?? 3);
const port = 4176;
const here = fileURLToPath(new URL('.', import.meta.url));

const server = await preview({ preview: { port, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const errors: string[] = [];
const samples: { minute: number; step: number; heapMB: number }[] = [];
const chromiumVersion = browser.version();
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://localhost:${port}/?p=1&autoplay=${perStep}`);
  await page.waitForSelector('.map[data-ready="true"]');
  const sample = async (minute: number) => {
    const r = await page.evaluate(() => {
      (window as unknown as { gc?: () => void }).gc?.();
      const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      const counter = document.querySelector('[data-testid=deck-counter]')?.textContent ?? '';
      return { heap: mem?.usedJSHeapSize ?? NaN, counter };
    });
    samples.push({ minute, step: Number(r.counter.split('/')[0]), heapMB: Math.round((r.heap / 1048576) * 100) / 100 });
    console.log(`minute ${minute}: step ${r.counter.trim()}, heap ${(r.heap / 1048576).toFixed(2)} MB`);
  };
  await sample(0);
  for (let m = 1; m <= minutes; m++) {
    await page.waitForTimeout(60_000);
    await sample(m);
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

const first = samples[0]?.heapMB ?? NaN;
const last = samples[samples.length - 1]?.heapMB ?? NaN;
const result = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  node: process.version,
  minutes,
  secondsPerStep: perStep,
  consoleErrors: errors,
  heapStartMB: first,
  heapEndMB: last,
  samples,
};
await writeFormatted(`${here}autoplay-results.json`, JSON.stringify(result, null, 2));
const rows = samples.map((s) => `| ${s.minute} | ${s.step} | ${s.heapMB} |`).join('\n');
await writeFormatted(
  `${here}autoplay-results.md`,
  `# Autoplay soak\n\n${result.date}, Chromium ${chromiumVersion} (headless, SwiftShader), Node ${process.version}; ` +
    `${minutes} min at ${perStep} s a step, 1920×1080.\n\n` +
    `Console errors: ${errors.length === 0 ? 'none' : errors.length}\n\n` +
    `JS heap after GC: ${first} MB at start, ${last} MB at end.\n\n| minute | step shown | heap (MB) |\n|---|---|---|\n${rows}\n`,
);
console.log(`console errors: ${errors.length}; heap ${first} MB → ${last} MB`);
if (errors.length > 0) for (const e of errors) console.log(`  ${e}`);
