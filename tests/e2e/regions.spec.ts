/**
 * The regional cooperation view: Shanghai's links to the places in China the report
 * names, each with its records; reached from the view switch, a link or the tour.
 */
import { expect, type Page } from '@playwright/test';
import { formatFigure } from '../../src/domain/format';
import { buildRegionLinks, regionHeadline } from '../../src/domain/links';
import { LANGS, LANGUAGES, type Lang, type ThemeName } from '../../src/vocabulary';
import { STRINGS } from '../../src/i18n/strings';
import { THEMES } from '../../src/map/palette';
import { mapIdle, openAtlas, project, test } from './fixtures';
import { loadModel } from './model';
import { PNG } from 'pngjs';
import { gap, hexRgb, pixel } from './pixels';
import { TOUR } from './tour';
import { ISLANDS_FILE, parseIslands } from '../../geo/tools/islands';
import { readProjectFile } from '../unit/fixtures/real-data';

test('the view switch flies to the regional view: every linked place is listed with its records, and one opens', async ({
  page,
}) => {
  const model = loadModel();
  const links = buildRegionLinks(model);
  await openAtlas(page, '?lang=en');
  await page.locator('button[data-view-switch=region]').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('region');
  await expect(page.locator('.panel-body[data-view=regions]')).toBeVisible();
  const items = page.locator('.region-list button');
  await expect(items).toHaveCount(links.length);
  for (const [i, l] of links.entries()) {
    await expect(items.nth(i)).toContainText(l.region.name.en);
    await expect(items.nth(i).locator('.count')).toHaveText(
      `${l.recordIds.length} record${l.recordIds.length === 1 ? '' : 's'}`,
    );
  }
  // The transfer to the Yangtze River Delta, with its figures as the source gives them.
  await page.locator('.region-list button[data-region=zhejiang]').click();
  const panel = page.locator('.panel-body[data-view=region][data-region=zhejiang]');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('1,910 items');
  await expect(panel.locator('.quote').first()).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('g')).toBe('zhejiang');
  await page.keyboard.press('Escape');
  await expect(page.locator('.panel-body[data-view=regions]')).toBeVisible();
  await page.locator('button[data-view-switch=city]').click();
  await expect(page.locator('.panel-body[data-view=overview]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe(null);
});

test('the regional overview leads with its headline figures (1,910 items, 29.9亿元) in both languages, and a place leads with its figures', async ({
  page,
}) => {
  const model = loadModel();
  const headline = regionHeadline(model);
  if (!headline) throw new Error('the data has no regional figure');
  for (const lang of LANGS) {
    await openAtlas(page, `?v=region${lang === 'en' ? '&lang=en' : ''}`);
    const card = page.getByTestId('region-headline');
    await expect(card).toBeVisible();
    await expect(card.locator('h3')).toHaveText(headline.name[lang]);
    // Before the list of places: visible without opening one.
    const [cardBox, listBox] = await Promise.all([card.boundingBox(), page.locator('.region-list').boundingBox()]);
    expect(cardBox && listBox && cardBox.y < listBox.y, 'the headline comes before the places').toBe(true);
    for (const f of headline.figures) {
      await expect(card).toContainText(formatFigure(f, lang));
      // The source's own units too: 29.9亿元 next to CNY 2.99 billion.
      await expect(card).toContainText(formatFigure(f, 'zh'));
    }
  }
  // In English: 1,910 and 29.9, as the issue asks, derived from the data above.
  await expect(page.getByTestId('region-headline')).toContainText(formatFigure({ value: 1910, unit: '项' }, 'en'));
  await expect(page.getByTestId('region-headline')).toContainText('29.9亿元');

  // A place's panel starts with its figures: the first card after the title holds them.
  const place = headline.regions.find((id) => model.regionLinks.some((l) => l.region.id === id)) ?? '';
  await page.locator(`.region-list button[data-region=${place}]`).click();
  const first = page.locator(`.panel-body[data-view=region][data-region=${place}] > section`).first();
  await expect(first).toHaveAttribute('data-record', headline.id);
  const firstFigure = headline.figures[0];
  if (firstFigure) await expect(first.locator('.figures')).toContainText(formatFigure(firstFigure, 'en'));
});

test('clicking a linked place on the map opens it; a deep link restores it', async ({ page }) => {
  const model = loadModel();
  const kashgar = buildRegionLinks(model).find((l) => l.region.id === 'kashgar');
  if (!kashgar) throw new Error('no link to Kashgar in the data');
  await openAtlas(page, '?v=region');
  await mapIdle(page);
  const at = await project(page, [kashgar.region.lng, kashgar.region.lat]);
  await page.locator('.map').click({ position: at });
  await expect(page.locator('.panel-body[data-view=region]')).toHaveAttribute('data-region', 'kashgar');
  await expect(page.locator('.panel-body[data-view=region] > section')).toHaveCount(kashgar.recordIds.length);
  await page.reload();
  await expect(page.locator('.panel-body[data-view=region]')).toHaveAttribute('data-region', 'kashgar');
  await expect(page.locator('button[data-view-switch=region]')).toHaveAttribute('aria-pressed', 'true');
});

test('the tour shows regional cooperation on the map of China, and leaving restores the city', async ({ page }) => {
  await openAtlas(page);
  await page.keyboard.press('F5');
  await expect(page.locator('.caption')).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.caption')).toHaveAttribute('data-step', 'region');
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('region');
  await page.keyboard.press('Escape');
  await expect(page.locator('.panel-body[data-view=overview]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe(null);
});

/** Diaoyu Dao (钓鱼岛), as geo/islands.json places it. */
const DIAOYU: [number, number] = (() => {
  const island = parseIslands(JSON.parse(readProjectFile(ISLANDS_FILE))).find((i) => i.name_zh === '钓鱼岛');
  if (!island) throw new Error(`${ISLANDS_FILE}: no 钓鱼岛`);
  return [island.lng, island.lat];
})();

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The South China Sea Islands inset as a user sees it: there, titled in the page's
 * language, inside the map, over none of the controls over the map (the panel or the
 * deck's card, the legend, the view switch, the scale bar); the names on the map over
 * none of each other (the boxes the browser drew, counts included); and Diaoyu Dao drawn
 * on the main map, its pixel not the sea's.
 */
async function checkSeaInset(page: Page, lang: Lang, theme: ThemeName, where: string): Promise<void> {
  const inset = page.getByTestId('sea-inset');
  await expect(inset, where).toBeVisible();
  await expect(inset.locator('svg'), where).toHaveAttribute('aria-label', STRINGS[lang].seaInset);
  const boxes = await page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    };
    const sea = document.querySelector('[data-testid=sea-inset]');
    const map = document.querySelector('.map-wrap');
    if (!sea || !map) throw new Error('no inset or no map');
    const others = [
      ...document.querySelectorAll('[data-map-obstacle]:not([data-sea-inset]), .panel, .caption, .legend'),
    ]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => ({ what: el.className.toString() || el.tagName, box: rect(el) }));
    const labels = [...document.querySelectorAll('.map-label')].map(rect);
    // What a badge shows, its name and its count, wherever its box is drawn.
    const named = [...document.querySelectorAll<HTMLElement>('.map-label')].map((el) => ({
      id: el.dataset.label ?? '',
      parts: [el, ...el.querySelectorAll('[data-part]')].map(rect),
    }));
    return { sea: rect(sea), map: rect(map), others, labels, named };
  });
  const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
  expect(boxes.sea.x0, where).toBeGreaterThanOrEqual(boxes.map.x0);
  expect(boxes.sea.y0, where).toBeGreaterThanOrEqual(boxes.map.y0);
  expect(boxes.sea.x1, where).toBeLessThanOrEqual(boxes.map.x1);
  expect(boxes.sea.y1, where).toBeLessThanOrEqual(boxes.map.y1);
  // In the lower right of the map.
  expect((boxes.sea.x0 + boxes.sea.x1) / 2, where).toBeGreaterThan((boxes.map.x0 + boxes.map.x1) / 2);
  expect((boxes.sea.y0 + boxes.sea.y1) / 2, where).toBeGreaterThan((boxes.map.y0 + boxes.map.y1) / 2);
  for (const o of boxes.others) expect(overlaps(boxes.sea, o.box), `${where}: the inset is over ${o.what}`).toBe(false);
  for (const l of boxes.labels) expect(overlaps(boxes.sea, l), `${where}: a map label is under the inset`).toBe(false);
  // No name or count hidden under another label (Jiashan's under Shanghai's, at 1280×720).
  for (const [i, a] of boxes.named.entries())
    for (const b of boxes.named.slice(i + 1))
      for (const pa of a.parts)
        for (const pb of b.parts) expect(overlaps(pa, pb), `${where}: ${a.id} under ${b.id}`).toBe(false);

  // Diaoyu Dao on the main map: where it projects, the map is not the sea's colour.
  const at = await project(page, DIAOYU);
  const wrap = await page.locator('.map-wrap').boundingBox();
  if (!wrap) throw new Error('no map');
  const onPage = { x: at.x + wrap.x, y: at.y + wrap.y };
  expect(
    overlaps(boxes.sea, { x0: onPage.x - 3, y0: onPage.y - 3, x1: onPage.x + 3, y1: onPage.y + 3 }),
    `${where}: Diaoyu Dao is not under the inset`,
  ).toBe(false);
  // Only the pixel's neighbourhood is photographed: a whole 4K map would cost seconds.
  const shot = await page.screenshot({
    clip: { x: Math.round(onPage.x) - 2, y: Math.round(onPage.y) - 2, width: 5, height: 5 },
    animations: 'disabled',
    caret: 'initial',
  });
  const c = pixel(PNG.sync.read(shot), 2, 2);
  expect(gap(c, hexRgb(THEMES[theme].sea)), `${where}: Diaoyu Dao at ${at.x},${at.y} is drawn`).toBeGreaterThan(12);
}

