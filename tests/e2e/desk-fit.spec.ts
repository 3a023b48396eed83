/**
 * The desk on the screens a meeting room has: on a touch panel every control is big enough
 * for a fingertip, and on a 4K panel at 100 % scaling the panels' type grows with the screen.
 */
import type { Page } from '@playwright/test';
import { expect, expectParam, framesDrawn, mapIdle, openAtlas, params, project, test } from './fixtures';

/** The finger-sized target of WCAG 2.5.5 and of the platforms' guidelines, CSS px. */
const TOUCH_PX = 44;

/** Every visible control smaller than TOUCH_PX either way, described. */
async function smallControls(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], [role=button], [role=option], input, summary, select',
    );
    for (const el of controls) {
      // Skip links are off screen until focused (then they are one line of text, keyboard only);
      // sr-only elements are never on screen.
      if (el.closest('.sr-only') || el.classList.contains('skip-link')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      // A checkbox is toggled by its whole label: the label is the target.
      const label = el instanceof HTMLInputElement ? el.closest('label') : null;
      const r = (label ?? el).getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < minPx || r.height < minPx) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 24);
        out.push(
          `<${el.tagName.toLowerCase()} class="${el.className}"> “${name}” ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
        );
      }
    }
    return out;
  }, min);
}

test.describe('on a touch screen at 1920×1080', () => {
  test.use({ hasTouch: true, viewport: { width: 1920, height: 1080 } });

  test(`every control at the desk is at least ${TOUCH_PX}×${TOUCH_PX} CSS px`, async ({ page }) => {
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a coarse pointer').toBe(true);
    const problems: string[] = [];
    // The city overview (header, layers, chips, district list, matrix), a district, a record, the regional view.
    for (const query of ['', '?d=pudong', '?r=minhang-xiaomiao-fund', '?v=region&lang=en']) {
      await page.goto(`/${query}`);
      await expect(page.locator('.panel-title')).toBeVisible();
      if (query === '') await expect(page.locator('.matrix button[data-cell]').first()).toBeVisible();
      for (const p of await smallControls(page, TOUCH_PX)) problems.push(`${query || 'city'}: ${p}`);
    }
    // The search's results and the export menu, open.
    await page.locator('.search input').fill('pu');
    await expect(page.locator('.search-results li').first()).toBeVisible();
    for (const p of await smallControls(page, TOUCH_PX)) problems.push(`search results: ${p}`);
    await page.locator('.search input').fill('');
    await page.locator('.export summary').tap();
    await expect(page.locator('.export-menu')).toBeVisible();
    for (const p of await smallControls(page, TOUCH_PX)) problems.push(`export menu: ${p}`);
    expect(problems).toEqual([]);
  });
});

test.describe('on a 4K panel at 100 % scaling', () => {
  test.use({ viewport: { width: 3840, height: 2160 }, deviceScaleFactor: 1 });

  test('the panels read from across the room: body text at least 24 px, the smallest in step', async ({ page }) => {
    await openAtlas(page, '', 60_000);
    const sizes = await page.evaluate(() => {
      const out: { panel: string; body: number; min: number; minText: string }[] = [];
      for (const sel of ['.header', '.sidebar', '.panel', '.legend', '.matrix', '.view-switch']) {
        const root = document.querySelector(sel);
        if (!root) {
          out.push({ panel: sel, body: 0, min: 0, minText: 'missing' });
          continue;
        }
        let min = Infinity;
        let minText = '';
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          // Only text on screen: what the desk hides (the phone drawer's credits) nobody reads here.
          if (!el || !n.textContent?.trim() || el.closest('.sr-only') || !el.checkVisibility()) continue;
          const px = parseFloat(getComputedStyle(el).fontSize);
          if (px < min) [min, minText] = [px, n.textContent.trim().slice(0, 24)];
        }
        out.push({ panel: sel, body: parseFloat(getComputedStyle(root).fontSize), min, minText });
      }
      return out;
    });
    const problems: string[] = [];
    for (const s of sizes) {
      // Legends and hints are set a little smaller than the body: at 1080p the smallest is 0.7 of it.
      if (s.panel !== '.legend' && s.body < 24) problems.push(`${s.panel}: body text ${s.body.toFixed(1)} px < 24`);
      if (s.min < 24 * 0.7) problems.push(`${s.panel}: “${s.minText}” is ${s.min.toFixed(1)} px < ${24 * 0.7} px`);
    }
    expect(problems).toEqual([]);
  });
});

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('Esc steps back to the exact camera of the view it came from', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openAtlas(page);
    const camera = async () => {
      await mapIdle(page);
      const c = await page.evaluate(() => window.__atlasMap?.camera() ?? null);
      if (!c) throw new Error('no camera');
      return c;
    };
    const city = await camera();
    await page.locator('button[data-district="minhang"]').click();
    await expectParam(page, 'd', 'minhang');
    const district = await camera();
    await page.locator('.record-item').first().click();
    await expect.poll(() => params(page).get('r')).not.toBeNull();
    await camera();
    await page.keyboard.press('Escape');
    await expectParam(page, 'r', null);
    await expectParam(page, 'd', 'minhang');
    expect(await camera(), 'back at the district: its camera').toEqual(district);
    await page.keyboard.press('Escape');
    await expectParam(page, 'd', null);
    const back = await camera();
    // Within 1 %: the zoom, and the old centre's place on the map (of the map's width and height).
    expect(Math.abs(back.zoom - city.zoom) / city.zoom, `zoom ${back.zoom} for ${city.zoom}`).toBeLessThan(0.01);
    const size = await page.locator('.map').boundingBox();
    if (!size) throw new Error('no map box');
    const at = await project(page, [city.lng, city.lat]);
    expect(Math.abs(at.x - size.width / 2) / size.width, 'centre, across').toBeLessThan(0.01);
    expect(Math.abs(at.y - size.height / 2) / size.height, 'centre, up and down').toBeLessThan(0.01);
  });
});

test('the view switch and the legend stand apart on the map, from a projector’s 1024×768 to a 4K panel, in both languages and every view', async ({
  page,
}) => {
  // The legend floated in the map's upper right corner on its own: on a 1024×768 projector in
  // English it lay 2 px over the switch's "Regional cooperation".
  const sizes = [
    [1024, 768],
    [768, 1024],
    [1280, 720],
    [1366, 768],
    [1920, 1080],
    [3840, 2160],
  ] as const;
  const problems: string[] = [];
  for (const query of ['?lang=en', '?lang=en&d=pudong', '?lang=en&v=region', '?lang=zh', '?lang=zh&v=region']) {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`/${query}`);
    await expect(page.locator('.panel-title')).toBeVisible();
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await framesDrawn(page);
      const b = await page.evaluate(() => {
        const [map, view, legend] = ['.map-wrap', '.view-switch', '.legend'].map((s) =>
          document.querySelector(s)?.getBoundingClientRect().toJSON(),
        ) as (DOMRect | undefined)[];
        return map && view && legend ? { map, view, legend } : null;
      });
      const at = `${query} at ${width}×${height}`;
      if (!b) {
        problems.push(`${at}: no map, view switch or legend`);
        continue;
      }
      const { map, view, legend } = b;
      const apart = Math.max(
        legend.left - view.right,
        view.left - legend.right,
        legend.top - view.bottom,
        view.top - legend.bottom,
      );
      if (apart < 4) problems.push(`${at}: the legend is ${apart.toFixed(1)} px from the view switch`);
      for (const [name, r] of [
        ['view switch', view],
        ['legend', legend],
      ] as const)
        if (r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom)
          problems.push(`${at}: the ${name} leaves the map`);
    }
  }
  expect(problems).toEqual([]);
});
