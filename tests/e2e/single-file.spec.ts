/**
 * The single-file build (`npm run build:single`, which `npm run test:e2e` runs) opens
 * from disk with no server — a USB stick in a meeting room — and works: the map draws,
 * a district can be selected, and nothing is requested but the file itself.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../dist-single/', import.meta.url));
const file = `${dir}index.html`;

test('the single HTML file opens from disk, draws the map and selects a district', async ({ page, context }) => {
  expect(existsSync(file), 'dist-single/index.html is built').toBe(true);
  expect(readdirSync(dir), 'nothing but the one file').toEqual(['index.html']);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:')) requests.push(url);
  });

  await page.goto(`file://${file}`);
  // The districts are drawn before the map is up: the city built into the file stands in for it.
  await expect(page.locator('.map-wrap svg path[data-district]')).toHaveCount(16);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
  await page.locator('button[data-district=jiading]').click();
  await expect(page.locator('.panel-body[data-view=district]')).toHaveAttribute('data-district', 'jiading');
  await expect(page.locator('.panel-title')).toHaveText('嘉定区');
  expect(new URL(page.url()).searchParams.get('d')).toBe('jiading');

  expect(errors).toEqual([]);
  expect(requests.map((u) => u.split('?')[0])).toEqual([`file://${file}`]);
});
