/**
 * Presentation mode driven from the keyboard as a presenter's clicker drives it: F5
 * starts the deck (without reloading the page), PageDown/PageUp step, digits + Enter
 * jump, "." blanks the screen, "?" shows the keys, Esc leaves; deep links and lobby
 * autoplay.
 */
import { MODEL, N, stepId, TOUR } from './tour';
import { DECK_MARK, DRAW_TIMEOUT_MS } from '../../src/presentation/controller';
import {
  captionStep,
  DECK_TIMEOUT,
  expect,
  expectDeckStep,
  expectParam,
  framesDrawn,
  openDeckPage,
  pageParam,
  test,
  watchDeck,
} from './fixtures';
import type { Page } from '@playwright/test';

function firstDistrictStep(): number {
  const i = TOUR.findIndex((s) => s.focus.type === 'district');
  if (i < 0 || i + 1 >= N || TOUR[i + 1]?.focus.type !== 'district') throw new Error('no two district steps in a row');
  return i;
}

/** Sets a marker on the window: it survives anything but a reload. */
async function mark(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __marker?: number }).__marker = 1;
  });
}

/**
 * Records, for every F5 keydown from now on, whether the page kept the browser from
 * handling it (a real browser reloads on F5; keys injected by Playwright never do, so
 * the marker alone cannot tell).
 */
async function watchF5(page: Page): Promise<() => Promise<boolean[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __f5?: boolean[] };
    w.__f5 = [];
    // Registered after the app's capture listener on window, so it runs after it.
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'F5') w.__f5?.push(e.defaultPrevented);
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { __f5?: boolean[] }).__f5 ?? []);
}

/**
 * The deck is still on step i, checked once (no retrying): call it after `framesDrawn`, when
 * anything the last key did would be on screen, to show that the key did not move the deck.
 */
async function expectStillOn(page: Page, i: number): Promise<void> {
  expect(await pageParam(page, 'p'), 'the step in the URL').toBe(String(i + 1));
  expect(await captionStep(page), 'the caption card').toBe(stepId(i));
  expect(await page.getByTestId('deck-counter').textContent(), 'the counter').toBe(`${i + 1} / ${N}`);
}

async function marker(page: Page): Promise<number | null> {
  return page.evaluate(() => (window as unknown as { __marker?: number }).__marker ?? null);
}

/** The normal app's furniture, hidden while presenting. */
async function expectNormalApp(page: Page): Promise<void> {
  await expect(page.locator('.caption')).toHaveCount(0);
  await expect(page.locator('.app')).not.toHaveClass(/\bpresenting\b/);
  await expect(page.locator('header.header')).toBeVisible();
  await expect(page.locator('aside.sidebar')).toBeVisible();
  await expect(page.locator('aside.panel')).toBeVisible();
  await expectParam(page, 'p', null);
}

async function expectPresenting(page: Page): Promise<void> {
  await expect(page.locator('.caption')).toBeVisible();
  await expect(page.locator('.app')).toHaveClass(/\bpresenting\b/);
  await expect(page.locator('header.header')).toHaveCount(0);
  await expect(page.locator('aside.sidebar')).toHaveCount(0);
  await expect(page.locator('aside.panel')).toHaveCount(0);
}

test('F5 and Shift+F5 start the deck without reloading the page; Esc leaves it', async ({ page }) => {
  await openDeckPage(page);
  await mark(page);
  const f5 = await watchF5(page);
  let loads = 0;
  page.on('load', () => loads++);

  await page.keyboard.press('F5');
  await expectPresenting(page);
  await expectDeckStep(page, stepId(0), 0, N);
  await expect(page.locator('.app')).toHaveClass(/\btheme-dark\b/);
  await expectParam(page, 'p', '1');
  expect(await marker(page), 'F5 did not reload the page').toBe(1);

  await page.keyboard.press('Escape');
  await expectNormalApp(page);
  await expect(page.locator('.app')).toHaveClass(/\btheme-light\b/);

  await page.keyboard.press('Shift+F5');
  await expectPresenting(page);
  await expectDeckStep(page, stepId(0), 0, N);
  expect(await marker(page), 'Shift+F5 did not reload the page').toBe(1);

  // F5 while presenting neither restarts the deck nor reloads.
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(1), 1, N);
  await page.keyboard.press('F5');
  // The page has handled that F5 (the watcher runs after the deck's own listener), and drawn since.
  await expect.poll(async () => (await f5()).length).toBe(3);
  await framesDrawn(page);
  await expectStillOn(page, 1);
  expect(await marker(page)).toBe(1);
  expect(loads, 'no page load after the first').toBe(0);
  expect(await f5(), 'every F5 (and Shift+F5) was kept from the browser').toEqual([true, true, true]);
});

