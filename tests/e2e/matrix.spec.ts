/**
 * The district × industry matrix in the city overview: its cells match the data,
 * pointing at one previews it, clicking one applies that industry as the filter; the
 * first click on every cell does so, as a real pointer clicks (move, then press).
 */
import { expect } from '@playwright/test';
import { framesDrawn, openAtlas, test } from './fixtures';
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
  await expect(page.getByTestId('matrix-preview')).toContainText(district.name.zh);
  await expect(page.getByTestId('matrix-preview')).toContainText(`${best.n} 条`);

  await cell.click();
  await expect(page.locator(`button[data-industry="${best.industry}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('i')).toBe(best.industry);
  await expect(page.locator(`button[data-district="${best.slug}"] .count`)).toHaveText(`${best.n} 条`);
});

test('the first click on every cell filters by its industry, as a real pointer clicks', async ({ page }) => {
  await openAtlas(page);
  const cells = page.locator('.matrix button[data-cell]');
  const ids = await cells.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-cell') ?? ''));
  expect(ids.length).toBeGreaterThan(0);
  const picked = new Set<string>();
  const industriesInUrl = () => new Set((new URL(page.url()).searchParams.get('i') ?? '').split(',').filter(Boolean));
  const missed: string[] = [];
  for (const id of ids) {
    const industry = id.split(':')[1] ?? '';
    const cell = page.locator(`.matrix button[data-cell="${id}"]`);
    await cell.scrollIntoViewIfNeeded();
    // Each cell gets a first click: the pointer comes from outside the matrix (the page's top left
    // corner, on the header), as it does when someone reaches for a cell.
    await page.mouse.move(0, 0);
    await framesDrawn(page);
    // The centre is read before the pointer moves: whatever the hover does, the press lands there.
    const box = await cell.boundingBox();
    if (!box) throw new Error(`cell ${id} has no box`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    if (picked.has(industry)) picked.delete(industry);
    else picked.add(industry);
    try {
      await expect.poll(industriesInUrl, { timeout: 3_000 }).toEqual(picked);
      await expect(cell).toHaveAttribute('aria-pressed', String(picked.has(industry)));
    } catch {
      // Counted, and the test goes on from the filter the page really has.
      missed.push(id);
      picked.clear();
      for (const i of industriesInUrl()) picked.add(i);
    }
  }
  expect(missed, `first clicks that did nothing, of ${ids.length}`).toEqual([]);
});
