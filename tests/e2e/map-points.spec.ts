/**
 * What the map draws for records, and what a pointer does with it: each district's
 * name-and-count badge, the selected district's records (around its name when the
 * source gives only the district, at their place when it gives one), and the records
 * on the ground once zoomed in. Where each record is drawn comes from the app's own
 * join of the committed data (./model), so the tests follow the data.
 */
import type { Page } from '@playwright/test';
import type { PlacedRecord } from '../../src/domain/model';
import { GROUND_MIN_ZOOM } from '../../src/map/overlay/thresholds';
import { ALL, district, expectedTotals, record } from './data';
import {
  clickOverlay,
  countText,
  expect,
  expectParam,
  mapIdle,
  hoverOverlay,
  openAtlas,
  params,
  project,
  test,
} from './fixtures';
import { clearance, drawnPoints, loadModel } from './model';

const panel = '.panel-body';
const model = loadModel();
/** Records the map itself draws on the ground (a place, exact or approximate, not just a district). */
const ground = drawnPoints(model).filter((p) => p.precision !== 'district');

/** The zoom the ground tests look at: above GROUND_MIN_ZOOM, so every record on the ground is drawn. */
const ZOOM = 13;
/** Points closer than this on screen may be clustered (the sources' clusterRadius is 22 px); farther never are. */
const MIN_GAP = 40;

test("a district's badge names it with its count; hovering it says so, clicking it opens the district", async ({
  page,
}) => {
  const totals = expectedTotals(ALL);
  await openAtlas(page);
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'overview');
  for (const d of model.districts) {
    const badge = page.locator(`.main [data-label="d:${d.slug}"]`);
    await expect(badge.locator('[data-part="name"]')).toHaveText(d.name.zh);
    await expect(badge.locator('[data-part="count"]')).toHaveText(String(totals[d.slug] ?? 0));
  }
  const slug = 'jinshan';
  await hoverOverlay(page, `.main [data-label="d:${slug}"]`);
  await expect(page.locator('.tooltip strong')).toHaveText(district(slug).name.zh);
  await expect(page.locator('.tooltip span')).toHaveText(countText(totals[slug] ?? 0));
  await clickOverlay(page, `.main [data-label="d:${slug}"]`);
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'district');
  await expect(page.locator(panel)).toHaveAttribute('data-district', slug);
  await expect(page.locator(`button[data-district="${slug}"]`)).toHaveAttribute('aria-current', 'true');
  await expectParam(page, 'd', slug);
  await mapIdle(page);
});

/** The selected district's records as the overlay drew them: id → centre (CSS px in the map). */
async function symbolsShown(page: Page): Promise<Map<string, { x: number; y: number }>> {
  const list = await page.locator('.main .map-symbol').evaluateAll((els) => {
    const wrap = document.querySelector('.main .map-wrap')?.getBoundingClientRect();
    return els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: (el as SVGGElement).dataset.record ?? '',
        x: r.left + r.width / 2 - (wrap?.left ?? 0),
        y: r.top + r.height / 2 - (wrap?.top ?? 0),
      };
    });
  });
  return new Map(list.map((s) => [s.id, { x: s.x, y: s.y }]));
}

