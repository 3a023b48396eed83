/**
 * The growth table: the app on each synthetic dataset, `growthLoads` fresh loads per size,
 * each followed by `filterSteps` filter changes (on, off, …), with every long task of the
 * page's life kept for the worst-case targets.
 */
import type { Browser } from 'playwright-core';
import { centreOf, open, step } from './browser';
import type { Builds } from './build';
import type { Dataset } from './datasets';
import { message, type Log } from './log';
import { growthTimeout } from './options';
import { APP_PRECACHE_LIMIT } from '../vite.app.config';
import { buildBytes } from './sizes';
import { stats } from './stats';
import { loadStats, stepStats, type GrowthRow } from './types';

export interface GrowthPlan {
  growthLoads: number;
  filterSteps: number;
  filterIndustry: string;
}

export async function measureGrowth(
  browser: Browser,
  datasets: readonly Dataset[],
  builds: Builds,
  urls: ReadonlyMap<number, string>,
  plan: GrowthPlan,
  log: Log,
): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  const chip = `button[data-industry="${plan.filterIndustry}"]`;
  for (const d of datasets) {
    const row: GrowthRow = {
      size: d.size,
      records: d.records,
      appJs: null,
      buildMs: builds.sizes.get(d.size)?.buildMs ?? null,
      nodeValidateMs: d.nodeValidateMs,
      loads: [],
      filters: [],
      sessionLongestTasks: [],
      load: loadStats([]),
      filter: stepStats([]),
      session: stats([]),
      notes: [],
      errors: [...d.errors],
    };
    const built = builds.sizes.get(d.size);
    const url = urls.get(d.size);
    if (built && url) {
      const b = buildBytes(built.outDir);
      row.appJs = b.js;
      const over = b.files.filter((f) => /\.m?js$/.test(f.file) && f.raw > APP_PRECACHE_LIMIT);
      if (over.length > 0)
        row.notes.push(
          `the app's own build refuses this size: ${over.map((f) => `${f.file} (${(f.raw / 1048576).toFixed(1)} MiB)`).join(', ')} ` +
            `over its service worker's ${APP_PRECACHE_LIMIT / 1048576} MiB precache limit; built here without that limit`,
        );
      const timeout = growthTimeout(d.size);
      log(`growth ${d.size}: ${plan.growthLoads} load(s) × (load + ${plan.filterSteps} filter changes)`);
      for (let i = 0; i < plan.growthLoads; i++) {
        let opened: Awaited<ReturnType<typeof open>> | null = null;
        try {
          opened = await open(browser, 'app', url, { timeoutMs: timeout });
          row.loads.push(opened.sample);
          if (opened.sample.errors.length > 0) throw new Error(opened.sample.errors.join('; '));
          const page = opened.page;
          for (let j = 0; j < plan.filterSteps; j++) {
            const on = j % 2 === 0;
            const spec = { selector: `${chip}[aria-pressed="${on}"]` };
            row.filters.push(
              await step(page, spec, { hand: 'resting', point: () => centreOf(page, chip, timeout) }, timeout),
            );
          }
        } catch (e) {
          row.errors.push(`load ${i + 1}: ${message(e)}`);
        } finally {
          if (opened) {
            // Every long task of the page's life: load, filter changes and anything in between.
            const longest = await opened.page
              .evaluate(() => {
                window.__benchFlushLongtasks?.();
                return Math.max(0, ...(window.__bench?.longtasks ?? []).map((t) => t.duration));
              })
              .catch(() => null);
            if (longest !== null) row.sessionLongestTasks.push(longest);
            await opened.context.close();
          }
        }
        const last = row.loads.at(-1);
        log(
          `  load ${i + 1}/${plan.growthLoads}: idle ${last?.idle?.toFixed(0) ?? '–'} ms, heap ${last?.totalHeapMB?.toFixed(0) ?? '–'} MB, longest task ${row.sessionLongestTasks.at(-1)?.toFixed(0) ?? '–'} ms`,
        );
      }
    }
    row.load = loadStats(row.loads);
    row.filter = stepStats(row.filters);
    row.session = stats(row.sessionLongestTasks);
    rows.push(row);
  }
  return rows;
}
