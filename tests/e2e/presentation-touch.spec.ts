/**
 * Presenting from the screen the room has: a touch panel (taps, swipes and pinches sent
 * as real touch events through the DevTools protocol) and a laptop with only a mouse.
 * Each runs the whole path through the deck at 1920×1080 (DPR 1) and on a 4K panel at
 * 200% (3840×2160 physical, DPR 2), in one page per size.
 */
import type { BrowserContext, Page } from '@playwright/test';
import {
  DECK_TIMEOUT,
  expect,
  expectDeckStep,
  framesDrawn,
  mapIdle,
  openDeckPage,
  pageParam,
  test,
  touchGesture,
  type Point,
} from './fixtures';
import { N, stepId } from './tour';

const SCREENS = [
  { name: '1920×1080 DPR 1', width: 1920, height: 1080, dpr: 1 },
  { name: '3840×2160 DPR 2', width: 1920, height: 1080, dpr: 2 },
] as const;

async function centre(page: Page, selector: string): Promise<Point> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The map's camera once the deck reports the step drawn (its framing waits for the deck's controls). */
async function camera(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: DECK_TIMEOUT });
  await mapIdle(page);
  return page.evaluate(() => {
    const hooks = (window as unknown as { __atlasMap?: { camera: () => { lng: number; lat: number; zoom: number } } })
      .__atlasMap;
    if (!hooks) throw new Error('window.__atlasMap is missing');
    return hooks.camera();
  });
}

function expectSameCamera(a: { lng: number; lat: number; zoom: number }, b: typeof a, what: string): void {
  expect(Math.abs(a.zoom - b.zoom), `${what}: zoom`).toBeLessThan(0.02);
  expect(Math.abs(a.lng - b.lng), `${what}: longitude`).toBeLessThan(0.002);
  expect(Math.abs(a.lat - b.lat), `${what}: latitude`).toBeLessThan(0.002);
}

/** A district whose badge sits on the map, clear of the card, for taps and pinches; not the step's subject. */
async function badgeOnMap(page: Page): Promise<{ slug: string; count: string; at: Point }> {
  await mapIdle(page);
  await framesDrawn(page);
  const found = await page.evaluate(() => {
    const card = document.querySelector('.caption')?.getBoundingClientRect();
    for (const el of document.querySelectorAll<HTMLElement>('.map-badge[data-district]')) {
      const r = el.getBoundingClientRect();
      if (el.classList.contains('selected') || r.width === 0) continue;
      if (card && r.right > card.left - 40) continue;
      if (r.top < 200 || r.bottom > window.innerHeight - 80) continue;
      return {
        slug: el.dataset.district ?? '',
        count: el.querySelector('[data-part="count"]')?.textContent ?? '',
        at: { x: r.left + r.width / 2, y: r.top + r.height / 2 },
      };
    }
    return null;
  });
  if (!found) throw new Error('no district badge clear of the card');
  return found;
}

/** Every visible control of the deck, with its size in CSS px. */
async function deckTargets(page: Page): Promise<{ what: string; w: number; h: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.deck button, .deck input')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .map(({ el, r }) => ({
        what: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim(),
        w: r.width,
        h: r.height,
      })),
  );
}

async function newScreen(
  browser: import('@playwright/test').Browser,
  s: (typeof SCREENS)[number],
  touch: boolean,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: s.width, height: s.height },
    deviceScaleFactor: s.dpr,
    hasTouch: touch,
  });
  return { context, page: await context.newPage() };
}

