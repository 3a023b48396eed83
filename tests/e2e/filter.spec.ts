import type { Page } from '@playwright/test';
import {
  ALL,
  DISTRICTS,
  districtsOfIndustry,
  expectedByLayer,
  expectedRanking,
  expectedTotals,
  LAYERS,
  narrowIndustry,
  RECORDS,
  type Filter,
} from './data';
import { countText, expect, expectParam, layerCounts, listCounts, openAtlas, params, test } from './fixtures';

/** The district list in display order, by slug. */
async function listOrder(page: Page): Promise<string[]> {
  return page
    .locator('button[data-district]')
    .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-district') ?? ''));
}

/** The overview's "leading districts" list as the user reads it: name and count. */
async function leading(page: Page): Promise<string[]> {
  return page
    .locator('.panel-body[data-view="overview"] ol.leading li')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** What the district list and the overview should show under a filter. */
async function expectCountsFor(page: Page, f: Filter): Promise<void> {
  const totals = expectedTotals(f);
  await expect.poll(() => listCounts(page), { message: 'district list counts' }).toEqual(totals);
  // The list is sorted by those counts, ties in administrative-code order.
  const order = DISTRICTS.slice().sort((a, b) => (totals[b.slug] ?? 0) - (totals[a.slug] ?? 0) || a.adcode - b.adcode);
  await expect.poll(() => listOrder(page), { message: 'district list order' }).toEqual(order.map((d) => d.slug));
  const top = expectedRanking(f).slice(0, 5);
  await expect
    .poll(() => leading(page), { message: 'leading districts' })
    .toEqual(top.map((d) => `${d.name.zh}${countText(totals[d.slug] ?? 0)}`.replace(/\s+/g, ' ')));
}

/** The `l` parameter as a set of layers (null when every layer is shown). */
function urlLayers(page: Page): string[] | null {
  return params(page).get('l')?.split(',').sort() ?? null;
}

test('each layer toggles off and on; the district counts follow and the layer counts stay', async ({ page }) => {
  await openAtlas(page);
  const byLayer = expectedByLayer([]);
  await expectCountsFor(page, ALL);
  await expect.poll(() => layerCounts(page, LAYERS)).toEqual(byLayer);

  for (const layer of LAYERS) {
    const box = page.locator(`input[data-layer="${layer}"]`);
    await expect(box).toBeChecked();

    await box.uncheck();
    await expect(box).not.toBeChecked();
    const without = LAYERS.filter((l) => l !== layer);
    await expectCountsFor(page, { layers: without, industries: [] });
    await expect.poll(() => urlLayers(page)).toEqual(without.slice().sort());
    // A hidden layer still says how many records it holds.
    await expect.poll(() => layerCounts(page, LAYERS)).toEqual(byLayer);

    await box.check();
    await expect(box).toBeChecked();
    await expectCountsFor(page, ALL);
    await expectParam(page, 'l', null);
  }
});

test('an industry filter narrows the district list, the leading districts and the layer counts; clearing restores them', async ({
  page,
}) => {
  await openAtlas(page);
  const industry = narrowIndustry();
  const picked: Filter = { layers: LAYERS, industries: [industry.id] };
  const chip = page.locator(`button[data-industry="${industry.id}"]`);
  const clear = page.getByRole('button', { name: '清除筛选' });
  await expect(clear).toBeDisabled();

  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('button[data-industry][aria-pressed="true"]')).toHaveCount(1);
  await expectParam(page, 'i', industry.id);
  await expectCountsFor(page, picked);
  // Only districts with matching records lead; here, exactly the industry's districts.
  const totals = expectedTotals(picked);
  const shown = expectedRanking(picked).slice(0, 5);
  expect(shown.every((d) => (totals[d.slug] ?? 0) > 0)).toBe(true);
  expect(new Set(expectedRanking(picked).map((d) => d.slug))).toEqual(districtsOfIndustry(industry.id));
  await expect.poll(() => layerCounts(page, LAYERS)).toEqual(expectedByLayer([industry.id]));

  // With the industry picked, hiding the layer holding most of its records narrows the counts further.
  const layer = LAYERS.slice().sort(
    (a, b) =>
      RECORDS.filter((r) => r.layer === b && r.industries.includes(industry.id)).length -
      RECORDS.filter((r) => r.layer === a && r.industries.includes(industry.id)).length,
  )[0];
  if (!layer) throw new Error('no layers');
  await page.locator(`input[data-layer="${layer}"]`).uncheck();
  await expectCountsFor(page, { layers: LAYERS.filter((l) => l !== layer), industries: [industry.id] });
  await page.locator(`input[data-layer="${layer}"]`).check();
  await expectCountsFor(page, picked);

  await expect(clear).toBeEnabled();
  await clear.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('button[data-industry][aria-pressed="true"]')).toHaveCount(0);
  await expectParam(page, 'i', null);
  await expectCountsFor(page, ALL);
  await expect.poll(() => layerCounts(page, LAYERS)).toEqual(expectedByLayer([]));
  await expect(clear).toBeDisabled();
});
