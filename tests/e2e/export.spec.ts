/**
 * Exports: the files that download are parsed and checked against the data — CSV rows
 * and its BOM, GeoJSON features, PNG dimensions at 1× and 2× — and the print media
 * shows the district handout alone.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { recordMatches } from '../../src/domain/join';
import { openAtlas, test } from './fixtures';
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

test('CSV and GeoJSON hold exactly the records in the filter', async ({ page }) => {
  const model = loadModel();
  const industry = 'smart-manufacturing';
  const filter = { layers: ['clusters', 'platforms'] as const, industries: [industry] };
  const expected = model.records.filter((r) =>
    recordMatches(r, { layers: [...filter.layers], industries: filter.industries }),
  );
  expect(expected.length).toBeGreaterThan(0);
  await openAtlas(page, `?l=${filter.layers.join(',')}&i=${industry}`);

  const csv = await download(page, 'csv');
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.toString('utf8').slice(1));
  const header = rows[0] ?? [];
  expect(header.slice(0, 3)).toEqual(['id', 'scope', 'districts']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((r) => r.id));
  const first = expected[0];
  const row = rows[1] ?? [];
  expect(row[header.indexOf('name_zh')]).toBe(first?.name.zh);
  expect(row[header.indexOf('quote')]).toBe(first?.quote);

  const geo = JSON.parse((await download(page, 'geojson')).toString('utf8')) as {
    features: { id: string; geometry: { coordinates: [number, number] }; properties: { precision: string } }[];
  };
  const placed = expected.filter((r) => model.placed.some((p) => p.id === r.id));
  expect(geo.features.map((f) => f.id)).toEqual(placed.map((r) => r.id));
  for (const f of geo.features) {
    const p = model.placed.find((x) => x.id === f.id);
    expect(f.geometry.coordinates[0]).toBeCloseTo(p?.lng ?? NaN, 4);
    expect(f.properties.precision).toBe(p?.precision);
  }
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

test('printing shows the selected district handout and nothing else', async ({ page }) => {
  const model = loadModel();
  await openAtlas(page, '?d=minhang&lang=en');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-sheet .print-title')).toContainText('Minhang');
  await expect(page.locator('.print-sheet .print-records > li')).toHaveCount(
    model.districtBySlug.minhang.recordIds.length,
  );
  await expect(page.locator('.print-sheet .print-map path[data-district]')).toHaveCount(16);
  await expect(page.locator('.map-wrap')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
});
