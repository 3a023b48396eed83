/**
 * The regional cooperation view: Shanghai's links to the places in China the report
 * names, each with its records; reached from the view switch, a link or the tour.
 */
import { expect } from '@playwright/test';
import { formatFigure } from '../../src/domain/format';
import { buildRegionLinks, regionHeadline } from '../../src/domain/links';
import { LANGS } from '../../src/vocabulary';
import { mapIdle, openAtlas, project, test } from './fixtures';
import { loadModel } from './model';

test('the view switch flies to the regional view: every linked place is listed with its records, and one opens', async ({
  page,
}) => {
  const model = loadModel();
  const links = buildRegionLinks(model);
  await openAtlas(page, '?lang=en');
  await page.locator('button[data-view-switch=region]').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('region');
  await expect(page.locator('.panel-body[data-view=regions]')).toBeVisible();
  const items = page.locator('.region-list button');
  await expect(items).toHaveCount(links.length);
  for (const [i, l] of links.entries()) {
    await expect(items.nth(i)).toContainText(l.region.name.en);
    await expect(items.nth(i).locator('.count')).toHaveText(
      `${l.recordIds.length} record${l.recordIds.length === 1 ? '' : 's'}`,
    );
  }
  // The transfer to the Yangtze River Delta, with its figures as the source gives them.
  await page.locator('.region-list button[data-region=zhejiang]').click();
  const panel = page.locator('.panel-body[data-view=region][data-region=zhejiang]');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('1,910 items');
  await expect(panel.locator('.quote').first()).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('g')).toBe('zhejiang');
  await page.keyboard.press('Escape');
  await expect(page.locator('.panel-body[data-view=regions]')).toBeVisible();
  await page.locator('button[data-view-switch=city]').click();
  await expect(page.locator('.panel-body[data-view=overview]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe(null);
});

test('the regional overview leads with its headline figures (1,910 items, 29.9亿元) in both languages, and a place leads with its figures', async ({
  page,
}) => {
  const model = loadModel();
  const headline = regionHeadline(model);
  if (!headline) throw new Error('the data has no regional figure');
  for (const lang of LANGS) {
    await openAtlas(page, `?v=region${lang === 'en' ? '&lang=en' : ''}`);
    const card = page.getByTestId('region-headline');
    await expect(card).toBeVisible();
    await expect(card.locator('h3')).toHaveText(headline.name[lang]);
    // Before the list of places: visible without opening one.
    const [cardBox, listBox] = await Promise.all([card.boundingBox(), page.locator('.region-list').boundingBox()]);
    expect(cardBox && listBox && cardBox.y < listBox.y, 'the headline comes before the places').toBe(true);
    for (const f of headline.figures) {
      await expect(card).toContainText(formatFigure(f, lang));
      // The source's own units too: 29.9亿元 next to CNY 2.99 billion.
      await expect(card).toContainText(formatFigure(f, 'zh'));
    }
  }
  // In English: 1,910 and 29.9, as the issue asks, derived from the data above.
  await expect(page.getByTestId('region-headline')).toContainText(formatFigure({ value: 1910, unit: '项' }, 'en'));
  await expect(page.getByTestId('region-headline')).toContainText('29.9亿元');

  // A place's panel starts with its figures: the first card after the title holds them.
  const place = headline.regions.find((id) => model.regionLinks.some((l) => l.region.id === id)) ?? '';
  await page.locator(`.region-list button[data-region=${place}]`).click();
  const first = page.locator(`.panel-body[data-view=region][data-region=${place}] > section`).first();
  await expect(first).toHaveAttribute('data-record', headline.id);
  const firstFigure = headline.figures[0];
  if (firstFigure) await expect(first.locator('.figures')).toContainText(formatFigure(firstFigure, 'en'));
});

test('clicking a linked place on the map opens it; a deep link restores it', async ({ page }) => {
  const model = loadModel();
  const kashgar = buildRegionLinks(model).find((l) => l.region.id === 'kashgar');
  if (!kashgar) throw new Error('no link to Kashgar in the data');
  await openAtlas(page, '?v=region');
  await mapIdle(page);
  const at = await project(page, [kashgar.region.lng, kashgar.region.lat]);
  await page.locator('.map').click({ position: at });
  await expect(page.locator('.panel-body[data-view=region]')).toHaveAttribute('data-region', 'kashgar');
  await expect(page.locator('.panel-body[data-view=region] > section')).toHaveCount(kashgar.recordIds.length);
  await page.reload();
  await expect(page.locator('.panel-body[data-view=region]')).toHaveAttribute('data-region', 'kashgar');
  await expect(page.locator('button[data-view-switch=region]')).toHaveAttribute('aria-pressed', 'true');
});

test('the tour shows regional cooperation on the map of China, and leaving restores the city', async ({ page }) => {
  await openAtlas(page);
  await page.keyboard.press('F5');
  await expect(page.locator('.caption')).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.caption')).toHaveAttribute('data-step', 'region');
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('region');
  await page.keyboard.press('Escape');
  await expect(page.locator('.panel-body[data-view=overview]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe(null);
});
