import {
  ALL,
  DISTRICTS,
  district,
  expectedRanking,
  matches,
  quietPointIn,
  RECORDS,
  record,
  uniquelyNamedRecord,
} from './data';
import type { Page } from '@playwright/test';
import { clickOverlay, expect, expectParam, mapIdle, openAtlas, project, test } from './fixtures';

const panel = '.panel-body';

test('clicking a district on the map selects it: panel, list and URL follow', async ({ page }) => {
  await openAtlas(page);
  const minhang = district('minhang');
  const at = await project(page, quietPointIn('minhang'));
  const map = page.locator('.map');

  // Hovering names the district under the pointer (not a record or a cluster), so the click will hit its fill.
  await map.hover({ position: at });
  await expect(page.locator('.tooltip strong')).toHaveText(minhang.name.zh);

  await map.click({ position: at });
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'district');
  await expect(page.locator(panel)).toHaveAttribute('data-district', 'minhang');
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(minhang.name.zh);
  await expect(page.locator('button[data-district="minhang"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('button[aria-current="true"][data-district]')).toHaveCount(1);
  await expectParam(page, 'd', 'minhang');
  await mapIdle(page);

  // The map now frames Minhang; its neighbour Xuhui is still on screen and clicking it switches the selection.
  const xuhui = district('xuhui');
  const next = await project(page, quietPointIn('xuhui'));
  await map.hover({ position: next });
  await expect(page.locator('.tooltip strong')).toHaveText(xuhui.name.zh);
  await map.click({ position: next });
  await expect(page.locator(panel)).toHaveAttribute('data-district', 'xuhui');
  await expect(page.locator('button[data-district="xuhui"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('button[data-district="minhang"]')).not.toHaveAttribute('aria-current', 'true');
  await expectParam(page, 'd', 'xuhui');
});

test('with every layer off, clicking on a district name selects the district', async ({ page }) => {
  await openAtlas(page, '?l=none');
  const songjiang = district('songjiang');
  const badge = page.locator('.main [data-label="d:songjiang"]');
  await expect(badge.locator('[data-part="count"]')).toHaveText('0');
  await clickOverlay(page, '.main [data-label="d:songjiang"]');
  await expect(page.locator(panel)).toHaveAttribute('data-district', 'songjiang');
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(songjiang.name.zh);
  await expect(page.locator('button[data-district="songjiang"]')).toHaveAttribute('aria-current', 'true');
  await expectParam(page, 'd', 'songjiang');
  await expectParam(page, 'l', 'none');
});

test('the keyboard selects a district from the list; Esc returns to the city', async ({ page }) => {
  await openAtlas(page);
  const d = expectedRanking(ALL)[1] ?? DISTRICTS[0];
  if (!d) throw new Error('no district');
  const button = page.locator(`button[data-district="${d.slug}"]`);

  // Reach the list with Tab from the last industry chip (past the skip link to the panel), then walk to the district.
  await page.locator('button[data-industry]').last().focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('skip-to-panel')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('button[data-district]').first()).toBeFocused();
  await button.focus();
  await page.keyboard.press('Enter');

  await expect(page.locator(panel)).toHaveAttribute('data-district', d.slug);
  await expect(button).toHaveAttribute('aria-current', 'true');
  await expectParam(page, 'd', d.slug);
  await mapIdle(page);

  await page.keyboard.press('Escape');
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'overview');
  await expect(button).not.toHaveAttribute('aria-current', 'true');
  await expectParam(page, 'd', null);
});

test('a record opens from the district panel; Esc steps back to the district, then the city', async ({ page }) => {
  const d = expectedRanking(ALL)[0];
  if (!d) throw new Error('no district has records');
  await openAtlas(page, `?d=${d.slug}`);
  await expect(page.locator(panel)).toHaveAttribute('data-district', d.slug);

  // The panel lists every record naming the district.
  const own = RECORDS.filter((r) => r.districts.includes(d.slug) && matches(r, ALL));
  const buttons = page.locator(`${panel}[data-view="district"] button[data-record]`);
  await expect(buttons).toHaveCount(own.length);

  const id = (await buttons.last().getAttribute('data-record')) ?? '';
  const r = record(id);
  await buttons.last().click();
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'record');
  await expect(page.locator(panel)).toHaveAttribute('data-record', id);
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(r.name.zh);
  await expectParam(page, 'r', id);
  await mapIdle(page);

  await page.keyboard.press('Escape');
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'district');
  await expect(page.locator(panel)).toHaveAttribute('data-district', r.districts[0] ?? '');
  await expectParam(page, 'r', null);
  await expectParam(page, 'd', r.districts[0] ?? null);
  await mapIdle(page);

  await page.keyboard.press('Escape');
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'overview');
  await expectParam(page, 'd', null);
});

