/**
 * The presenter view: a second window of the same browser, kept in step with the
 * projector window in both directions, with speaker notes from the data and a timer.
 */
import type { Page } from '@playwright/test';
import { MODEL, N, stepId, TOUR } from './tour';
import { DECK_TIMEOUT, expect, expectDeckStep, openDeckPage, test } from './fixtures';

/** Console errors and uncaught exceptions of a page the health fixture does not watch. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

/** The presenter view shows step i: its card, counter, notes (every record of the step, in order) and what comes next. */
async function expectPresenterAt(presenter: Page, i: number, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  const step = TOUR[i];
  if (!step) throw new Error(`no step ${i}`);
  await expect(presenter.locator('.presenter')).toHaveAttribute('data-step', step.id, { timeout: DECK_TIMEOUT });
  await expectDeckStep(presenter, step.id, i, N);
  const names = step.recordIds.map((id) => MODEL.recordById[id]?.name[lang] ?? `?${id}`);
  await expect(presenter.locator('.presenter-notes > li > strong')).toHaveText(names);
  const quotes = step.recordIds.map((id) => MODEL.recordById[id]?.quote ?? '');
  await expect(presenter.locator('.presenter-notes > li > blockquote')).toHaveText(quotes);
  const next = presenter.getByTestId('presenter-next');
  if (i + 1 < N) await expect(next).toHaveText(new RegExp(`^${i + 2}\\. \\S`));
  else await expect(next).toHaveText('—');
}

test('the presenter view and the projector window follow each other', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openDeckPage(page);
  await page.keyboard.press('F5');
  await expectDeckStep(page, stepId(0), 0, N);
  // The talk is already under way when the presenter opens the presenter view.
  for (let i = 1; i <= 4; i++) await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(4), 4, N);

  const presenter = await context.newPage();
  const presenterErrors = watchErrors(presenter);
  await presenter.goto('/?presenter=1');
  // The presenter view has no map; it picks up the projector's step, and does not send the projector back to 1.
  await expect(presenter.locator('.map')).toHaveCount(0);
  await expectPresenterAt(presenter, 4);
  await page.waitForTimeout(500);
  await expectDeckStep(page, stepId(4), 4, N);
  await page.keyboard.press('Home');
  await expectDeckStep(page, stepId(0), 0, N);
  await expectPresenterAt(presenter, 0);

  // A timer that runs.
  const timer = presenter.getByTestId('presenter-timer');
  await expect(timer).toHaveText(/^\d\d:\d\d$/);
  const t0 = await timer.textContent();
  await expect(timer).not.toHaveText(t0 ?? '', { timeout: 5_000 });
  await expect(timer).toHaveText(/^00:0[1-9]$/);

  // PageDown in the presenter window moves the projector.
  await presenter.keyboard.press('PageDown');
  await expectPresenterAt(presenter, 1);
  await expectDeckStep(page, stepId(1), 1, N);

  // PageDown on the projector moves the presenter view.
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(2), 2, N);
  await expectPresenterAt(presenter, 2);

  // PageUp both ways.
  await presenter.keyboard.press('PageUp');
  await expectDeckStep(page, stepId(1), 1, N);
  await page.keyboard.press('PageUp');
  await expectPresenterAt(presenter, 0);

  // A jump to a district step from the presenter: the projector highlights the district.
  const d = TOUR.findIndex((s) => s.focus.type === 'district');
  await presenter.keyboard.type(String(d + 1));
  await presenter.keyboard.press('Enter');
  await expectPresenterAt(presenter, d);
  await expectDeckStep(page, stepId(d), d, N);
  const focus = TOUR[d]?.focus;
  await expect
    .poll(() => new URL(page.url()).searchParams.get('d'))
    .toBe(focus?.type === 'district' ? focus.district : '');

  // The next button and End in the presenter window; the last step says there is nothing next.
  await presenter.keyboard.press('End');
  await expectPresenterAt(presenter, N - 1);
  await expectDeckStep(page, stepId(N - 1), N - 1, N);
  await presenter.locator('.presenter-nav button').first().click();
  await expectPresenterAt(presenter, N - 2);
  await expectDeckStep(page, stepId(N - 2), N - 2, N);

  // Esc in the presenter window does not end the talk on the projector.
  await presenter.keyboard.press('Escape');
  await expect(page.locator('.caption')).toBeVisible();

  expect(presenterErrors, 'no errors in the presenter window').toEqual([]);
});

test('S opens the presenter view in a second window, in the deck language', async ({ page, context }) => {
  await openDeckPage(page, '?lang=en');
  await page.keyboard.press('F5');
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(1), 1, N);
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const errors = watchErrors(popup);
  await popup.waitForLoadState();
  const url = new URL(popup.url());
  expect(url.searchParams.get('presenter')).toBe('1');
  expect(url.searchParams.get('lang')).toBe('en');
  await expectPresenterAt(popup, 1, 'en');
  await popup.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(2), 2, N);
  expect(errors).toEqual([]);
});