/** Sets the page's theme as a link carrying it would, without loading the page again: the app restores a URL on popstate. */
async function themeInPlace(page: Page, theme: ThemeName): Promise<void> {
  await page.evaluate((t) => {
    const url = new URL(window.location.href);
    if (t === 'dark') url.searchParams.set('t', 'dark');
    else url.searchParams.delete('t');
    window.history.pushState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, theme);
  if (theme === 'dark') await expect(page.locator('.app')).toHaveClass(/theme-dark/);
  else await expect(page.locator('.app')).not.toHaveClass(/theme-dark/);
}

test('the regional view and its deck step carry the South China Sea Islands inset at every size, in both languages and themes', async ({
  page,
}) => {
  // Three loads (one a size, 4K among them) and eighteen checks of software-drawn maps.
  test.setTimeout(300_000);
  const step = TOUR.findIndex((s) => s.id === 'region') + 1;
  expect(step, 'the tour has a regional step').toBeGreaterThan(0);
  // One load a size. At the desk every language and theme: the language by its switch, the theme as a link sets
  // it, in place. Then the deck's step (entered with F5), as it opens (dark) and with T, in the language the page
  // was loaded in: English at 1280×720 and 4K, where names are widest for the map, Chinese at 1920×1080.
  const other = (l: Lang): Lang => LANGUAGES[l].next;
  // The checks are of views at rest: the camera jumps to each rather than flies (a flight at 4K costs seconds).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const [w, h, first] of [
    [1280, 720, 'en'],
    [1920, 1080, 'zh'],
    [3840, 2160, 'en'],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await openAtlas(page, `?v=region${first === 'en' ? '&lang=en' : ''}`);
    let lang: Lang = first;
    const desk = (theme: ThemeName) => checkSeaInset(page, lang, theme, `desk ${w}x${h} ${lang} ${theme}`);
    const switchLanguage = async () => {
      lang = other(lang);
      await page.locator('.lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGES[lang].tag);
      await mapIdle(page);
    };
    await desk('light');
    await switchLanguage();
    await desk('light');
    await themeInPlace(page, 'dark');
    await mapIdle(page);
    await desk('dark');
    await switchLanguage();
    await desk('dark');

    await page.keyboard.press('F5');
    await expect(page.locator('.caption')).toBeVisible();
    await page.keyboard.type(String(step));
    await page.keyboard.press('Enter');
    await expect(page.locator('.caption')).toHaveAttribute('data-step', 'region');
    for (let turn = 0; turn < 2; turn++) {
      await expect(page.locator('.deck')).toHaveAttribute('data-drawn', 'true', { timeout: 120_000 });
      await mapIdle(page);
      const deckTheme = (await page.locator('.app').getAttribute('class'))?.includes('theme-dark') ? 'dark' : 'light';
      await checkSeaInset(page, lang, deckTheme, `deck ${w}x${h} ${lang} ${deckTheme}`);
      await page.keyboard.press('t');
      if (deckTheme === 'dark') await expect(page.locator('.app')).not.toHaveClass(/theme-dark/);
      else await expect(page.locator('.app')).toHaveClass(/theme-dark/);
    }
  }
});
