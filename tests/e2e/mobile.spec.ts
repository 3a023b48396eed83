/**
 * A shared link opened on a phone or a tablet (issue 20), in Chromium's mobile emulation:
 * touch, DPR 2, a layout viewport the size of the screen. One page per screen size sweeps
 * the layout (the map's box, no sideways scroll, type and finger-sized controls, the
 * badges), a district opened from the list and from the map, and the sheet made full and
 * closed; the phone also swipes through the deck.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, expectDeckStep, mapIdle, openAtlas, openDeckPage, test, touchGesture, type Point } from './fixtures';
import { STRINGS } from '../../src/i18n/strings';
import { MODEL, N, stepId } from './tour';

const SCREENS = [
  { name: 'phone 390×844', width: 390, height: 844, phone: true },
  { name: 'phone 360×800', width: 360, height: 800, phone: true },
  { name: 'tablet 768×1024', width: 768, height: 1024, phone: false },
  { name: 'phone on its side 844×390', width: 844, height: 390, phone: true },
] as const;

type Rect = { x: number; y: number; w: number; h: number };

async function mobilePage(browser: Browser, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    // Sharing copies the link where the browser has no share sheet (desktop Linux Chromium has none).
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return context.newPage();
}

async function rect(page: Page, selector: string): Promise<Rect> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return { x: b.x, y: b.y, w: b.width, h: b.height };
}

/** Taps the middle of an element once the sheet and the drawer have stopped moving. */
async function tap(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const r = await rect(page, selector);
  await page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
}

/** How far the page scrolls sideways beyond the screen (0 when it does not). */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

/** The smallest font size of any text a user can see on screen, and where it is. */
async function smallestText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let least = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim()) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      // Screen-reader-only text is a 1 px box; text scrolled or clipped out of view is not seen.
      if (r.width <= 1 || r.height <= 1 || r.right <= 0 || r.bottom <= 0) continue;
      if (r.left >= window.innerWidth || r.top >= window.innerHeight) continue;
      const hit = document.elementFromPoint(
        Math.min(window.innerWidth - 1, Math.max(0, r.left + r.width / 2)),
        Math.min(window.innerHeight - 1, Math.max(0, r.top + r.height / 2)),
      );
      // Covered by something else (the sheet over the map): not seen either.
      if (hit && !el.contains(hit) && !hit.contains(el)) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < least.px) least = { px, text: n.textContent.trim().slice(0, 40) };
    }
    return least;
  });
}

/** The smallest control a finger can see and press, and which. */
async function smallestTarget(page: Page): Promise<{ px: number; what: string }> {
  return page.evaluate(() => {
    let least = { px: Infinity, what: '' };
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="checkbox"]), summary, select, label.toggle, [role="button"]',
    );
    for (const el of controls) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= 0 || r.bottom <= 0) continue;
      if (r.left >= window.innerWidth || r.top >= window.innerHeight) continue;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit && !el.contains(hit) && !hit.contains(el)) continue;
      const px = Math.min(r.width, r.height);
      if (px < least.px) least = { px, what: `${el.tagName} ${el.className} ${el.textContent?.trim().slice(0, 20)}` };
    }
    return least;
  });
}

/** Every district badge's box, by slug. */
async function badges(page: Page): Promise<{ slug: string; count: string; r: Rect }[]> {
  return page.locator('.map-badge[data-district]').evaluateAll((els) =>
    els.map((el) => {
      const b = el.getBoundingClientRect();
      return {
        slug: el.getAttribute('data-district') ?? '',
        count: el.querySelector('[data-part="count"]')?.textContent ?? '',
        r: { x: b.left, y: b.top, w: b.width, h: b.height },
      };
    }),
  );
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/** Where keyboard focus is: in the menu drawer (its tools or the sidebar), on the menu button, or elsewhere. */
async function focusedIn(page: Page): Promise<'drawer' | 'menu-button' | 'elsewhere'> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el?.closest('[data-testid="menu-button"]')) return 'menu-button';
    const drawer = el?.closest('.header-tools, .sidebar');
    return drawer && getComputedStyle(drawer).position === 'fixed' ? 'drawer' : 'elsewhere';
  });
}

