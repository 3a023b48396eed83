/**
 * One number everywhere, in the browser: each layer step of the deck heads with the
 * number the layers panel shows for that layer, and breaks it down into records drawn
 * in districts and the rest; the deck's matrix says it shows a subset.
 */
import { expect, expectDeckStep, layerCounts, openDeckPage, test } from './fixtures';
import { LAYERS } from './data';
import { MODEL, N, TOUR } from './tour';

test("the deck's layer steps head with the layers panel's numbers, broken down; its matrix says it is a subset", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openDeckPage(page, '?lang=en');
  const panel = await layerCounts(page, LAYERS);
  for (const [i, step] of TOUR.entries()) {
    if (step.focus.type !== 'layer' && step.focus.type !== 'matrix') continue;
    await page.goto(`/?lang=en&p=${i + 1}`);
    await expectDeckStep(page, step.id, i, N);
    if (step.focus.type === 'matrix') {
      await expect(page.getByTestId('matrix-subset')).toContainText(`of ${MODEL.districts.length} districts`);
      continue;
    }
    const n = panel[step.focus.layer] ?? NaN;
    await expect(page.locator('.caption-title'), step.id).toHaveText(new RegExp(` · ${n} records?$`));
    const parts = ((await page.getByTestId('caption-breakdown').textContent()) ?? '').match(/\d+/g) ?? [];
    expect(
      parts.reduce((a, b) => a + Number(b), 0),
      `${step.id}: the breakdown adds up to the panel's ${n}`,
    ).toBe(n);
    // The districts part is what the map draws.
    const drawn = MODEL.placed.filter((p) => p.layer === (step.focus.type === 'layer' && step.focus.layer)).length;
    await expect(page.getByTestId('caption-breakdown')).toContainText(`${drawn} in districts`);
  }
});
