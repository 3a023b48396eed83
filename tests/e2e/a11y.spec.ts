/**
 * Accessibility: axe-core over each view a visitor (or a presenter) can reach. Any
 * violation with impact "serious" or "critical" fails the test; the failure message
 * lists every violation axe found in that view, with its targets and HTML, so the fix
 * is clear from the report alone.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { buildTour } from '../../src/domain/tour';
import { DISTRICTS, INDUSTRIES, district, recordWithIndustry } from './data';
import { expect, expectParam, mapIdle, test } from './fixtures';
import { loadModel } from './model';
import { DECK } from '../../src/i18n/deck-strings';

const AXE_PATH = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe over the whole document and returns its violations. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, TAGS);
}

/** Every violation, readably: rule, impact, help, and each node's selector, HTML and why. */
function formatViolations(violations: AxeViolation[]): string {
  if (violations.length === 0) return 'no violations';
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    - target: ${JSON.stringify(n.target)}\n      html: ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Asserts no serious or critical violation in the current view; lists all violations on failure. */
async function expectNoSeriousViolations(page: Page, view: string): Promise<void> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  expect(
    blocking.map((v) => `${v.impact} ${v.id}`),
    `axe (${TAGS.join(', ')}) in ${view}: no serious or critical violations. All violations found:\n${formatViolations(violations)}`,
  ).toEqual([]);
}

const panel = '.panel-body';

// The app's Content-Security-Policy (script-src 'self') would block the inline axe script tag.
test.use({ bypassCSP: true });

/** Opens the app at `query` and waits for the map's first draw, patiently: the machine is shared. */
async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('.map')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
  await mapIdle(page);
}

test('overview (Chinese) has no serious or critical axe violations', async ({ page }) => {
  await openAtlas(page);
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'overview');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectNoSeriousViolations(page, 'the overview, zh');
});

test('overview (English) has no serious or critical axe violations', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'overview');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoSeriousViolations(page, 'the overview, en');
});

test('a selected district has no serious or critical axe violations', async ({ page }) => {
  await openAtlas(page, '?d=pudong');
  await expect(page.locator(panel)).toHaveAttribute('data-district', 'pudong');
  await expect(page.locator(`${panel} .panel-title`)).toHaveText(district('pudong').name.zh);
  await expectNoSeriousViolations(page, 'the district view (?d=pudong)');
});

test('the export menu, open, has no serious or critical axe violations, on the desk and on a phone', async ({
  page,
}) => {
  // Its lines sit in the header, whose own subtitle's style must not reach them (it hid them on a phone).
  for (const [size, query] of [
    [{ width: 1920, height: 1080 }, '?d=pudong'],
    [{ width: 390, height: 844 }, '?d=pudong&t=dark&lang=en'],
  ] as const) {
    await page.setViewportSize(size);
    await openAtlas(page, query);
    // Narrower than the desk, the header's tools are in the menu drawer.
    if (size.width < 1280) await page.getByTestId('menu-button').click();
    await page.locator('.export summary').click();
    await expect(page.getByTestId('export-scope')).toBeVisible();
    await expect(page.getByTestId('geojson-note')).toBeVisible();
    await expectNoSeriousViolations(page, `the export menu (${query}, ${size.width}×${size.height})`);
  }
});

test('a selected record has no serious or critical axe violations', async ({ page }) => {
  const r = recordWithIndustry();
  await openAtlas(page, `?r=${r.id}`);
  await expect(page.locator(panel)).toHaveAttribute('data-view', 'record');
  await expect(page.locator(panel)).toHaveAttribute('data-record', r.id);
  await expect(page.locator(`${panel} .quote`)).toBeVisible();
  await expectNoSeriousViolations(page, `the record view (?r=${r.id})`);
});

test('the industry filter with two industries picked has no serious or critical axe violations', async ({ page }) => {
  const [a, b] = INDUSTRIES;
  if (!a || !b) throw new Error('fewer than two industries');
  await openAtlas(page);
  await page.locator(`button[data-industry="${a.id}"]`).click();
  await page.locator(`button[data-industry="${b.id}"]`).click();
  await expect(page.locator('button[data-industry][aria-pressed="true"]')).toHaveCount(2);
  await expectParam(page, 'i', `${a.id},${b.id}`);
  await mapIdle(page);
  await expectNoSeriousViolations(page, `the filtered view (industries ${a.id}, ${b.id})`);
});

/** The 1-based deck step of the first district in the tour. */
function districtStep(): { p: number; slug: string } {
  const tour = buildTour(loadModel());
  const i = tour.findIndex((s) => s.focus.type === 'district');
  const step = tour[i];
  if (!step || step.focus.type !== 'district') throw new Error('the tour has no district step');
  return { p: i + 1, slug: step.focus.district };
}

test('presentation mode, first step (dark theme), has no serious or critical axe violations', async ({ page }) => {
  await openAtlas(page, '?p=1');
  await expect(page.locator('.app.presenting.theme-dark')).toBeVisible();
  await expect(page.locator('.caption')).toHaveAttribute('data-step', 'city');
  await mapIdle(page);
  await expectNoSeriousViolations(page, 'presentation mode, step 1 (?p=1)');
});

test('presentation mode, a district step (dark theme), has no serious or critical axe violations', async ({ page }) => {
  const { p, slug } = districtStep();
  await openAtlas(page, `?p=${p}`);
  await expect(page.locator('.app.presenting.theme-dark')).toBeVisible();
  await expect(page.locator('.caption')).toHaveAttribute('data-step', `district-${slug}`);
  const d = DISTRICTS.find((x) => x.slug === slug);
  await expect(page.locator('.caption-title')).toHaveText(d?.name.zh ?? slug);
  await mapIdle(page);
  await expectNoSeriousViolations(page, `presentation mode, district step ${p} (?p=${p}, ${slug})`);
});

test('the key-help dialog in the deck has no serious or critical axe violations', async ({ page }) => {
  await openAtlas(page, '?p=1');
  await expect(page.locator('.app.presenting')).toBeVisible();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expectNoSeriousViolations(page, 'the key-help dialog (? in the deck)');

  // The step's QR code (Q), a dialog too: named by its heading, the code named by the link it carries.
  await page.keyboard.press('Escape');
  await page.keyboard.press('q');
  const qr = page.getByRole('dialog', { name: DECK.zh.qrTitle });
  await expect(qr).toBeVisible();
  await expect(qr.getByRole('img')).toHaveAccessibleName(/follow=1/);
  await expectNoSeriousViolations(page, 'the QR code dialog (Q in the deck)');
});