test('search: "pudong" + Enter selects Pudong; a record\'s Chinese name finds and opens that record', async ({
  page,
}) => {
  await openAtlas(page);
  const search = page.locator('input[role="combobox"]');
  const pudong = district('pudong');

  await search.fill('pudong');
  await expect(page.locator('[role="option"]').first()).toContainText(pudong.name.zh);
  await search.press('Enter');
  await expect(page.locator(panel)).toHaveAttribute('data-district', 'pudong');
  await expect(page.locator('button[data-district="pudong"]')).toHaveAttribute('aria-current', 'true');
  await expect(search).toHaveValue('');
  await expectParam(page, 'd', 'pudong');
  await mapIdle(page);

  const r = uniquelyNamedRecord();
  await search.fill(r.name.zh);
  const options = page.locator('[role="option"]');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText(r.name.zh);
  await options.first().click();
  await expect(page.locator(panel)).toHaveAttribute('data-record', r.id);
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(r.name.zh);
  await expectParam(page, 'r', r.id);
  if (r.districts[0])
    await expect(page.locator(`button[data-district="${r.districts[0]}"]`)).toHaveAttribute('aria-current', 'true');
});

interface Drawn {
  frames: number;
  district: string | null;
}

/** What the WebGL map has drawn so far (a read-only test hook). */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => (window as unknown as { __atlasMap: { drawn: () => Drawn } }).__atlasMap.drawn());
}

/**
 * Arms a one-shot probe in the page: at the next click it notes what the map has drawn; at
 * the panel's first change after the click it waits until that change is on screen (a frame
 * callback, then a task: the task runs once the frame is painted) and notes it again.
 * `probed` reads the result. The order of events in the page, not wall-clock time.
 */
async function armPaintProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __atlasMap?: { drawn: () => Drawn };
      __paintProbe?: Promise<{ atClick: Drawn; atPanelPainted: Drawn }>;
    };
    const hooks = w.__atlasMap;
    const panelEl = document.querySelector('.panel');
    if (!hooks || !panelEl) throw new Error('no map hooks or no panel');
    w.__paintProbe = new Promise((resolve) => {
      let atClick: Drawn | null = null;
      document.addEventListener('click', () => (atClick = hooks.drawn()), { capture: true, once: true });
      const mo = new MutationObserver(() => {
        const clicked = atClick;
        if (!clicked) return;
        mo.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve({ atClick: clicked, atPanelPainted: hooks.drawn() }), 0));
      });
      mo.observe(panelEl, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  });
}

function probed(page: Page): Promise<{ atClick: Drawn; atPanelPainted: Drawn }> {
  return page.evaluate(
    () => (window as unknown as { __paintProbe: Promise<{ atClick: Drawn; atPanelPainted: Drawn }> }).__paintProbe,
  );
}

test('a click paints the panel before the map draws anything for it; the map follows', async ({ page }) => {
  await openAtlas(page);
  const map = page.locator('.map');

  // From the list: the map draws no frame at all between the click and the panel showing Minhang on screen.
  const button = page.locator('button[data-district="minhang"]');
  await button.hover();
  await mapIdle(page);
  await armPaintProbe(page);
  await button.click();
  const fromList = await probed(page);
  expect(fromList.atClick.district).toBeNull();
  expect(fromList.atPanelPainted, 'what the map had drawn when the panel was painted').toEqual(fromList.atClick);
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(district('minhang').name.zh);
  // …and the map follows with the selection.
  await mapIdle(page);
  expect((await drawn(page)).district).toBe('minhang');

  // From the map: MapLibre asks for a frame of its own when the button is released (its gesture
  // handlers), before the click exists; the adapter puts that frame off until the panel is on
  // screen, so here too the map draws nothing between the click and the painted panel.
  const at = await project(page, quietPointIn('xuhui'));
  await map.hover({ position: at });
  await expect(page.locator('.tooltip strong')).toHaveText(district('xuhui').name.zh);
  await mapIdle(page);
  await armPaintProbe(page);
  await map.click({ position: at });
  const fromMap = await probed(page);
  expect(fromMap.atClick.district).toBe('minhang');
  expect(fromMap.atPanelPainted, 'what the map had drawn when the panel was painted').toEqual(fromMap.atClick);
  await expect(page.locator(panel)).toHaveAttribute('data-district', 'xuhui');
  await mapIdle(page);
  expect((await drawn(page)).district).toBe('xuhui');
});
