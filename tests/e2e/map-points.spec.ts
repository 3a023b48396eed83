/**
 * What the map draws for records, and what a pointer does with it: the city view's
 * per-district count bubbles, and record symbols once zoomed in (click opens the
 * record, hover names it). Where each record is drawn comes from the app's own join
 * of the committed data (./model), so the tests follow the data.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { CITY_MAX_ZOOM } from '../../src/map/style';
import { THEMES } from '../../src/map/palette';
import type { PlacedRecord } from '../../src/domain/join';
import { ALL, district, expectedTotals, record } from './data';
import { countText, expect, expectParam, mapIdle, openAtlas, params, project, test } from './fixtures';
import { clearance, drawnPoints, loadModel, pixelDistance } from './model';

const panel = '.panel-body';
const model = loadModel();
const drawn = drawnPoints(model);

/** The zoom the record tests look at: above CITY_MAX_ZOOM, so every record is drawn. */
const ZOOM = 13;
/** Points closer than this on screen may be clustered (the sources' clusterRadius is 22 px); farther never are. */
const MIN_GAP = 40;

/** Bubble radius for a count, as the style interpolates it (1 → 11 px, 10 → 16 px, 40 → 24 px). */
function bubbleRadius(n: number): number {
  if (n <= 1) return 11;
  if (n <= 10) return 11 + ((n - 1) * 5) / 9;
  if (n <= 40) return 16 + ((n - 10) * 8) / 30;
  return 24;
}

/** Red, green and blue of a "#rrggbb" colour. */
function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Red, green and blue of a 1×1 PNG (8-bit RGB or RGBA, as Chromium writes screenshots). */
function onlyPixel(png: Buffer): [number, number, number] {
  let offset = 8;
  let colourType = -1;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      expect(data.readUInt8(8), 'PNG bit depth').toBe(8);
      colourType = data.readUInt8(9);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  expect([2, 6], 'PNG colour type (RGB or RGBA)').toContain(colourType);
  // One pixel in one row: every PNG filter predicts 0 for it, so the bytes after the filter byte are the colour.
  const row = inflateSync(Buffer.concat(idat));
  return [row[1] ?? -1, row[2] ?? -1, row[3] ?? -1];
}

/** The colour on screen at a point of the map (CSS pixels relative to the map container). */
async function colourAt(page: Page, at: { x: number; y: number }): Promise<[number, number, number]> {
  const box = await page.locator('.map').boundingBox();
  if (!box) throw new Error('the map has no box');
  const png = await page.screenshot({
    clip: { x: box.x + Math.round(at.x), y: box.y + Math.round(at.y), width: 1, height: 1 },
    animations: 'disabled',
    caret: 'initial',
  });
  return onlyPixel(png);
}

/** The largest difference of any channel between two colours. */
function colourGap(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
}

/**
 * A district whose records are spread apart: every one of its drawn points is at least
 * MIN_GAP px at ZOOM from every other drawn point. The one with the most records wins
 * (ties in administrative-code order). Of its records, the one closest to a neighbour
 * (still at least MIN_GAP away) is chosen, so that neighbour is on screen too.
 */
function spreadRecord(): { slug: string; point: PlacedRecord; neighbour: PlacedRecord; gap: number } {
  const candidates = model.districts
    .map((d) => ({ slug: d.slug, points: drawn.filter((p) => p.district === d.slug) }))
    .filter((c) => c.points.length >= 2 && c.points.every((p) => clearance(p, drawn, ZOOM) >= MIN_GAP))
    .sort((a, b) => b.points.length - a.points.length);
  const best = candidates[0];
  if (!best) throw new Error(`no district has two or more records all ${MIN_GAP} px apart at zoom ${ZOOM}`);
  const point = best.points.slice().sort((a, b) => clearance(a, drawn, ZOOM) - clearance(b, drawn, ZOOM))[0];
  if (!point) throw new Error(`no drawn point in ${best.slug}`);
  // The nearest other point that is itself clear of clusters, so hovering it finds its symbol.
  const neighbour = drawn
    .filter((q) => q.id !== point.id && clearance(q, drawn, ZOOM) >= MIN_GAP)
    .sort((a, b) => pixelDistance(point, a, ZOOM) - pixelDistance(point, b, ZOOM))[0];
  if (!neighbour) throw new Error(`no other record is drawn clear of clusters at zoom ${ZOOM}`);
  return { slug: best.slug, point, neighbour, gap: pixelDistance(point, neighbour, ZOOM) };
}

