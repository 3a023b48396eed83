/**
 * Following the deck from a seat (issue 20): the QR code the deck shows is read back from
 * a screenshot, as a phone's camera would, and must be the step's link; that link opened
 * in the presenter's browser (`follow`) moves with the presenter and never moves it.
 */
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { N, stepId } from './tour';
import { expect, expectDeckStep, framesDrawn, openDeckPage, test } from './fixtures';
import { DECK } from '../../src/i18n/deck-strings';

/** What a phone's camera reads off the QR code on screen (null: no code found). */
async function readQr(page: Page): Promise<string | null> {
  const png = PNG.sync.read(await page.getByTestId('deck-qr-code').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** The query of a link as a sorted list of pairs, so two links compare whatever their order. */
function query(link: string): [string, string][] {
  return [...new URL(link).searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
}

test("the deck's QR code is the step's link, and that link opened in the same browser follows the presenter", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeckPage(page, '?p=3&lang=en');
  await expectDeckStep(page, stepId(2), 2, N);

  // The key shows it, with the link written beneath; the help lists the key.
  await page.keyboard.press('?');
  await expect(page.locator('.deck-help')).toContainText(DECK.en.keys.find(([k]) => k === 'Q')?.[1] ?? 'Q');
  await page.keyboard.press('Escape');
  await page.keyboard.press('q');
  await expect(page.getByTestId('deck-qr')).toBeVisible();
  const side = (await page.getByTestId('deck-qr-code').boundingBox())?.width ?? 0;
  expect(side, 'the code is large: half the screen’s height or more').toBeGreaterThanOrEqual(0.5 * 720);
  const read = await readQr(page);
  expect(read, 'the code can be read').not.toBeNull();
  const link = read ?? '';
  await expect(page.getByTestId('deck-qr-link')).toHaveText(link);
  // The page's own link (as the address bar has it), with follow.
  const here = new URL(page.url());
  expect(`${new URL(link).origin}${new URL(link).pathname}`).toBe(`${here.origin}${here.pathname}`);
  expect(query(link)).toEqual(query(`${page.url()}&follow=1`));

  // The next step: the code follows it. Escape closes it; the on-screen button opens it again.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('deck-qr')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(3), 3, N);
  await page.getByTestId('deck-qr-button').click();
  await expect(page.getByTestId('deck-qr-button')).toHaveText(DECK.en.qr);
  await expect.poll(() => readQr(page), { message: 'the code of step 4' }).toBe(`${page.url()}&follow=1`);
  await page.keyboard.press('Escape');

  // The link opened in a second page of the same browser: it joins the presenter at the step shown.
  const follower = await context.newPage();
  await follower.setViewportSize({ width: 800, height: 600 });
  await openDeckPage(follower, new URL(link).search);
  await expectDeckStep(follower, stepId(3), 3, N);
  // The presenter moves; the follower moves with it.
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(4), 4, N);
  await expectDeckStep(follower, stepId(4), 4, N);
  // The follower steps on by itself; the presenter stays where it is.
  await follower.keyboard.press('PageDown');
  await expectDeckStep(follower, stepId(5), 5, N);
  await framesDrawn(follower);
  await framesDrawn(page);
  await expectDeckStep(page, stepId(4), 4, N);
  // And the presenter's next step brings the follower back in step.
  await page.keyboard.press('PageUp');
  await expectDeckStep(page, stepId(3), 3, N);
  await expectDeckStep(follower, stepId(3), 3, N);
  await follower.close();
});