for (const s of SCREENS) {
  test(`touch only, ${s.name}: start, swipe, jump, tap a district and return, reset the map, pinch, leave`, async ({
    browser,
  }) => {
    // A whole deck path, each step drawn by software WebGL (four times the pixels at DPR 2).
    test.setTimeout(240_000);
    const { context, page } = await newScreen(browser, s, true);
    const cdp = await context.newCDPSession(page);
    await openDeckPage(page);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch screen').toBe(true);

    // Start from the desk's button.
    await page.touchscreen.tap(...(Object.values(await centre(page, '.present')) as [number, number]));
    await expectDeckStep(page, stepId(0), 0, N);

    // Every control of the deck is a finger's size; previous / next grow with the deck's type.
    for (const c of await deckTargets(page)) {
      expect(c.w, `${c.what}: width`).toBeGreaterThanOrEqual(44);
      expect(c.h, `${c.what}: height`).toBeGreaterThanOrEqual(44);
    }
    expect((await page.getByTestId('deck-next').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);

    // Swipe the card: three steps forward, one back.
    const card = await page.locator('.caption').boundingBox();
    if (!card) throw new Error('no caption card');
    const y = card.y + card.height * 0.45;
    const right = { x: card.x + card.width * 0.8, y };
    const left = { x: card.x + card.width * 0.2, y };
    for (let i = 1; i <= 3; i++) {
      await touchGesture(cdp, [right], [left]);
      await expectDeckStep(page, stepId(i), i, N);
    }
    await touchGesture(cdp, [left], [right]);
    await expectDeckStep(page, stepId(2), 2, N);

    // The counter opens the list of steps; a tap on one goes there.
    await page.touchscreen.tap(
      ...(Object.values(await centre(page, '[data-testid="deck-counter"]')) as [number, number]),
    );
    await expect(page.getByTestId('step-list')).toBeVisible();
    await page.touchscreen.tap(...(Object.values(await centre(page, '[data-step-index="0"]')) as [number, number]));
    await expect(page.getByTestId('step-list')).toHaveCount(0);
    await expectDeckStep(page, stepId(0), 0, N);

    // A tap on a district's badge: the card shows that district; nothing hovers; one tap returns.
    const before = await camera(page);
    const badge = await badgeOnMap(page);
    await page.touchscreen.tap(badge.at.x, badge.at.y);
    const detour = page.locator(`.caption-detour[data-detour="${badge.slug}"]`);
    await expect(detour).toBeVisible();
    await expect(page.getByTestId('detour-count')).toContainText(badge.count);
    await framesDrawn(page);
    await expect(page.locator('.tooltip'), 'no tooltip left behind by a finger').toHaveCount(0);
    await page.touchscreen.tap(
      ...(Object.values(await centre(page, '[data-testid="detour-back"]')) as [number, number]),
    );
    await expectDeckStep(page, stepId(0), 0, N);
    expectSameCamera(await camera(page), before, 'back from the detour');

    // A drag on the map pans it; one tap on "reset map" brings the step's framing back.
    const start = { x: Math.round(card.x * 0.45), y: Math.round(s.height * 0.55) };
    await touchGesture(cdp, [start], [{ x: start.x - 220, y: start.y - 120 }]);
    await expect(page.getByTestId('deck-reset')).toBeEnabled({ timeout: DECK_TIMEOUT });
    const panned = await camera(page);
    expect(
      Math.abs(panned.lng - before.lng) + Math.abs(panned.lat - before.lat),
      'the drag moved the map',
    ).toBeGreaterThan(0.01);
    await page.touchscreen.tap(
      ...(Object.values(await centre(page, '[data-testid="deck-reset"]')) as [number, number]),
    );
    await expect(page.getByTestId('deck-reset')).toBeDisabled();
    expectSameCamera(await camera(page), before, 'after reset');

    // A pinch that starts on a badge zooms the map.
    const target = await badgeOnMap(page);
    await touchGesture(
      cdp,
      [
        { x: target.at.x - 15, y: target.at.y },
        { x: target.at.x + 15, y: target.at.y },
      ],
      [
        { x: target.at.x - 160, y: target.at.y },
        { x: target.at.x + 160, y: target.at.y },
      ],
    );
    await expect(page.getByTestId('deck-reset')).toBeEnabled({ timeout: DECK_TIMEOUT });
    expect((await camera(page)).zoom - before.zoom, 'the pinch zoomed in').toBeGreaterThan(0.5);
    // The next step has its own framing again.
    await touchGesture(cdp, [right], [left]);
    await expectDeckStep(page, stepId(1), 1, N);
    await expect(page.getByTestId('deck-reset')).toBeDisabled();

    // Long presses select nothing and open no menu.
    const noMenu = await page.evaluate(() => {
      const el = document.querySelector('.caption-title');
      if (!el) return null;
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      return { userSelect: getComputedStyle(el).userSelect, menuOpened: el.dispatchEvent(menu) };
    });
    expect(noMenu).toEqual({ userSelect: 'none', menuOpened: false });

    // Blank and back by touch, then leave.
    await page.touchscreen.tap(
      ...(Object.values(await centre(page, '[data-testid="deck-blank"]')) as [number, number]),
    );
    await expect(page.getByTestId('blackout')).toBeVisible();
    await page.touchscreen.tap(s.width / 2, s.height / 2);
    await expect(page.getByTestId('blackout')).toHaveCount(0);
    await expectDeckStep(page, stepId(1), 1, N);
    await page.touchscreen.tap(...(Object.values(await centre(page, '[data-testid="deck-exit"]')) as [number, number]));
    await expect(page.locator('.caption')).toHaveCount(0);
    await expect(page.locator('.present')).toBeVisible();
    await context.close();
  });

  test(`mouse only, ${s.name}: start, next and back, jump, click a district and return, reset the map, leave`, async ({
    browser,
  }) => {
    // A whole deck path, each step drawn by software WebGL (four times the pixels at DPR 2).
    test.setTimeout(240_000);
    const { context, page } = await newScreen(browser, s, false);
    await openDeckPage(page);
    await page.locator('.present').click();
    await expectDeckStep(page, stepId(0), 0, N);
    for (let i = 1; i <= 3; i++) {
      await page.getByTestId('deck-next').click();
      await expectDeckStep(page, stepId(i), i, N);
    }
    await page.getByTestId('deck-prev').click();
    await expectDeckStep(page, stepId(2), 2, N);

    const last = N - 1;
    await page.getByTestId('deck-counter').click();
    await page.locator(`[data-step-index="${last}"]`).click();
    await expectDeckStep(page, stepId(last), last, N);
    await page.getByTestId('deck-counter').click();
    await page.locator('[data-step-index="0"]').click();
    await expectDeckStep(page, stepId(0), 0, N);

    // A click on a district is a detour, as a tap is; the card comes back with one click.
    const before = await camera(page);
    const badge = await badgeOnMap(page);
    await page.mouse.click(badge.at.x, badge.at.y);
    await expect(page.locator(`.caption-detour[data-detour="${badge.slug}"]`)).toBeVisible();
    await page.getByTestId('detour-back').click();
    await expectDeckStep(page, stepId(0), 0, N);

    // Dragged with the mouse, the map comes back with "reset map".
    const card = await page.locator('.caption').boundingBox();
    if (!card) throw new Error('no caption card');
    const from = { x: card.x * 0.45, y: s.height * 0.55 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x - 25 * i, from.y - 12 * i);
    await page.mouse.up();
    await page.getByTestId('deck-reset').click();
    await expect(page.getByTestId('deck-reset')).toBeDisabled();
    expectSameCamera(await camera(page), before, 'after reset');

    // Blank with the mouse; a click on the black screen brings the step back.
    await page.getByTestId('deck-blank').click();
    await expect(page.getByTestId('blackout')).toBeVisible();
    await page.mouse.click(s.width / 2, s.height / 2);
    await expect(page.getByTestId('blackout')).toHaveCount(0);
    await page.getByTestId('deck-exit').click();
    await expect(page.locator('.caption')).toHaveCount(0);
    await context.close();
  });
}

test('a deck chosen for the meeting: ?steps= drives the counter, keys and presenter view, and the list edits it', async ({
  browser,
}) => {
  // A 1366×768 laptop: the presenter window must open at a size that fits it.
  const context = await browser.newContext({
    viewport: { width: 1366, height: 728 },
    screen: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const open = window.open.bind(window);
    (window as unknown as { openedWith: string[] }).openedWith = [];
    window.open = (url, target, features) => {
      (window as unknown as { openedWith: string[] }).openedWith.push(String(features));
      return open(url, target, features);
    };
  });
  const chosen = [1, 10, 11, 25];
  const ids = chosen.map((n) => stepId(n - 1));
  await openDeckPage(page, `?steps=${chosen.join(',')}&p=1`);
  await expectDeckStep(page, ids[0] ?? '', 0, 4);
  await page.keyboard.press('PageDown');
  await expectDeckStep(page, ids[1] ?? '', 1, 4);
  await page.keyboard.press('End');
  await expectDeckStep(page, ids[3] ?? '', 3, 4);
  expect(await pageParam(page, 'steps')).toBe('1,10,11,25');
  expect(await pageParam(page, 'p')).toBe('4');

  // The presenter view walks the same four steps, and steps the projector back.
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  const presenter = await popup;
  await expect(presenter.locator('.presenter')).toBeVisible({ timeout: DECK_TIMEOUT });
  await expectDeckStep(presenter, ids[3] ?? '', 3, 4);
  await expect(presenter.getByTestId('presenter-next')).toHaveText('—');
  const features = await page.evaluate(() => (window as unknown as { openedWith: string[] }).openedWith[0] ?? '');
  const asked = Object.fromEntries(features.split(',').map((f) => f.split('=')));
  const avail = await page.evaluate(() => ({ w: screen.availWidth, h: screen.availHeight }));
  expect(Number(asked.width), 'the presenter window fits the screen').toBeLessThanOrEqual(avail.w - 40);
  expect(Number(asked.height), 'the presenter window fits the screen').toBeLessThanOrEqual(avail.h - 40);
  await presenter.getByRole('button', { name: /上一页/ }).click();
  await expectDeckStep(page, ids[2] ?? '', 2, 4);
  await presenter.close();

  // Choosing again in the list: drop step 11; the link and the counter follow, the step shown stays.
  await page.getByTestId('deck-counter').click();
  await page.getByTestId('choose-steps').click();
  await page.getByTestId('choose-11').uncheck();
  await page.getByTestId('choose-done').click();
  await expect(page.getByTestId('steps-chosen')).toHaveText('本次演示：3 页');
  await page.getByRole('button', { name: '关闭' }).click();
  expect(await pageParam(page, 'steps')).toBe('1,10,25');
  await expectDeckStep(page, ids[0] ?? '', 0, 3);

  // A step key on a blank screen only brings the picture back.
  await page.keyboard.press('.');
  await expect(page.getByTestId('blackout')).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('blackout')).toHaveCount(0);
  await expectDeckStep(page, ids[0] ?? '', 0, 3);
  await context.close();
});