test("a district's records are drawn with it: district-only ones around its name, placed ones where the source puts them", async ({
  page,
}) => {
  // The district with the most records of its own, with both kinds.
  const own = (slug: string) => model.placed.filter((p) => p.district === slug);
  const d = model.districts
    .filter(
      (x) =>
        own(x.slug).some((p) => p.precision === 'approximate') && own(x.slug).some((p) => p.precision === 'district'),
    )
    .sort((a, b) => own(b.slug).length - own(a.slug).length)[0];
  if (!d) throw new Error('no district has records of both precisions');
  await openAtlas(page, `?d=${d.slug}`);
  const shown = await symbolsShown(page);
  expect([...shown.keys()].sort()).toEqual(
    own(d.slug)
      .map((p) => p.id)
      .sort(),
  );

  const badge = await page.locator(`.main [data-label="d:${d.slug}"]`).boundingBox();
  const wrap = await page.locator('.main .map-wrap').boundingBox();
  if (!badge || !wrap) throw new Error('no badge');
  const centre = { x: badge.x - wrap.x + badge.width / 2, y: badge.y - wrap.y + badge.height / 2 };
  for (const p of own(d.slug)) {
    const at = shown.get(p.id);
    if (!at) throw new Error(`${p.id} is not drawn`);
    if (p.precision === 'approximate') {
      // Where the source roughly puts it.
      const there = await project(page, [p.lng, p.lat]);
      expect(Math.hypot(at.x - there.x, at.y - there.y), `${p.id} at its place`).toBeLessThan(1.5);
    } else {
      // Around the name, close to it, never on it.
      const dx = Math.max(0, Math.abs(at.x - centre.x) - badge.width / 2);
      const dy = Math.max(0, Math.abs(at.y - centre.y) - badge.height / 2);
      expect(Math.hypot(dx, dy), `${p.id} beside the name`).toBeLessThan(60);
      expect(dx > 0 || dy > 0, `${p.id} off the name`).toBe(true);
    }
  }

  // Clicking one opens it; it is ringed and named on the map.
  const target = own(d.slug).find((p) => p.precision === 'district') as PlacedRecord;
  await clickOverlay(page, `.main .map-symbol[data-record="${target.id}"]`);
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'record');
  await expect(page.locator(panel)).toHaveAttribute('data-record', target.id);
  await expectParam(page, 'r', target.id);
  await mapIdle(page);
  await expect(page.locator(`.main .map-symbol[data-record="${target.id}"]`)).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('.main .map-ring')).toHaveCount(1);
  await expect(page.locator(`.main .map-callout[data-record="${target.id}"]`)).toHaveText(record(target.id).name.zh);
});

/** A record on the ground clear of every other at ZOOM, and the nearest other such record. */
function spreadRecord(): { point: PlacedRecord; neighbour: PlacedRecord } {
  const clear = ground.filter((p) => clearance(p, ground, ZOOM) >= MIN_GAP);
  const point = clear[0];
  if (!point) throw new Error(`no record on the ground is ${MIN_GAP} px from the others at zoom ${ZOOM}`);
  const neighbour = clear
    .filter((q) => q.id !== point.id)
    .sort(
      (a, b) => Math.hypot(a.lng - point.lng, a.lat - point.lat) - Math.hypot(b.lng - point.lng, b.lat - point.lat),
    )[0];
  if (!neighbour) throw new Error('only one record is clear of the others');
  return { point, neighbour };
}

test('zoomed in, the records on the ground are drawn where the source puts them: hover names one, click opens it', async ({
  page,
}) => {
  expect(ZOOM).toBeGreaterThanOrEqual(GROUND_MIN_ZOOM);
  const { point } = spreadRecord();
  await openAtlas(page, `?c=${point.lng},${point.lat},${ZOOM}`);
  const map = page.locator('.map');
  const at = await project(page, [point.lng, point.lat]);
  await map.hover({ position: at });
  await expect(page.locator('.tooltip strong')).toHaveText(record(point.id).name.zh);
  await map.click({ position: at });
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'record');
  await expect(page.locator(panel)).toHaveAttribute('data-record', point.id);
  await expectParam(page, 'r', point.id);
  // The record's link names the record alone; its district follows from it.
  expect(params(page).get('d')).toBeNull();
  await expect(page.locator(`button[data-district="${point.district}"]`)).toHaveAttribute('aria-current', 'true');
  await mapIdle(page);
});

test('hovering a record names it in the current language', async ({ page }) => {
  const d = model.districts.find((x) => x.slug === 'yangpu') ?? model.districts[0];
  if (!d) throw new Error('no district');
  await openAtlas(page, `?d=${d.slug}`);
  const ids = [...(await symbolsShown(page)).keys()].slice(0, 2);
  expect(ids.length).toBe(2);
  const tip = page.locator('.tooltip strong');
  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') {
      await page.locator('.lang-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await mapIdle(page);
    }
    for (const id of ids) {
      await hoverOverlay(page, `.main .map-symbol[data-record="${id}"]`);
      await expect(tip).toHaveText(record(id).name[lang]);
    }
  }
});
