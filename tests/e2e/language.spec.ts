import type { Page } from '@playwright/test';
import { ALL, DISTRICTS, expectedRanking, expectedTotals } from './data';
import { countText, expect, expectParam, mapIdle, openAtlas, test } from './fixtures';

/** Each district-list button's name, by slug. */
async function listNames(page: Page): Promise<Record<string, string>> {
  return page
    .locator('button[data-district]')
    .evaluateAll((bs) =>
      Object.fromEntries(
        bs.map((b) => [b.getAttribute('data-district') ?? '', b.querySelector('span')?.textContent ?? '']),
      ),
    );
}

const names = (lang: 'zh' | 'en') => Object.fromEntries(DISTRICTS.map((d) => [d.slug, d.name[lang]]));

test('switching to English and back relabels the header, the district list and the district panel', async ({
  page,
}) => {
  await openAtlas(page);
  const h1 = page.locator('header h1');
  const toggle = page.locator('.lang-switch');
  const d = expectedRanking(ALL)[0];
  if (!d) throw new Error('no district has records');
  const count = page.locator(`button[data-district="${d.slug}"] .count`);
  const n = expectedTotals(ALL)[d.slug] ?? 0;

  await expect(h1).toHaveText('上海科技创新地图');
  await expect.poll(() => listNames(page)).toEqual(names('zh'));
  await expect(count).toHaveText(countText(n, 'zh'));

  await toggle.click();
  await expect(h1).toHaveText('Shanghai Innovation Atlas');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectParam(page, 'lang', 'en');
  await expect.poll(() => listNames(page)).toEqual(names('en'));
  await expect(count).toHaveText(countText(n, 'en'));

  // A district selected in English has an English panel title.
  await page.locator(`button[data-district="${d.slug}"]`).click();
  await expect(page.locator('.panel-body')).toHaveAttribute('data-district', d.slug);
  await expect(page.locator('.panel-body .panel-title')).toHaveText(d.name.en);
  await expect(page.locator('.panel-body .back')).toContainText('Back to the city');
  await mapIdle(page);

  await toggle.click();
  await expect(h1).toHaveText('上海科技创新地图');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectParam(page, 'lang', null);
  await expect.poll(() => listNames(page)).toEqual(names('zh'));
  await expect(count).toHaveText(countText(n, 'zh'));
  // The selection is kept across the switch; only its language changes.
  await expect(page.locator('.panel-body')).toHaveAttribute('data-district', d.slug);
  await expect(page.locator('.panel-body .panel-title')).toHaveText(d.name.zh);
  await expectParam(page, 'd', d.slug);
});
