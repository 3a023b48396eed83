/**
 * Exports: the files that download are parsed and checked against the data — CSV rows,
 * headers and words in each language and its BOM, GeoJSON features (every record of the
 * filter or the district), PNG dimensions at 1× and 2× and with a wrapped subtitle —
 * the menu says what it exports, and the print media shows the district handout alone.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { CSV_COLUMNS, type CsvColumn } from '../../src/ui/export/records';
import { recordMatches } from '../../src/domain/join';
import { EXPORT_MENU } from '../../src/i18n/export-strings';
import { STRINGS } from '../../src/i18n/strings';
import { LANGS } from '../../src/vocabulary';
import { FOOTER_CSS_PX, HEADER_CSS_PX, SUBTITLE_LINE_CSS_PX } from '../../src/ui/export/compose';
import { PNG } from 'pngjs';
import { THEMES } from '../../src/map/palette';
import { mapIdle, openAtlas, test } from './fixtures';
import { gap, hexRgb, pixel } from './pixels';
import { loadModel } from './model';

async function download(page: Page, what: string): Promise<Buffer> {
  await page.locator('.export summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`button[data-export=${what}]`).click(),
  ]);
  const path = await file.path();
  return readFileSync(path);
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Minimal RFC 4180 parser: enough for quoted cells with commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

interface GeoFile {
  atlas: { records: number; withoutGeometry: string[]; notes: { zh: string; en: string } };
  features: {
    id: string;
    geometry: { type: string; coordinates: unknown } | null;
    properties: { precision: string | null };
  }[];
}

test('CSV and GeoJSON hold exactly the records in the filter, and the menu says so', async ({ page }) => {
  const model = loadModel();
  const industry = 'smart-manufacturing';
  const filter = { layers: ['clusters', 'platforms'] as const, industries: [industry] };
  const expected = model.records.filter((r) =>
    recordMatches(r, { layers: [...filter.layers], industries: filter.industries }),
  );
  expect(expected.length).toBeGreaterThan(0);
  expect(
    expected.some((r) => r.scope !== 'district'),
    'the filter holds records with no district',
  ).toBe(true);
  await openAtlas(page, `?l=${filter.layers.join(',')}&i=${industry}`);

  // A closed menu is only its button: nothing behind it renders on every change.
  await expect(page.locator('.export-menu')).toHaveCount(0);
  await page.locator('.export summary').click();
  const scope = page.getByTestId('export-scope');
  await expect(scope).toHaveAttribute('data-count', String(expected.length));
  await expect(scope).toContainText(`${expected.length} 条`);
  await expect(scope).toContainText(STRINGS.zh.layerNames.clusters);
  await expect(page.getByTestId('geojson-note')).toHaveText(EXPORT_MENU.zh.geojsonNote);
  await page.locator('.export summary').click();
  await expect(page.locator('.export-menu')).toHaveCount(0);

  const csv = await download(page, 'csv');
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.toString('utf8').slice(1));
  const header = rows[0] ?? [];
  const col = (c: CsvColumn) => header.indexOf(EXPORT_MENU.zh.csvColumns[c]);
  expect(rows.slice(1).map((r) => r[col('id')])).toEqual(expected.map((r) => r.id));
  const first = expected[0];
  const row = rows[1] ?? [];
  expect(row[col('name_zh')]).toBe(first?.name.zh);
  expect(row[col('quote')]).toBe(first?.quote);

  // Every record of the filter, none left out: city-wide ones without geometry, as the file declares.
  const geo = JSON.parse((await download(page, 'geojson')).toString('utf8')) as GeoFile;
  expect(geo.features.map((f) => f.id)).toEqual(expected.map((r) => r.id));
  expect(geo.atlas.records).toBe(expected.length);
  expect(geo.atlas.withoutGeometry).toEqual(geo.features.filter((f) => f.geometry === null).map((f) => f.id));
  expect(geo.atlas.notes.zh).toBe(EXPORT_MENU.zh.geojsonNote);
  for (const f of geo.features) {
    const p = model.placed.find((x) => x.id === f.id);
    if (!p) continue;
    expect((f.geometry?.coordinates as number[])[0]).toBeCloseTo(p.lng, 4);
    expect(f.properties.precision).toBe(p.precision);
  }
});

test('the CSV has readable headers and words in each language, with the ids in their own columns', async ({ page }) => {
  const model = loadModel();
  const records = model.records;
  for (const lang of LANGS) {
    const t = STRINGS[lang];
    await openAtlas(page, lang === 'en' ? '?lang=en' : '');
    const rows = parseCsv((await download(page, 'csv')).toString('utf8').slice(1));
    const header = rows[0] ?? [];
    expect(header, lang).toEqual(CSV_COLUMNS.map((c) => EXPORT_MENU[lang].csvColumns[c]));
    const col = (c: CsvColumn) => header.indexOf(EXPORT_MENU[lang].csvColumns[c]);
    expect(
      rows.slice(1).map((r) => r[col('id')]),
      lang,
    ).toEqual(records.map((r) => r.id));
    for (const [i, r] of records.entries()) {
      const row = rows[i + 1] ?? [];
      expect(row[col('layer')], `${lang} ${r.id}`).toBe(t.layerNames[r.layer]);
      expect(row[col('layer_id')], `${lang} ${r.id}`).toBe(r.layer);
      expect(row[col('kind')], `${lang} ${r.id}`).toBe(t.kindNames[r.kind]);
      expect(row[col('kind_id')], `${lang} ${r.id}`).toBe(r.kind);
      expect(row[col('industry_ids')], `${lang} ${r.id}`).toBe(r.industries.join(';'));
      for (const id of r.industries) expect(row[col('industries')]).toContain(model.industryById[id]?.label[lang]);
      const p = model.placed.find((x) => x.id === r.id);
      expect(row[col('precision')], `${lang} ${r.id}`).toBe(p ? t.precision[p.precision] : '');
      expect(row[col('precision_id')], `${lang} ${r.id}`).toBe(p?.precision ?? '');
    }
  }
});

test("with a district selected, the files hold that district's records in the filter, and the menu says so", async ({
  page,
}) => {
  const model = loadModel();
  const slug = 'pudong';
  const expected = model.records.filter((r) => r.districts.includes(slug));
  await openAtlas(page, `?d=${slug}&lang=en`);
  await page.locator('.export summary').click();
  const scope = page.getByTestId('export-scope');
  await expect(scope).toHaveAttribute('data-count', String(expected.length));
  await expect(scope).toContainText(model.districtBySlug[slug].name.en);
  await page.locator('.export summary').click();
  const rows = parseCsv((await download(page, 'csv')).toString('utf8').slice(1));
  const idCol = (rows[0] ?? []).indexOf(EXPORT_MENU.en.csvColumns.id);
  expect(rows.slice(1).map((r) => r[idCol])).toEqual(expected.map((r) => r.id));
  const geo = JSON.parse((await download(page, 'geojson')).toString('utf8')) as GeoFile;
  expect(geo.features.map((f) => f.id)).toEqual(expected.map((r) => r.id));
});

test('the PNG is the map with a title band and an attribution band, at 1× and 2×', async ({ page }) => {
  await openAtlas(page, '?d=pudong');
  const box = await page.locator('.map').boundingBox();
  if (!box) throw new Error('no map box');
  const one = pngSize(await download(page, 'png'));
  expect(one.width).toBe(Math.round(box.width));
  expect(one.height).toBe(Math.round(box.height) + 64 + 46);
  const two = pngSize(await download(page, 'png2x'));
  expect(two.width).toBe(Math.round(box.width) * 2);
  expect(two.height).toBe((Math.round(box.height) + 64 + 46) * 2);
});

test('printing the regional view: the map of China with its South China Sea Islands inset, then every linked place with its records', async ({
  page,
}) => {
  const model = loadModel();
  await openAtlas(page, '?v=region&lang=en');
  await mapIdle(page);
  // The menu offers the handout here too (it needs a district in the city view).
  await page.locator('.export summary').click();
  await expect(page.locator('[data-export="print"]')).toBeEnabled();
  await page.locator('.export summary').click();
  // Drawn at `beforeprint`, synchronously, once its chunk is in: the map and its inset included.
  const atBeforePrint = () =>
    page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const inset = document.querySelector('.print-sheet .print-map [data-sea-inset]');
      const drawn = {
        title: document.querySelector('.print-sheet .print-title')?.textContent ?? '',
        inset: inset?.querySelector('svg')?.getAttribute('aria-label') ?? null,
      };
      window.dispatchEvent(new Event('afterprint'));
      return drawn;
    });
  await expect.poll(async () => (await atBeforePrint()).inset).toBe(STRINGS.en.seaInset);
  expect((await atBeforePrint()).title).toBe(STRINGS.en.regionView.title);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.map-wrap')).toBeHidden();
  const sheet = page.locator('.print-sheet');
  await expect(sheet.locator('section[data-region]')).toHaveCount(model.regionLinks.length);
  await expect(sheet.locator('.print-records > li')).toHaveCount(
    model.regionLinks.reduce((n, l) => n + l.recordIds.length, 0),
  );
  // The inset lies inside the handout's map, in its lower right, and paints its dashed line there.
  const inset = sheet.locator('.print-map [data-sea-inset]');
  const [box, map] = await Promise.all([inset.boundingBox(), sheet.locator('.print-map').boundingBox()]);
  if (!box || !map) throw new Error('no inset or no map on the handout');
  expect(box.x).toBeGreaterThanOrEqual(map.x);
  expect(box.y).toBeGreaterThanOrEqual(map.y);
  expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
  expect(box.x + box.width / 2).toBeGreaterThan(map.x + map.width / 2);
  const shot = PNG.sync.read(await page.screenshot({ clip: box }));
  const theme = (await page.locator('.app').getAttribute('class'))?.includes('theme-dark') ? 'dark' : 'light';
  const dash = hexRgb(THEMES[theme].inset.dash);
  let dashes = 0;
  for (let y = 0; y < shot.height; y++)
    for (let x = 0; x < shot.width; x++) if (gap(pixel(shot, x, y), dash) <= 24) dashes++;
  expect(dashes, 'the dashed line and the title are printed').toBeGreaterThan(30);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-sheet')).toHaveCount(0);
});

test('the PNG of the regional view carries the South China Sea Islands inset, as the screen shows it', async ({
  page,
}) => {
  await openAtlas(page, '?v=region');
  await mapIdle(page);
  const inset = page.getByTestId('sea-inset');
  await expect(inset).toBeVisible();
  const [box, map] = await Promise.all([inset.boundingBox(), page.locator('.map').boundingBox()]);
  if (!box || !map) throw new Error('no inset or no map');
  const clip = {
    x: Math.ceil(box.x),
    y: Math.ceil(box.y),
    width: Math.floor(box.width) - 1,
    height: Math.floor(box.height) - 1,
  };
  const screen = PNG.sync.read(await page.screenshot({ clip }));
  const png = PNG.sync.read(await download(page, 'png'));
  // The map sits between the title band and the attribution band.
  const top = png.height - Math.round(map.height) - FOOTER_CSS_PX;
  const dash = hexRgb(THEMES.light.inset.dash);
  let same = 0;
  let dashes = 0;
  for (let y = 0; y < clip.height; y++)
    for (let x = 0; x < clip.width; x++) {
      const exported = pixel(png, clip.x - map.x + x, top + clip.y - map.y + y);
      if (gap(exported, pixel(screen, x, y)) <= 40) same++;
      if (gap(exported, dash) <= 24) dashes++;
    }
  expect(same / (clip.width * clip.height), 'the exported inset is the one on screen').toBeGreaterThan(0.9);
  expect(dashes, 'the dashed line and the title are drawn in the picture').toBeGreaterThan(30);
});

test('an English PNG with a long filter wraps its subtitle: the title band grows by whole lines', async ({ page }) => {
  const model = loadModel();
  const layers = ['clusters', 'funds', 'platforms', 'projects', 'reforms'];
  const industries = model.industries.slice(0, 6).map((i) => i.id);
  await openAtlas(page, `?lang=en&l=${layers.join(',')}&i=${industries.join(',')}`);
  const box = await page.locator('.map').boundingBox();
  if (!box) throw new Error('no map box');
  const { width, height } = pngSize(await download(page, 'png'));
  expect(width).toBe(Math.round(box.width));
  const extra = height - (Math.round(box.height) + HEADER_CSS_PX + FOOTER_CSS_PX);
  expect(extra, 'the subtitle took more than one line').toBeGreaterThan(0);
  expect(extra % SUBTITLE_LINE_CSS_PX, 'whole subtitle lines').toBe(0);
});

test('printing shows the selected district handout and nothing else', async ({ page }) => {
  const model = loadModel();
  await openAtlas(page, '?d=minhang&lang=en');
  // Nothing of the handout renders while nobody prints.
  await expect(page.locator('.print-sheet')).toHaveCount(0);
  // The browser lays the page out for paper right after `beforeprint` (Ctrl+P, the menu's print):
  // the handout, its map and the map's symbols must be there when that event returns.
  // Its chunk is fetched once a district is selected: wait until it is in.
  const atBeforePrint = () =>
    page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const drawn = {
        title: document.querySelector('.print-sheet .print-title')?.textContent ?? '',
        districts: document.querySelectorAll('.print-sheet .print-map path[data-district]').length,
        symbols: document.querySelectorAll('.print-sheet .print-map .map-symbol').length,
      };
      window.dispatchEvent(new Event('afterprint'));
      return drawn;
    });
  await expect.poll(async () => (await atBeforePrint()).title).toContain('Minhang');
  const synchronous = await atBeforePrint();
  expect(synchronous.districts).toBe(16);
  expect(synchronous.symbols).toBe(model.placed.filter((p) => p.district === 'minhang').length);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-sheet .print-title')).toContainText('Minhang');
  await expect(page.locator('.print-sheet .print-records > li')).toHaveCount(
    model.districtBySlug.minhang.recordIds.length,
  );
  await expect(page.locator('.print-sheet .print-map path[data-district]')).toHaveCount(16);
  // The handout's map carries the district's records as symbols, a scale and a legend of colours and precision.
  const minhangOnMap = model.placed.filter((p) => p.district === 'minhang').map((p) => p.id);
  expect(minhangOnMap.length).toBeGreaterThan(0);
  for (const id of minhangOnMap)
    await expect(page.locator(`.print-sheet .print-map .map-symbol[data-record="${id}"]`)).toBeVisible();
  await expect(page.locator('.print-sheet .print-map .svg-scale')).toBeVisible();
  await expect(page.locator('.print-sheet .print-legend .precisions li')).toHaveCount(3);
  await expect(page.locator('.map-wrap')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
  // Printing over, the handout is gone again.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.print-sheet')).toHaveCount(0);
});

test("when the menu's items could not be fetched, opening the menu again fetches them", async ({ page, health }) => {
  // The link dropped while the page asked for them (offline before the service worker kept them).
  let failures = 0;
  await page.route(/\/ExportMenuBody-[^/]*\.js$/, async (route) => {
    if (failures === 0) {
      failures++;
      await route.abort('internetdisconnected');
    } else await route.continue();
  });
  await openAtlas(page, '?d=pudong');
  await expect.poll(() => failures, { message: 'the fetch after the map drew failed' }).toBe(1);
  await page.locator('.export summary').click();
  await expect(page.getByTestId('export-scope')).toBeVisible();
  await expect(page.locator('button[data-export=csv]')).toBeVisible();
  // The one failed fetch, as the browser reports it: expected here.
  health.errors.splice(
    0,
    health.errors.length,
    ...health.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)),
  );
});
