import { test } from '@playwright/test';
test('explore', async ({ page }) => {
  const msgs: string[] = [];
  page.on('console', (m) => msgs.push(m.type() + ' ' + m.text()));
  page.on('pageerror', (e) => msgs.push('pageerror ' + e.message));
  const t0 = Date.now();
  await page.goto('/');
  await page.locator('.map[data-ready="true"]').waitFor();
  console.log('ready ms', Date.now() - t0);
  await page.screenshot({ path: '/tmp/full.png' });
  const b = await page.locator('.map').screenshot();
  console.log('map bytes', b.length, await page.locator('.map').boundingBox());
  await page.goto('/?l=none');
  await page.locator('.map[data-ready="true"]').waitFor();
  const b2 = await page.locator('.map').screenshot({ path: '/tmp/none.png' });
  console.log('none bytes', b2.length);
  console.log(msgs.join('\n'));
});