test('PageDown and PageUp step through the deck: counter, card, URL and highlighted district follow', async ({
  page,
}) => {
  await openDeckPage(page);
  await page.keyboard.press('F5');
  await expectDeckStep(page, stepId(0), 0, N);

  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(1), 1, N);
  await expectParam(page, 'p', '2');
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(2), 2, N);
  await expectParam(page, 'p', '3');
  await page.keyboard.press('PageUp');
  await expectDeckStep(page, stepId(1), 1, N);
  await expectParam(page, 'p', '2');
  await page.keyboard.press('PageUp');
  await expectDeckStep(page, stepId(0), 0, N);
  await expectParam(page, 'p', '1');
  // PageUp on the first step stays there.
  await page.keyboard.press('PageUp');
  await framesDrawn(page);
  await expectStillOn(page, 0);

  // Walk to the first district step with PageDown, then on to the next district and back.
  const d = firstDistrictStep();
  for (let i = 1; i <= d; i++) {
    await page.keyboard.press('PageDown');
    await expectDeckStep(page, stepId(i), i, N);
  }
  for (const [i, key] of [
    [d, null],
    [d + 1, 'PageDown'],
    [d, 'PageUp'],
  ] as const) {
    if (key) await page.keyboard.press(key);
    const step = TOUR[i];
    if (step?.focus.type !== 'district') throw new Error('not a district step');
    const slug = step.focus.district;
    await expectDeckStep(page, `district-${slug}`, i, N);
    await expectParam(page, 'p', String(i + 1));
    await expectParam(page, 'd', slug);
  }
});

test('digits then Enter jump to a step; Home and End go to the ends', async ({ page }) => {
  await openDeckPage(page);
  await page.keyboard.press('F5');
  await expectDeckStep(page, stepId(0), 0, N);

  await page.keyboard.press('1');
  await page.keyboard.press('0');
  await framesDrawn(page);
  await expectStillOn(page, 0); // digits alone do not move
  await page.keyboard.press('Enter');
  await expectDeckStep(page, stepId(9), 9, N);
  await expectParam(page, 'p', '10');

  await page.keyboard.press('End');
  await expectDeckStep(page, stepId(N - 1), N - 1, N);
  await expectParam(page, 'p', String(N));
  await page.keyboard.press('Home');
  await expectDeckStep(page, stepId(0), 0, N);
  await expectParam(page, 'p', '1');

  // A single digit, and a number past the end (clamped to the last step).
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expectDeckStep(page, stepId(2), 2, N);
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expectDeckStep(page, stepId(N - 1), N - 1, N);
});

test('"." blanks the screen and brings it back; "?" shows the keys; Esc closes help, then leaves', async ({ page }) => {
  await openDeckPage(page);
  await page.keyboard.press('F5');
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(1), 1, N);

  const blackout = page.getByTestId('blackout');
  await expect(blackout).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(blackout).toBeVisible();
  const box = await blackout.boundingBox();
  const vp = page.viewportSize();
  expect(box, 'the blank covers the screen').toEqual({ x: 0, y: 0, width: vp?.width, height: vp?.height });
  await page.keyboard.press('.');
  await expect(blackout).toHaveCount(0);
  await expectDeckStep(page, stepId(1), 1, N);
  await page.keyboard.press('b');
  await expect(blackout).toBeVisible();
  await page.keyboard.press('B');
  await expect(blackout).toHaveCount(0);

  const help = page.locator('.deck-help');
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading')).toHaveText('演示操作');
  await expect(help.locator('kbd').first()).toBeVisible();
  await page.keyboard.press('?');
  await expect(help).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expectPresenting(page);

  await page.keyboard.press('.');
  await expect(blackout).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(blackout).toHaveCount(0);
  await expectPresenting(page);

  await page.keyboard.press('Escape');
  await expectNormalApp(page);
  await expect(page.locator('.panel-body')).toHaveAttribute('data-view', 'overview');
});

