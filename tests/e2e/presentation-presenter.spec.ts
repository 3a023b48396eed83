/**
 * The presenter view: a second window of the same browser, kept in step with the
 * projector window in both directions, with speaker notes from the data and a timer.
 */
import type { Page } from '@playwright/test';
import { MODEL, N, stepId, TOUR } from './tour';
import { DECK_TIMEOUT, expect, expectDeckStep, openDeckPage, test, watchDeck } from './fixtures';

/** Console errors and uncaught exceptions of a page the health fixture does not watch. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

/**
 * Stamps every change of the presenter's timer on the page's own clock, from now on;
 * returns a reader of the readings (whole seconds shown, and when).
 */
async function watchTimer(presenter: Page): Promise<() => Promise<{ seconds: number; at: number }[]>> {
  await presenter.evaluate(() => {
    const el = document.querySelector('[data-testid=presenter-timer]');
    const seen: { seconds: number; at: number }[] = [];
    const read = () => {
      const [mm, ss] = (el?.textContent ?? '').split(':').map(Number);
      seen.push({ seconds: (mm ?? NaN) * 60 + (ss ?? NaN), at: performance.now() });
    };
    if (el) new MutationObserver(read).observe(el, { subtree: true, childList: true, characterData: true });
    (window as unknown as { __timerTicks: typeof seen }).__timerTicks = seen;
  });
  return () =>
    presenter.evaluate(() => (window as unknown as { __timerTicks: { seconds: number; at: number }[] }).__timerTicks);
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
  const projectorLog = await watchDeck(page);
  await openDeckPage(page);
  await page.keyboard.press('F5');
  await expectDeckStep(page, stepId(0), 0, N);
  // The talk is already under way when the presenter opens the presenter view.
  for (let i = 1; i <= 4; i++) await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(4), 4, N);

  const presenter = await context.newPage();
  const presenterErrors = watchErrors(presenter);
  await presenter.goto('/?presenter=1');
  // The presenter view has no map; it picks up the projector's step, and does not send the projector
  // back to 1 (the projector's whole history of steps is checked at the end).
  await expect(presenter.locator('.map')).toHaveCount(0);
  await expectPresenterAt(presenter, 4);
  await expectDeckStep(page, stepId(4), 4, N);
  await page.keyboard.press('Home');
  await expectDeckStep(page, stepId(0), 0, N);
  await expectPresenterAt(presenter, 0);

  // A timer that runs from the moment the presenter view opened, a second a second by the page's own clock.
  const timer = presenter.getByTestId('presenter-timer');
  await expect(timer).toHaveText(/^\d\d:\d\d$/);
  const ticks = await watchTimer(presenter);
  await expect.poll(async () => (await ticks()).length, 'the timer ticks three times').toBeGreaterThanOrEqual(3);
  const seen = await ticks();
  const first = seen[0];
  const last = seen[seen.length - 1];
  if (!first || !last) throw new Error('no ticks');
  expect(last.seconds, 'it counts up').toBeGreaterThan(first.seconds);
  // It shows the page's clock in whole seconds, and a late tick shows the right time, just later. The
  // page held up for 2.5 s right after a tick is shown (as a busy machine holds it), the next tick jumps
  // by at least 2 s at once, where a timer counting its ticks would add one. (Comparing the seconds shown
  // with the time between two readings failed on a busy machine: a reading comes when React commits,
  // after the tick.) Held from inside the observer of a shown tick, no earlier tick waits to be shown.
  const held = await presenter.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const el = document.querySelector('[data-testid=presenter-timer]');
        const readings = (window as unknown as { __timerTicks: unknown[] }).__timerTicks;
        if (!el) throw new Error('no timer');
        // Observers are told in the order they were made: watchTimer's has read this tick already.
        const observer = new MutationObserver(() => {
          observer.disconnect();
          const t = performance.now();
          while (performance.now() - t < 2500);
          resolve(readings.length);
        });
        observer.observe(el, { subtree: true, childList: true, characterData: true });
      }),
  );
  await expect.poll(async () => (await ticks()).length, 'the timer ticks after the hold-up').toBeGreaterThan(held);
  const readings = await ticks();
  const beforeHold = readings[held - 1];
  const afterHold = readings[held];
  if (!beforeHold || !afterHold) throw new Error('no ticks around the hold-up');
  expect(
    afterHold.seconds - beforeHold.seconds,
    `the first tick after a 2.5 s hold-up: ${beforeHold.seconds} s, then ${afterHold.seconds} s`,
  ).toBeGreaterThanOrEqual(2);
  // Never ahead of the page's clock, which started before the presenter view did.
  for (const tick of await ticks())
    expect(tick.seconds, 'it counts from when the presenter view opened').toBeLessThanOrEqual(tick.at / 1000);

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

  // Esc in the presenter window does not end the talk on the projector. A step from the presenter
  // after it arrives behind anything the Esc might have sent.
  await presenter.keyboard.press('Escape');
  await presenter.keyboard.press('PageUp');
  await expectDeckStep(page, stepId(N - 3), N - 3, N);

  // The projector showed exactly the steps asked for, in order, and never left the deck.
  const log = await projectorLog();
  expect(log.shown.map((s) => s.step)).toEqual(
    [0, 1, 2, 3, 4, 0, 1, 2, 1, 0, d, N - 1, N - 2, N - 3].map((i) => stepId(i)),
  );
  expect(log.gone, 'the caption card never left the projector').toEqual([]);

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