/** The focused element, named well enough to tell two apart. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.tagName} ${el.className} ${el.getAttribute('data-testid') ?? ''} ${el.textContent?.trim().slice(0, 30)}`
      : '';
  });
}

async function expectLaidOut(page: Page, phone: boolean, where: string): Promise<void> {
  expect(await sidewaysScroll(page), `${where}: no sideways scroll`).toBeLessThanOrEqual(0);
  if (phone) {
    const text = await smallestText(page);
    expect(text.px, `${where}: smallest text ("${text.text}")`).toBeGreaterThanOrEqual(14);
  }
  const target = await smallestTarget(page);
  expect(target.px, `${where}: smallest tap target (${target.what})`).toBeGreaterThanOrEqual(44);
}

for (const s of SCREENS) {
  const upright = s.height > s.width;
  test(`${s.name}: the map first, nothing too small, every badge apart, a district's sheet opened, made full and closed`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await mobilePage(browser, s.width, s.height);
    await openAtlas(page, '', 60_000);
    const where = s.name;

    // The map: full width (beside the sheet on its side), right under the one-line header.
    const header = await rect(page, '.header');
    expect(header.h, `${where}: one-line header`).toBeLessThanOrEqual(60);
    const map = await rect(page, '.map-wrap');
    const panel = await rect(page, '.panel');
    expect(map.x, `${where}: map at the left edge`).toBe(0);
    expect(Math.abs(map.y - (header.y + header.h)), `${where}: map under the header`).toBeLessThanOrEqual(1);
    if (upright) {
      expect(map.w, `${where}: map full width`).toBe(s.width);
      // The sheet peeks over the map's foot: what shows of the map is most of the screen.
      expect(Math.min(map.y + map.h, panel.y) - map.y, `${where}: map height`).toBeGreaterThanOrEqual(0.55 * s.height);
    } else {
      expect(panel.x, `${where}: sheet beside the map`).toBeGreaterThanOrEqual(map.x + map.w - 1);
      expect(map.w, `${where}: map wider than the sheet`).toBeGreaterThan(panel.w);
      expect(map.h, `${where}: map height`).toBeGreaterThanOrEqual(s.height - header.h - 40);
    }
    await expectLaidOut(page, s.phone, `${where}, city`);

    // All sixteen badges, each inside the map, none over another.
    await expect(page.locator('.map-badge[data-district]')).toHaveCount(MODEL.districts.length);
    const all = await badges(page);
    for (const b of all) {
      expect(b.count, `${where}: ${b.slug} has its count`).toMatch(/^\d+$/);
      expect(b.r.x, `${where}: ${b.slug} inside the map`).toBeGreaterThanOrEqual(map.x);
      expect(b.r.y, `${where}: ${b.slug} inside the map`).toBeGreaterThanOrEqual(map.y);
      expect(b.r.x + b.r.w, `${where}: ${b.slug} inside the map`).toBeLessThanOrEqual(map.x + map.w);
      expect(b.r.y + b.r.h, `${where}: ${b.slug} inside the map`).toBeLessThanOrEqual(map.y + map.h);
    }
    for (const [i, a] of all.entries())
      for (const b of all.slice(i + 1))
        expect(overlap(a.r, b.r), `${where}: ${a.slug} and ${b.slug} apart`).toBe(false);

    // A tap on a badge on the map opens its district; back to the city.
    const pudong = all.find((b) => b.slug === 'pudong');
    if (!pudong) throw new Error('no badge for Pudong');
    await page.touchscreen.tap(pudong.r.x + pudong.r.w / 2, pudong.r.y + pudong.r.h / 2);
    await expect(page.locator('.panel .panel-title')).toHaveText(MODEL.districtBySlug.pudong.name.zh);
    await tap(page, upright ? '[data-testid="sheet-close"]' : '.panel .back');
    await expect(page.locator('.panel [data-view="overview"]')).toBeAttached();

    // The menu: the district list a tap away, then a district from it.
    await tap(page, '[data-testid="menu-button"]');
    await expect(page.locator('.sidebar')).toBeInViewport({ ratio: 0.9 });
    await expectLaidOut(page, s.phone, `${where}, menu`);

    // Focus: into the drawer when it opens; Tab goes round its controls and the menu button (✕),
    // never behind it; Escape closes it and gives focus back to the menu button.
    await expect.poll(() => focusedIn(page), { message: `${where}: focus in the drawer` }).toBe('drawer');
    const first = await focusedName(page);
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByTestId('menu-button')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedIn(page), `${where}: Shift+Tab from ✕ to the drawer's last control`).toBe('drawer');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('menu-button')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedName(page), `${where}: round to the drawer's first control`).toBe(first);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await focusedIn(page), `${where}: Tab stays in the drawer`).not.toBe('elsewhere');
    }
    await page.keyboard.press('Escape');
    await expect(page.locator('.sidebar'), `${where}: Escape closes the drawer`).not.toBeInViewport();
    await expect(page.getByTestId('menu-button'), `${where}: focus back on the menu button`).toBeFocused();
    await tap(page, '[data-testid="menu-button"]');
    await expect(page.locator('.sidebar')).toBeInViewport({ ratio: 0.9 });

    // The credit line, cut short under the map, is whole at the drawer's foot.
    const credits = page.getByTestId('credits').locator('p');
    await credits.scrollIntoViewIfNeeded();
    await expect(credits).toHaveText(STRINGS.zh.attribution);
    await expect(credits).toBeInViewport({ ratio: 1 });
    const cut = await credits.evaluate(
      (el) =>
        el.scrollWidth > el.clientWidth + 1 ||
        el.scrollHeight > el.clientHeight + 1 ||
        getComputedStyle(el).textOverflow === 'ellipsis',
    );
    expect(cut, `${where}: the credit line is not cut`).toBe(false);
    expect(await credits.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
    if (s.width === 390) {
      // Linux Chromium has no share sheet: the link is copied, and the app says so.
      expect(await page.evaluate(() => typeof navigator.share), 'no share sheet here').toBe('undefined');
      await tap(page, '[data-testid="share"]');
      await expect(page.getByTestId('share-said')).toHaveText(STRINGS.zh.small.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    }
    const district = MODEL.districts.find((d) => d.slug === 'yangpu') ?? MODEL.districts[0];
    if (!district) throw new Error('no districts');
    const listed = page.locator(`.sidebar button[data-district="${district.slug}"]`);
    await listed.scrollIntoViewIfNeeded();
    const records = Number(/\d+/.exec((await listed.locator('.count').textContent()) ?? '')?.[0]);
    await tap(page, `.sidebar button[data-district="${district.slug}"]`);
    await expect(page.locator('.sidebar'), `${where}: the drawer closes`).not.toBeInViewport();
    await expect(page.locator('.panel .panel-title')).toHaveText(district.name.zh);
    await expect(page.locator('.panel .record-item')).toHaveCount(records);
    await expect(page.locator('.panel')).toBeInViewport();
    await mapIdle(page);
    await expectLaidOut(page, s.phone, `${where}, ${district.slug}`);

    if (upright) {
      // Half way up, over the map; then full; then closed, back to the city.
      await expect(page.locator('.panel')).toHaveAttribute('data-sheet', 'half');
      const half = await rect(page, '.panel');
      expect(half.y, `${where}: the half sheet leaves the map's upper part`).toBeGreaterThanOrEqual(
        header.y + header.h + 0.5 * (s.height - header.h),
      );
      await tap(page, '[data-testid="sheet-grip"]');
      await expect(page.locator('.panel')).toHaveAttribute('data-sheet', 'full');
      await expect
        .poll(async () => (await rect(page, '.panel')).y, { message: `${where}: full sheet up to the header` })
        .toBeLessThanOrEqual(header.y + header.h + 1);
      await tap(page, '[data-testid="sheet-close"]');
      await expect(page.locator('.panel')).toHaveAttribute('data-sheet', 'peek');
      await expect(page.locator('.panel [data-view="overview"]')).toBeAttached();
      await expect.poll(async () => (await rect(page, '.panel')).h).toBeLessThan(0.15 * s.height);
    } else {
      await tap(page, '.panel .back');
      await expect(page.locator('.panel [data-view="overview"]')).toBeAttached();
    }

    await page.context().close();
  });
}

/** Boxes of the deck's controls over the map, which no badge may cover. */
const DECK_OVER_MAP = ['.deck-toolbar', '.deck-legend', '.deck-locator'] as const;