test('presentation keys are ignored while the search box holds a query; F5 starts the deck once it is empty', async ({
  page,
}) => {
  await openDeckPage(page);
  await mark(page);
  const f5 = await watchF5(page);
  const search = page.getByRole('combobox');
  await search.focus();

  // Typed characters reach the box, the deck's keys among them.
  await page.keyboard.type('n.b');
  await expect(search).toHaveValue('n.b');
  expect(await captionStep(page)).toBeNull();
  await expectParam(page, 'p', null);

  await page.keyboard.press('F5');
  await expect.poll(async () => (await f5()).length, 'the page has handled the F5').toBe(1);
  await framesDrawn(page);
  expect(await captionStep(page), 'F5 in a search box with a query does not start the deck').toBeNull();
  expect(await pageParam(page, 'p')).toBeNull();
  await expect(page.locator('.app')).not.toHaveClass(/\bpresenting\b/);
  await expect(search).toBeFocused();
  expect(await marker(page), 'the page was not reloaded').toBe(1);

  await page.keyboard.press('Shift+F5');
  await expect.poll(async () => (await f5()).length, 'the page has handled the Shift+F5').toBe(2);
  await framesDrawn(page);
  expect(await captionStep(page)).toBeNull();
  expect(await pageParam(page, 'p')).toBeNull();

  // Emptied, the box still has focus, and a clicker's F5 starts the deck.
  await search.fill('');
  await expect(search).toBeFocused();
  await page.keyboard.press('F5');
  await expectDeckStep(page, stepId(0), 0, N);
  // With a query F5 was left to the browser (a real one reloads); with the box empty the deck took it.
  expect(await f5()).toEqual([false, false, true]);
});

test('leaving the deck restores the district and layers the presenter had', async ({ page }) => {
  await openDeckPage(page, '?d=minhang&l=funds,projects');
  await expect(page.locator('.panel-body')).toHaveAttribute('data-district', 'minhang');
  await page.keyboard.press('F5');
  await expectDeckStep(page, stepId(0), 0, N);
  // The deck shows everything: no district, every layer.
  await expectParam(page, 'd', null);
  await expectParam(page, 'l', null);
  const d = firstDistrictStep();
  await page.keyboard.type(String(d + 1));
  await page.keyboard.press('Enter');
  await expectDeckStep(page, stepId(d), d, N);
  await page.keyboard.press('Escape');
  await expectNormalApp(page);
  await expect(page.locator('.panel-body')).toHaveAttribute('data-district', 'minhang');
  await expectParam(page, 'd', 'minhang');
  await expectParam(page, 'l', 'funds,projects');
  await expect(page.locator('.app')).toHaveClass(/\btheme-light\b/);
});

test("the browser's Back button leaves the deck", async ({ page }) => {
  await openDeckPage(page, '?d=xuhui');
  await page.keyboard.press('F5');
  await expectDeckStep(page, stepId(0), 0, N);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(2), 2, N);
  await page.goBack();
  await expectNormalApp(page);
  await expect(page.locator('.panel-body')).toHaveAttribute('data-district', 'xuhui');
  await expectParam(page, 'd', 'xuhui');
});

test('a deep link /?p=5 opens the deck at step 5', async ({ page }) => {
  await openDeckPage(page, '?p=5');
  await expectPresenting(page);
  await expectDeckStep(page, stepId(4), 4, N);
  await expect(page.locator('.app')).toHaveClass(/\btheme-dark\b/);
  await expectParam(page, 'p', '5');
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, stepId(5), 5, N);
  await expectParam(page, 'p', '6');
  // Leaving a deck opened by a link lands on the city overview.
  await page.keyboard.press('Escape');
  await expectNormalApp(page);
  await expect(page.locator('.panel-body')).toHaveAttribute('data-view', 'overview');
});

test('a deep link past the end opens the last step, and an English one shows English', async ({ page }) => {
  await openDeckPage(page, `?p=${N + 10}`);
  await expectDeckStep(page, stepId(N - 1), N - 1, N);
  await expectParam(page, 'p', String(N));

  const d = firstDistrictStep();
  const step = TOUR[d];
  await openDeckPage(page, `?p=${d + 1}&lang=en`);
  await expectDeckStep(page, stepId(d), d, N);
  if (step?.focus.type !== 'district') throw new Error('not a district step');
  await expect(page.locator('.caption-title')).toHaveText(MODEL.districtBySlug[step.focus.district].name.en);
  await expectParam(page, 'd', step.focus.district);
});

