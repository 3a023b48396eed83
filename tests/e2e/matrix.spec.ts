/**
 * The district × industry matrix in the city overview: its cells match the data,
 * pointing at one previews it, clicking one applies that industry as the filter.
 */
import { expect } from '@playwright/test';
import { openAtlas, test } from './fixtures';
import { loadModel } from './model';

test('the matrix counts match the data; a cell previews, then applies, its industry filter', async ({ page }) => {
  const model = loadModel();
  // The busiest cell: the one a presenter would point at first.
  let best = { slug: '', industry: '', n: 0 };
  for (const d of model.districts)
    for (const i of model.industries) {
      const n = d.recordIds.filter((id) => model.recordById[id]?.industries.includes(i.id)).length;
      if (n > best.n) best = { slug: d.slug, industry: i.id, n };
    }
  expect(best.n).toBeGreaterThan(0);

  await openAtlas(page);
  const cell = page.locator(`button[data-cell="${best.slug}:${best.industry}"]`);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveText(String(best.n));
  const cellCount = await page.locator('.matrix button[data-cell]').count();
  const nonEmpty = model.districts.reduce(
    (sum, d) =>
      sum +
      model.industries.filter((i) => d.recordIds.some((id) => model.recordById[id]?.industries.includes(i.id))).length,
    0,
  );
  expect(cellCount).toBe(nonEmpty);

  await cell.hover();
  const district = model.districtBySlug[best.slug as keyof typeof model.districtBySlug];
  await expect(page.locator('.matrix .hint')).toContainText(district.name.zh);
  await expect(page.locator('.matrix .hint')).toContainText(`${best.n} 条`);

  await cell.click();
  await expect(page.locator(`button[data-industry="${best.industry}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('i')).toBe(best.industry);
  await expect(page.locator(`button[data-district="${best.slug}"] .count`)).toHaveText(`${best.n} 条`);
});