/** Opens the district selected, the camera on the point at ZOOM, and checks the screen agrees with the model. */
async function openOnPoint(page: Page, slug: string, point: PlacedRecord): Promise<void> {
  await openAtlas(page, `?d=${slug}&c=${point.lng},${point.lat},${ZOOM}`);
  await expect(page.locator(panel)).toHaveAttribute('data-district', slug);
  // Every drawn point, where the browser puts it: none is within MIN_GAP px of the chosen one, so no cluster hides it.
  const here = await project(page, [point.lng, point.lat]);
  for (const q of drawn) {
    if (q.id === point.id) continue;
    const there = await project(page, [q.lng, q.lat]);
    const gap = Math.hypot(there.x - here.x, there.y - here.y);
    expect(gap, `${q.id} is ${MIN_GAP} px or more from ${point.id} on screen`).toBeGreaterThanOrEqual(MIN_GAP);
    // The screen matches the model's zoom, so the spacing computed in Node is the one drawn.
    const expected = pixelDistance(point, q, ZOOM);
    expect(Math.abs(gap - expected), `screen distance to ${q.id}`).toBeLessThan(Math.max(1, expected * 1e-3));
  }
}

test("clicking a district's count bubble at the city view selects that district", async ({ page }) => {
  const totals = expectedTotals(ALL);
  const slug = ['chongming', 'jinshan', 'fengxian'].find((s) => (totals[s] ?? 0) > 0);
  if (!slug) throw new Error('none of chongming, jinshan, fengxian has a record, so none has a bubble');
  const d = district(slug);
  const n = totals[slug] ?? 0;
  await openAtlas(page);
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'overview');

  // The bubble sits on the label point, far from every other district's bubble.
  const at = await project(page, d.label);
  for (const other of model.districts) {
    if (other.slug === slug) continue;
    const there = await project(page, other.label);
    expect(Math.hypot(there.x - at.x, there.y - at.y), `${other.slug}'s label is far away`).toBeGreaterThan(60);
  }

  // It is really drawn there: beside its number, inside its radius, the screen shows the bubble's fill.
  const radius = bubbleRadius(n);
  const beside = { x: at.x - (radius - 4), y: at.y };
  expect(radius - 4, 'the sample clears a one- or two-digit count').toBeGreaterThanOrEqual(7);
  await page.mouse.move(0, 0);
  const fill = rgb(THEMES.light.clusterFill);
  expect(colourGap(await colourAt(page, beside), fill), `bubble fill ${THEMES.light.clusterFill}`).toBeLessThan(24);

  // Hovering it names the district and its count; clicking selects it.
  const map = page.locator('.map');
  await map.hover({ position: at });
  await expect(page.locator('.tooltip strong')).toHaveText(d.name.zh);
  await expect(page.locator('.tooltip span')).toHaveText(countText(n));
  await map.click({ position: at });
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'district');
  await expect(page.locator(panel)).toHaveAttribute('data-district', slug);
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(d.name.zh);
  await expect(page.locator(`button[data-district="${slug}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('button[aria-current="true"][data-district]')).toHaveCount(1);
  await expectParam(page, 'd', slug);
  await mapIdle(page);
});

test('zoomed in on a district, clicking a record symbol opens that record', async ({ page }) => {
  const { slug, point } = spreadRecord();
  expect(ZOOM).toBeGreaterThanOrEqual(CITY_MAX_ZOOM);
  await openOnPoint(page, slug, point);
  const r = record(point.id);

  const at = await project(page, [point.lng, point.lat]);
  await page.locator('.map').click({ position: at });
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'record');
  await expect(page.locator(panel)).toHaveAttribute('data-record', point.id);
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(r.name.zh);
  await expectParam(page, 'r', point.id);
  // The record's link names the record alone; its district follows from it.
  expect(params(page).get('d')).toBeNull();
  await expect(page.locator(`button[data-district="${point.district}"]`)).toHaveAttribute('aria-current', 'true');
  await mapIdle(page);
});

test('hovering a record symbol names the record in the current language', async ({ page }) => {
  const { slug, point, neighbour, gap } = spreadRecord();
  await openOnPoint(page, slug, point);
  const map = page.locator('.map');
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no box');
  const at = await project(page, [point.lng, point.lat]);
  const next = await project(page, [neighbour.lng, neighbour.lat]);
  expect(next.x > 0 && next.y > 0 && next.x < box.width && next.y < box.height, 'the neighbour is on screen').toBe(
    true,
  );
  expect(gap).toBeGreaterThanOrEqual(MIN_GAP);

  const tip = page.locator('.tooltip strong');
  await map.hover({ position: at });
  await expect(tip).toHaveText(record(point.id).name.zh);
  // The neighbour, a symbol or so away, is named as itself: the tooltip follows the symbol under the pointer.
  await map.hover({ position: next });
  await expect(tip).toHaveText(record(neighbour.id).name.zh);

  await page.locator('.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectParam(page, 'lang', 'en');
  await mapIdle(page);
  await map.hover({ position: at });
  await expect(tip).toHaveText(record(point.id).name.en);
  await map.hover({ position: next });
  await expect(tip).toHaveText(record(neighbour.id).name.en);
});