test('autoplay shows each step, in tour order, for its full interval once the map has drawn it', async ({
  page,
}, info) => {
  const interval = 3_000;
  const read = await watchDeck(page);
  await page.goto(`/?p=1&autoplay=${interval / 1000}`);
  await expectDeckStep(page, stepId(0), 0, N);
  await expect(page.locator('.deck-autoplay-state')).toHaveText('自动播放：每 3 秒');
  // Three steps on by itself. How long that takes depends on how fast this machine draws the
  // map; when each step was drawn and when the next replaced it is checked from the page's clock.
  await expect(page.locator('.caption')).toHaveAttribute('data-step', stepId(3), { timeout: 60_000 });
  const log = await read();
  expect(
    log.shown.slice(0, 4).map((s) => s.step),
    'the steps in tour order, none skipped',
  ).toEqual([0, 1, 2, 3].map(stepId));
  for (let i = 0; i < 3; i++) {
    const shown = log.shown[i];
    const next = log.shown[i + 1];
    if (!shown || !next) throw new Error('missing steps');
    const during = (name: string) =>
      log.marks.find((m) => m.name === name && m.step === i && m.at >= shown.at && m.at <= next.at);
    const drawn = during(DECK_MARK.drawn);
    const advance = during(DECK_MARK.advance);
    expect(drawn, `step ${i + 1} was drawn while it was shown`).toBeDefined();
    expect(advance, `autoplay moved on from step ${i + 1}`).toBeDefined();
    if (!drawn || !advance) continue;
    const onScreen = next.at - drawn.at;
    info.annotations.push({
      type: 'autoplay',
      description: `step ${i + 1}: drawn ${Math.round(drawn.at - shown.at)} ms after it was shown, then on screen ${Math.round(onScreen)} ms until the next`,
    });
    // A timer never fires early; 5 ms covers the rounding of the page's clock.
    expect(advance.at - drawn.at, `step ${i + 1}: the app's clock ran the full interval`).toBeGreaterThanOrEqual(
      interval - 5,
    );
    expect(onScreen, `step ${i + 1} stayed on screen, drawn, for the full interval`).toBeGreaterThanOrEqual(
      interval - 5,
    );
    expect(onScreen, `step ${i + 1}: the next step came about one interval later`).toBeLessThan(interval * 1.5);
  }
  // The first step's time starts when the WebGL map has first drawn it, however long loading took.
  expect(log.ready, 'the map took over from the SVG drawing').not.toBeNull();
  const second = log.shown[1]?.at ?? NaN;
  expect(second - (log.ready ?? NaN), 'the first step had its full interval on the real map').toBeGreaterThan(
    interval - 250,
  );
});

test('any key pauses autoplay: the deck then stays put however long it waits, and A resumes it', async ({ page }) => {
  const interval = 3_000;
  // The page's timers run on a clock the test can move on, so waiting costs no real time.
  await page.clock.install();
  await page.goto(`/?p=1&autoplay=${interval / 1000}`);
  await expectDeckStep(page, stepId(0), 0, N);
  const deck = page.locator('.deck');
  await expect(deck).toHaveAttribute('data-drawn', 'true', { timeout: DECK_TIMEOUT });
  await expect(page.locator('.caption'), 'autoplay moves on by itself').toHaveAttribute('data-step', stepId(1), {
    timeout: DECK_TIMEOUT,
  });
  await expect(deck).toHaveAttribute('data-drawn', 'true', { timeout: DECK_TIMEOUT });

  await page.keyboard.press('x');
  await expect(page.locator('.deck-autoplay-state')).toHaveText('自动播放已暂停');
  const paused = await captionStep(page);
  const at = paused === null ? -1 : TOUR.findIndex((s) => s.id === paused);
  expect(at, 'the key press itself did not step (x is not a deck key)').toBeGreaterThanOrEqual(1);
  // The step is drawn: only the pause keeps it on screen now.
  await expect(deck).toHaveAttribute('data-drawn', 'true', { timeout: DECK_TIMEOUT });
  await page.clock.runFor(DRAW_TIMEOUT_MS + 10 * interval);
  expect(await pageParam(page, 'p'), `still on step ${at + 1} after ten intervals`).toBe(String(at + 1));
  expect(await captionStep(page)).toBe(paused);

  // A resumes: the step gets a full interval again, then the deck moves on.
  await page.keyboard.press('a');
  await expect(page.locator('.deck-autoplay-state')).toHaveText('自动播放：每 3 秒');
  await page.clock.runFor(interval);
  await expectDeckStep(page, stepId(at + 1), at + 1, N);
});

test('autoplay pauses on a clicker key too: PageDown steps once, then the deck waits', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?p=1&autoplay=3');
  await expectDeckStep(page, stepId(0), 0, N);
  await page.keyboard.press('PageDown');
  await expect(page.locator('.deck-autoplay-state')).toHaveText('自动播放已暂停');
  const paused = await captionStep(page);
  expect(paused === stepId(1) || paused === stepId(2), `on ${paused}`).toBe(true);
  await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: DECK_TIMEOUT });
  await page.clock.runFor(DRAW_TIMEOUT_MS + 10 * 3_000);
  expect(await captionStep(page)).toBe(paused);
  expect(await pageParam(page, 'p')).toBe(paused === stepId(1) ? '2' : '3');
});
