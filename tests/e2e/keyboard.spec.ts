/**
 * A keyboard-only walk through the app, from the top of the page: only page.keyboard
 * drives it (no clicks, no focus() calls). Along the way the focused control must show
 * a visible focus indicator.
 */
import type { Page } from '@playwright/test';
import { ALL, LAYERS, expectedRanking, expectedTotals, narrowIndustry, record } from './data';
import { countText, expect, expectParam, listCounts, mapIdle, test } from './fixtures';
import { loadModel } from './model';

const panel = '.panel-body';

/** Opens the app at `query` and waits for the map's first draw, patiently: the machine is shared. */
async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
  await mapIdle(page);
}

/** A short description of the focused element, for messages. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    const attrs = ['data-district', 'data-record', 'data-industry', 'data-layer', 'class', 'aria-label']
      .map((a) => (el.hasAttribute(a) ? `[${a}="${el.getAttribute(a)}"]` : ''))
      .join('');
    return `${el.tagName.toLowerCase()}${attrs} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  });
}

interface FocusStyle {
  element: string;
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  boxShadow: string;
  focusVisible: boolean;
}

/** How the focused element is drawn; null when nothing (the body) has focus. */
async function focusStyle(page: Page): Promise<FocusStyle | null> {
  const element = await focused(page);
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    return {
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow,
      focusVisible: el.matches(':focus-visible'),
    };
  });
  return style && { element, ...style };
}

