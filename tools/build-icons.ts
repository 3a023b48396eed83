/**
 * `npm run icons`: renders the app's PNG icons from its one SVG mark (public/icon.svg)
 * in the system Chromium, so the PNGs are reproducible from the committed SVG with no
 * image tool to install. Run it after changing the mark and commit the PNGs.
 *
 * - `icon-192.png`, `icon-512.png`: the mark as drawn, transparent outside its rounded square.
 * - `icon-maskable-512.png`: the mark at 80 % on a full-bleed brand background, so any
 *   launcher mask (circle, squircle) keeps all of it (the maskable safe zone).
 * - `apple-touch-icon.png` (180 px): full bleed, no transparency (iOS rounds it itself).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { UI_THEMES } from '../src/map/palette';

/** The brand colour (palette.ts, the CSS's `--brand`), also the manifest's theme and background colour. */
const BRAND = UI_THEMES.light.brand;

interface IconSpec {
  file: string;
  size: number;
  /** Share of the canvas the mark covers, centred. */
  scale: number;
  /** Fill the canvas with the brand colour behind the mark (no transparency). */
  bleed: boolean;
}

const ICONS: readonly IconSpec[] = [
  { file: 'icon-192.png', size: 192, scale: 1, bleed: false },
  { file: 'icon-512.png', size: 512, scale: 1, bleed: false },
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, bleed: true },
  { file: 'apple-touch-icon.png', size: 180, scale: 1, bleed: true },
];

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const svg = readFileSync(`${publicDir}icon.svg`, 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const side = Math.round(icon.size * icon.scale);
    const inset = (icon.size - side) / 2;
    await page.setContent(
      `<body style="margin:0;background:${icon.bleed ? BRAND : 'transparent'}">` +
        `<img src="${src}" width="${side}" height="${side}" style="position:absolute;left:${inset}px;top:${inset}px">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: `${publicDir}${icon.file}`, omitBackground: !icon.bleed, type: 'png' });
    await page.close();
    console.log(`public/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