test('phone 390×844 and upright tablet 768×1024: the deck is a vertical story, the map above the card, its badges apart and clear of the card, and swipes step it both ways', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const page = await mobilePage(browser, 390, 844);
  const cdp = await page.context().newCDPSession(page);
  await openDeckPage(page, '?p=10', 60_000);
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
  ] as const) {
    const where = `deck ${width}×${height}`;
    await page.setViewportSize({ width, height });
    await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: 60_000 });
    await expectDeckStep(page, stepId(9), 9, N);
    await mapIdle(page);
    // The map's width follows the window; wait for the overlay laid out on the new map.
    await expect.poll(async () => (await rect(page, '.map-wrap')).w, { message: where }).toBe(width);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await mapIdle(page);
    const map = await rect(page, '.map-wrap');
    const card = await rect(page, '.caption');
    expect(map.x, `${where}: the map at the left edge`).toBe(0);
    expect(map.h, `${where}: the map a good part of the screen`).toBeGreaterThanOrEqual(0.4 * height);
    expect(card.y, `${where}: the card below the map`).toBeGreaterThanOrEqual(map.y + map.h);
    expect(card.w, `${where}: the card full width`).toBeGreaterThanOrEqual(width - 1);
    expect(card.y + card.h, `${where}: the card on screen`).toBeLessThanOrEqual(height + 0.5);
    expect(await sidewaysScroll(page), `${where}: no sideways scroll`).toBeLessThanOrEqual(0);

    // The badges on the map: inside it, apart, clear of the card and of the controls over the map.
    const shown = (await badges(page)).filter((b) => b.r.w > 0);
    expect(shown.length, `${where}: badges on the map`).toBeGreaterThanOrEqual(3);
    expect(
      shown.map((b) => b.slug),
      `${where}: the step's district named`,
    ).toContain('yangpu');
    const over: { what: string; r: Rect }[] = [{ what: 'card', r: card }];
    for (const sel of DECK_OVER_MAP)
      if ((await page.locator(sel).count()) > 0) over.push({ what: sel, r: await rect(page, sel) });
    expect(
      over.map((o) => o.what),
      `${where}: the locator is on a district's step`,
    ).toContain('.deck-locator');
    for (const b of shown) {
      expect(b.r.x, `${where}: ${b.slug} inside the map`).toBeGreaterThanOrEqual(map.x - 0.5);
      expect(b.r.y, `${where}: ${b.slug} inside the map`).toBeGreaterThanOrEqual(map.y - 0.5);
      expect(b.r.x + b.r.w, `${where}: ${b.slug} inside the map`).toBeLessThanOrEqual(map.x + map.w + 0.5);
      expect(b.r.y + b.r.h, `${where}: ${b.slug} inside the map`).toBeLessThanOrEqual(map.y + map.h + 0.5);
      for (const o of over) expect(overlap(b.r, o.r), `${where}: ${b.slug} clear of ${o.what}`).toBe(false);
    }
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1))
        expect(overlap(a.r, b.r), `${where}: ${a.slug} and ${b.slug} apart`).toBe(false);

    // A swipe left on the card is the next step, a swipe right the one before.
    const y = card.y + card.h * 0.45;
    const right: Point = { x: card.x + card.w * 0.85, y };
    const left: Point = { x: card.x + card.w * 0.15, y };
    await touchGesture(cdp, [right], [left]);
    await expectDeckStep(page, stepId(10), 10, N);
    await touchGesture(cdp, [left], [right]);
    await expectDeckStep(page, stepId(9), 9, N);
    await touchGesture(cdp, [left], [right]);
    await expectDeckStep(page, stepId(8), 8, N);
    // The keys still work: back to the district's step for the next size.
    await page.keyboard.press('PageDown');
    await expectDeckStep(page, stepId(9), 9, N);
  }
  await page.context().close();
});