/** An outline that is drawn, or a box shadow. */
function hasIndicator(s: FocusStyle): boolean {
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
  const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
  return outline || shadow;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`. Every stop on
 * the way must show a focus indicator too (checked softly, so the walk goes on).
 */
async function tabTo(page: Page, selector: string, { back = false, max = 250 } = {}): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const style = await focusStyle(page);
    if (style) expect.soft(hasIndicator(style), `Tab stop ${JSON.stringify(style)} has a focus indicator`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    path.push(style?.element ?? '(body)');
  }
  throw new Error(
    `${back ? 'Shift+Tab' : 'Tab'} did not reach ${selector} in ${max} presses; focus went:\n${path.slice(0, 60).join('\n')}`,
  );
}

/** The focused element shows a focus indicator: an outline that is drawn, or a box shadow. */
async function expectFocusIndicator(page: Page, what: string): Promise<void> {
  const style = await focusStyle(page);
  expect(style, `${what}: something is focused`).not.toBeNull();
  if (style) expect(hasIndicator(style), `${what} has a visible focus indicator: ${JSON.stringify(style)}`).toBe(true);
}

test('keyboard only: district, record, back, industry filter, clear, language, presentation', async ({ page }) => {
  test.setTimeout(180_000);
  const model = loadModel();
  await openAtlas(page);

  // From the top of the page, the first Tab stop is in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('header') !== null), await focused(page)).toBe(true);
  await expectFocusIndicator(page, 'the first Tab stop');

  // Tab to the district list and pick the district with the most records.
  const top = expectedRanking(ALL)[0];
  if (!top) throw new Error('no district has records');
  const districtButton = `button[data-district="${top.slug}"]`;
  await tabTo(page, districtButton);
  await expectFocusIndicator(page, 'a district button');
  await page.keyboard.press('Enter');
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'district');
  await expect(page.locator(panel)).toHaveAttribute('data-district', top.slug);
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(top.name.zh);
  await expect(page.locator(districtButton)).toHaveAttribute('aria-current', 'true');
  await expectParam(page, 'd', top.slug);
  await mapIdle(page);

  // Tab on into the panel, to one of the district's records, and open it.
  await tabTo(page, `${panel}[data-view="district"] button[data-record]`);
  await expectFocusIndicator(page, 'a record button in the district panel');
  const id = (await page.evaluate(() => document.activeElement?.getAttribute('data-record'))) ?? '';
  const r = record(id);
  const quote = model.recordById[id]?.quote;
  if (!quote) throw new Error(`record ${id} has no quote in the model`);
  await page.keyboard.press('Enter');
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'record');
  await expect(page.locator(panel)).toHaveAttribute('data-record', id);
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(r.name.zh);
  // Focus lands on the record's heading, not the page body: the next Tab goes on inside the panel.
  await expect(page.locator(`${panel} .panel-title`)).toBeFocused();
  await expectFocusIndicator(page, 'the record heading');
  await expect(page.locator(`${panel} blockquote.quote`)).toBeVisible();
  await expect(page.locator(`${panel} blockquote.quote`)).toContainText(quote);
  await expectParam(page, 'r', id);
  await mapIdle(page);

  // Esc steps back to the district.
  await page.keyboard.press('Escape');
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'district');
  await expect(page.locator(panel)).toHaveAttribute('data-district', top.slug);
  await expectParam(page, 'r', null);
  await expectParam(page, 'd', top.slug);
  await mapIdle(page);

  // Tab to an industry chip and toggle it with Space: the district list counts follow.
  const industry = narrowIndustry();
  const chip = `button[data-industry="${industry.id}"]`;
  const filtered = expectedTotals({ layers: LAYERS, industries: [industry.id] });
  expect(filtered, 'the industry changes the counts').not.toEqual(expectedTotals(ALL));
  await tabTo(page, chip);
  await expectFocusIndicator(page, 'an industry chip');
  await page.keyboard.press('Space');
  await expect(page.locator(chip)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => listCounts(page), { message: 'district list counts, filtered' }).toEqual(filtered);
  await expectParam(page, 'i', industry.id);
  await expectFocusIndicator(page, 'the pressed industry chip');

  // Back to the filter's clear button (it comes before the chips) and clear.
  await tabTo(page, 'section[aria-labelledby="industries-h"] .box-head button', { back: true });
  await expectFocusIndicator(page, 'the clear-filter button');
  await page.keyboard.press('Enter');
  await expect(page.locator('button[data-industry][aria-pressed="true"]')).toHaveCount(0);
  await expect.poll(() => listCounts(page), { message: 'district list counts, cleared' }).toEqual(expectedTotals(ALL));
  await expectParam(page, 'i', null);

  // Up to the header's language button: the interface switches to English.
  await tabTo(page, 'button.lang-switch', { back: true });
  await expectFocusIndicator(page, 'the language button');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('header h1')).toHaveText('Shanghai Innovation Atlas');
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(top.name.en);
  await expect(page.locator(`${districtButton} .count`)).toHaveText(
    countText(expectedTotals(ALL)[top.slug] ?? 0, 'en'),
  );
  await expectParam(page, 'lang', 'en');

  // The presentation button sits just before it: Enter starts the deck, Esc leaves it.
  await tabTo(page, 'button.present', { back: true });
  await expectFocusIndicator(page, 'the presentation button');
  await page.keyboard.press('Enter');
  await expect(page.locator('.app.presenting')).toBeVisible();
  await expect(page.locator('.caption')).toBeVisible();
  await expect(page.getByTestId('deck-counter')).toContainText('1 /');
  await expectParam(page, 'p', '1');
  // The deck's own controls take focus visibly too.
  await tabTo(page, '.deck-toolbar button');
  await expectFocusIndicator(page, 'a deck toolbar button');
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).not.toHaveClass(/presenting/);
  await expect(page.locator('header h1')).toBeVisible();
  await expectParam(page, 'p', null);
  // Leaving the deck restores the view it started from.
  await expect(page.locator(panel)).toHaveAttribute('data-district', top.slug);
  await expectParam(page, 'd', top.slug);
  await expectParam(page, 'lang', 'en');
});

test('the view switch comes before the district list in the Tab order; a skip link leads from the list to the panel', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAtlas(page);
  // From the top of the page to the view switch: no district button on the way.
  const before: string[] = [];
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('button[data-view-switch]') ?? false)) break;
    before.push(await focused(page));
  }
  await expect(page.locator('button[data-view-switch]').first()).toBeFocused();
  expect(
    before.filter((el) => el.includes('data-district')),
    'district buttons before the view switch',
  ).toEqual([]);

  // On to the district list: its first stop is the skip link, shown when focused.
  await tabTo(page, '[data-testid="skip-to-panel"]');
  await expect(page.getByTestId('skip-to-panel')).toBeVisible();
  await expectFocusIndicator(page, 'the skip link');
  const list = await page.locator('button[data-district]').first().boundingBox();
  const link = await page.getByTestId('skip-to-panel').boundingBox();
  expect(link && list && link.y < list.y, 'the skip link sits before the district buttons').toBe(true);

  // Enter skips the 16 district buttons: focus lands on the panel's heading, the URL keeps no hash.
  await page.keyboard.press('Enter');
  await expect(page.locator(`${panel} .panel-title`)).toBeFocused();
  await expectFocusIndicator(page, 'the panel heading');
  expect(new URL(page.url()).hash).toBe('');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.panel') !== null), await focused(page)).toBe(true);

  // With a district open, the skip link leads to its panel just the same.
  const top = expectedRanking(ALL)[0];
  if (!top) throw new Error('no district has records');
  await tabTo(page, `button[data-district="${top.slug}"]`, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator(panel)).toHaveAttribute('data-district', top.slug);
  await tabTo(page, '[data-testid="skip-to-panel"]', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator(`${panel} .panel-title`)).toBeFocused();
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(top.name.zh);
});
