import { ALL, DISTRICTS, district, expectedRanking, expectedTotals, LAYERS, recordWithIndustry } from './data';
import { ZOOM_LIMITS } from '../../src/domain/camera-limits';
import { expect, expectParam, listCounts, mapIdle, openAtlas, params, project, test } from './fixtures';

const panel = '.panel-body';

test('a deep link to a record, in English, with an industry picked, survives a reload', async ({ page }) => {
  const r = recordWithIndustry();
  const industry = r.industries[0];
  const home = district(r.districts[0] ?? '');
  await openAtlas(page, `?r=${r.id}&lang=en&i=${industry}`);

  for (const pass of ['first load', 'after reload']) {
    await expect(page.locator(panel), pass).toHaveAttribute('data-view', 'record');
    await expect(page.locator(panel), pass).toHaveAttribute('data-record', r.id);
    await expect(page.locator(`${panel} .panel-title`), pass).toHaveText(r.name.en);
    await expect(page.locator('header h1'), pass).toHaveText('Shanghai Innovation Atlas');
    await expect(page.locator('html'), pass).toHaveAttribute('lang', 'en');
    await expect(page.locator(`button[data-industry="${industry}"]`), pass).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('button[data-industry][aria-pressed="true"]'), pass).toHaveCount(1);
    await expect(page.locator(`button[data-district="${home.slug}"]`), pass).toHaveAttribute('aria-current', 'true');
    await expectParam(page, 'r', r.id);
    await expectParam(page, 'lang', 'en');
    await expectParam(page, 'i', industry);
    if (pass === 'first load') {
      await page.reload();
      await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
      await mapIdle(page);
    }
  }
});

test('back and forward walk through the districts selected', async ({ page }) => {
  await openAtlas(page);
  const [a, b] = expectedRanking(ALL);
  if (!a || !b) throw new Error('fewer than two districts have records');

  const expectView = async (slug: string | null) => {
    if (slug) {
      await expect(page.locator(panel)).toHaveAttribute('data-district', slug);
      await expect(page.locator(`button[data-district="${slug}"]`)).toHaveAttribute('aria-current', 'true');
    } else {
      await expect(page.locator(panel)).toHaveAttribute('data-view', 'overview');
      await expect(page.locator('button[data-district][aria-current="true"]')).toHaveCount(0);
    }
    await expectParam(page, 'd', slug);
  };

  await page.locator(`button[data-district="${a.slug}"]`).click();
  await expectView(a.slug);
  await mapIdle(page);
  await page.locator(`button[data-district="${b.slug}"]`).click();
  await expectView(b.slug);
  await mapIdle(page);

  await page.goBack();
  await expectView(a.slug);
  await page.goBack();
  await expectView(null);
  await page.goForward();
  await expectView(a.slug);
  await page.goForward();
  await expectView(b.slug);
});

test('a malformed URL opens the default overview in Chinese', async ({ page }) => {
  await openAtlas(page, '?d=nowhere&r=missing&l=bogus&c=abc&lang=fr&i=zzz');

  await expect(page.locator(panel)).toHaveAttribute('data-view', 'overview');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('header h1')).toHaveText('上海科技创新地图');
  await expect(page.locator('button[data-district]')).toHaveCount(DISTRICTS.length);
  await expect(page.locator('button[data-district][aria-current="true"]')).toHaveCount(0);
  await expect(page.locator('button[data-industry][aria-pressed="true"]')).toHaveCount(0);
  for (const l of LAYERS) await expect(page.locator(`input[data-layer="${l}"]`)).toBeChecked();
  await expect.poll(() => listCounts(page)).toEqual(expectedTotals(ALL));
  // The junk is not kept in the address bar either.
  for (const name of ['d', 'r', 'l', 'c', 'lang', 'i'])
    expect(params(page).get(name), `URL parameter ${name}`).toBeNull();
});

test('a regional camera in a link round-trips: kept in the URL, shown by the map, kept after a reload', async ({
  page,
}) => {
  const camera = '98.7,36.9,4.4';
  const [lng, lat] = camera.split(',').map(Number) as [number, number, number];
  await openAtlas(page, `?v=region&c=${camera}`);
  for (const pass of ['first load', 'after reload']) {
    await expect(page.locator('button[data-view-switch=region]'), pass).toHaveAttribute('aria-pressed', 'true');
    await expectParam(page, 'v', 'region');
    await expectParam(page, 'c', camera);
    // The map looks where the link says: the camera's centre is the map's centre.
    const box = await page.locator('.map').boundingBox();
    if (!box) throw new Error('no map box');
    const at = await project(page, [lng, lat]);
    expect(Math.abs(at.x - box.width / 2), `${pass}: x`).toBeLessThan(2);
    expect(Math.abs(at.y - box.height / 2), `${pass}: y`).toBeLessThan(2);
    if (pass === 'first load') {
      await page.reload();
      await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true');
      await mapIdle(page);
    }
  }
});

test('a regional camera in a city link, or one beyond the zoom limits, is dropped', async ({ page }) => {
  await openAtlas(page, '?c=98.7,36.9,4.4');
  await expect(page.locator('button[data-view-switch=city]')).toHaveAttribute('aria-pressed', 'true');
  await expectParam(page, 'c', null);
  await openAtlas(page, `?v=region&c=98.7,36.9,${ZOOM_LIMITS.max + 1}`);
  await expectParam(page, 'v', 'region');
  await expectParam(page, 'c', null);
});
