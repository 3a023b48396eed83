/**
 * The district × industry matrix in the city overview: its cells match the data,
 * pointing at one previews it, clicking one applies that industry as the filter; the
 * first click on every cell does so, as a real pointer clicks (move, then press).
 */
import { expect, type Page } from '@playwright/test';
import { buildTour } from '../../src/domain/tour';
import { DISTRICTS } from './data';
import { framesDrawn, mapIdle, openAtlas, openDeckPage, test } from './fixtures';
import { loadModel } from './model';

test('the matrix counts match the data; a cell previews, then applies, its industry filter', async ({ page }) => {
  const model = loadModel();
  // The busiest cell: the one a presenter would point at first.
  let best = { slug: '', industry: '', n: 0 };
  for (const d of model.districts)
    for (const i of model.industries) {
      const n = d.recordIds.filter((id) => model.recordById[id]?.industries.includes(i.id)).length;
      if (n > best.n) best = { slug: d.slug, industry: i.id, n };
    }
  expect(best.n).toBeGreaterThan(0);

  await openAtlas(page);
  const cell = page.locator(`button[data-cell="${best.slug}:${best.industry}"]`);
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveText(String(best.n));
  const cellCount = await page.locator('.matrix button[data-cell]').count();
  const nonEmpty = model.districts.reduce(
    (sum, d) =>
      sum +
      model.industries.filter((i) => d.recordIds.some((id) => model.recordById[id]?.industries.includes(i.id))).length,
    0,
  );
  expect(cellCount).toBe(nonEmpty);

  await cell.hover();
  const district = model.districtBySlug[best.slug as keyof typeof model.districtBySlug];
  await expect(page.getByTestId('matrix-preview')).toContainText(district.name.zh);
  await expect(page.getByTestId('matrix-preview')).toContainText(`${best.n} 条`);

  await cell.click();
  await expect(page.locator(`button[data-industry="${best.industry}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).searchParams.get('i')).toBe(best.industry);
  await expect(page.locator(`button[data-district="${best.slug}"] .count`)).toHaveText(`${best.n} 条`);
});

test('the first click on every cell filters by its industry, as a real pointer clicks', async ({ page }) => {
  await openAtlas(page);
  const cells = page.locator('.matrix button[data-cell]');
  const ids = await cells.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-cell') ?? ''));
  expect(ids.length).toBeGreaterThan(0);
  const picked = new Set<string>();
  const industriesInUrl = () => new Set((new URL(page.url()).searchParams.get('i') ?? '').split(',').filter(Boolean));
  const missed: string[] = [];
  for (const id of ids) {
    const industry = id.split(':')[1] ?? '';
    const cell = page.locator(`.matrix button[data-cell="${id}"]`);
    await cell.scrollIntoViewIfNeeded();
    // Each cell gets a first click: the pointer comes from outside the matrix (the page's top left
    // corner, on the header), as it does when someone reaches for a cell.
    await page.mouse.move(0, 0);
    await framesDrawn(page);
    // The centre is read before the pointer moves: whatever the hover does, the press lands there.
    const box = await cell.boundingBox();
    if (!box) throw new Error(`cell ${id} has no box`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    if (picked.has(industry)) picked.delete(industry);
    else picked.add(industry);
    try {
      await expect.poll(industriesInUrl, { timeout: 3_000 }).toEqual(picked);
      await expect(cell).toHaveAttribute('aria-pressed', String(picked.has(industry)));
    } catch {
      // Counted, and the test goes on from the filter the page really has.
      missed.push(id);
      picked.clear();
      for (const i of industriesInUrl()) picked.add(i);
    }
  }
  expect(missed, `first clicks that did nothing, of ${ids.length}`).toEqual([]);
});

/**
 * What the card hides of each district, as a share of the district's area on screen: each
 * district is rasterised in the page (its outline projected with the map's own camera) and
 * its pixels under the card counted. Also: every label the matrix shows, whole.
 */
async function deckMatrixReport(page: Page): Promise<{ covered: Record<string, number>; problems: string[] }> {
  const rings = DISTRICTS.map((d) => ({
    slug: d.slug,
    polygons: (d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates).map((p) =>
      p.map((ring) => ring.map(([lng, lat]) => [lng ?? 0, lat ?? 0] as [number, number])),
    ),
  }));
  return page.evaluate((districts) => {
    const hooks = window.__atlasMap;
    const map = document.querySelector('.map')?.getBoundingClientRect();
    const card = document.querySelector('.caption')?.getBoundingClientRect();
    const problems: string[] = [];
    if (!hooks || !map || !card) return { covered: {}, problems: ['no map or no card'] };
    const W = window.innerWidth;
    const H = window.innerHeight;
    const canvas = document.createElement('canvas');
    canvas.width = W;
    canvas.height = H;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return { covered: {}, problems: ['no 2d canvas'] };
    const covered: Record<string, number> = {};
    for (const d of districts) {
      ctx.clearRect(0, 0, W, H);
      ctx.beginPath();
      for (const polygon of d.polygons)
        for (const ring of polygon)
          ring.forEach(([lng, lat], i) => {
            const p = hooks.project(lng, lat);
            const x = map.left + p.x;
            const y = map.top + p.y;
            if (i === 0) ctx.moveTo(x, y);
            else ctx.lineTo(x, y);
          });
      ctx.fill('evenodd');
      const px = ctx.getImageData(0, 0, W, H).data;
      let all = 0;
      let under = 0;
      for (let y = 0; y < H; y++)
        for (let x = 0; x < W; x++) {
          if ((px[(y * W + x) * 4 + 3] ?? 0) < 128) continue;
          all++;
          if (x >= card.left && x < card.right && y >= card.top && y < card.bottom) under++;
        }
      if (all === 0) problems.push(`${d.slug} is not on screen`);
      covered[d.slug] = all === 0 ? 1 : under / all;
    }
    // Labels: none cut (an ellipsis or a clipped box), none overlapping its neighbour.
    const labels = [
      ...document.querySelectorAll<HTMLElement>('.caption .matrix th[scope="row"], .caption .matrix-col span'),
    ];
    if (labels.length === 0) problems.push('the card shows no matrix labels');
    for (const el of labels) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        problems.push(
          `label “${el.textContent}” is cut: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
        );
      const r = el.getBoundingClientRect();
      if (r.left < card.left || r.right > card.right || r.top < card.top || r.bottom > card.bottom)
        problems.push(`label “${el.textContent}” leaves the card`);
    }
    const cols = [...document.querySelectorAll<HTMLElement>('.caption .matrix-col span')].map((el) =>
      el.getBoundingClientRect(),
    );
    cols.forEach((r, i) => {
      const next = cols[i + 1];
      if (next && r.right > next.left + 0.5) problems.push(`column labels ${i + 1} and ${i + 2} overlap`);
    });
    // The map's names and leaders keep out from under the card.
    for (const el of document.querySelectorAll<HTMLElement>('.map-label')) {
      const r = el.getBoundingClientRect();
      if (r.right > card.left && r.left < card.right && r.bottom > card.top && r.top < card.bottom)
        problems.push(`map label “${el.textContent}” is under the card`);
    }
    const text = document.querySelector('.caption')?.textContent ?? '';
    if (/\bpoint|hover|指向|悬停/i.test(text)) problems.push('the card speaks of pointing');
    return { covered, problems };
  }, rings);
}

test('in the deck, the matrix card leaves every district in view and shows every label whole', async ({ page }) => {
  test.setTimeout(240_000);
  const step = buildTour(loadModel()).findIndex((s) => s.focus.type === 'matrix') + 1;
  expect(step).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const lang of ['zh', 'en'] as const) {
      await openDeckPage(page, `?p=${step}&lang=${lang}`);
      await expect(page.locator('.caption.caption-wide .matrix')).toBeVisible();
      await mapIdle(page);
      const report = await deckMatrixReport(page);
      for (const p of report.problems) problems.push(`${width}×${height} ${lang}: ${p}`);
      for (const [slug, share] of Object.entries(report.covered))
        if (share > 0.05)
          problems.push(`${width}×${height} ${lang}: the card covers ${(share * 100).toFixed(1)}% of ${slug}`);
    }
  }
  expect(problems).toEqual([]);
});
