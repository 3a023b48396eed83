/**
 * `npm run bench` — the performance benchmark. See bench/README.md for the method.
 *
 *   tsx bench/run.ts            full run: writes bench/results.{md,json}
 *   tsx bench/run.ts --quick    sizes 100 and 1,000, fewer runs: writes bench/results-quick.{md,json}
 *
 * Options (bench/lib/options.ts): --loads N, --reps N, --sizes 100,1000, --growth-loads N,
 * --filter-steps N, --out DIR (builds and datasets; default a temporary folder, removed at
 * the end), --keep (keep that folder).
 *
 * The steps: datasets → builds → servers and Chromium → loads, interactions, growth →
 * targets (bench/lib/targets.ts) → report. The benchmark reports; it does not judge by its
 * exit code: 0 whatever the numbers, non-zero only when it cannot run at all (a base build,
 * the server or the browser fails). Browsers, servers and the working folder are always
 * cleaned up, whatever fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { version as viteVersion } from 'vite';
import { DATA_FILES } from '../src/domain/atlas-data';
import { LARGE_VIEWPORT, launch, VIEWPORT } from './lib/browser';
import { allBuilds, buildAll, serveAll, type Served } from './lib/build';
import { makeDatasets } from './lib/datasets';
import { measureGrowth } from './lib/growth';
import { measureInteractions } from './lib/interactions';
import { measureLoads } from './lib/loads';
import { elapsedS, log, message, SetupError } from './lib/log';
import { parseOptions, type BenchOptions } from './lib/options';
import { ROOT } from './lib/paths';
import { renderMarkdown, writeFormatted } from './lib/report';
import { loadedPartsOf } from './lib/loaded-parts';
import { buildBytes, filesBytes } from './lib/sizes';
import { realInputs } from './lib/synth';
import { evaluateTargets, TARGETS } from './lib/targets';
import type { Measured, Results } from './lib/types';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
/** The industry the filter measurements toggle (the first of the vocabulary if it is gone). */
const FILTER_INDUSTRY = 'biomedicine';

function pkgVersion(name: string): string {
  try {
    const p = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    return p.version;
  } catch {
    return 'unknown';
  }
}

const loadAverage = () => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** What a run leaves to be said beside the tables. */
function notesFor(o: BenchOptions): string[] {
  const notes: string[] = [];
  if (o.quick)
    notes.push(
      `Quick run: ${o.loads} loads per page, ${o.reps} repetitions per interaction, sizes ${o.sizes.join(', ')}. Not for comparison.`,
    );
  if (o.growthLoads < 3)
    notes.push(`Only ${o.growthLoads} load(s) per growth size (--growth-loads): those figures are not medians of 3.`);
  return notes;
}

async function main(): Promise<number> {
  const o = parseOptions(process.argv.slice(2));
  const work = o.out ?? mkdtempSync(join(os.tmpdir(), 'atlas-bench-'));
  mkdirSync(work, { recursive: true });
  log(`working folder ${work}`);
  const loadAverageStart = loadAverage();
  const servers: Served[] = [];
  let browser: Browser | null = null;
  try {
    const inputs = realInputs();
    const filterIndustry = inputs.industries.some((i) => i.id === FILTER_INDUSTRY)
      ? FILTER_INDUSTRY
      : (inputs.industries[0]?.id ?? FILTER_INDUSTRY);
    const datasets = makeDatasets(o.sizes, inputs, work, log);
    const builds = await buildAll(work, datasets, log);
    const urls = await serveAll(builds, servers);
    try {
      browser = await launch();
    } catch (e) {
      throw new SetupError('cannot launch Chromium', 3, e);
    }

    const errors: string[] = [];
    const measured: Measured = {
      bytes: {
        app: {
          ...buildBytes(builds.app.outDir),
          embedded: filesBytes(ROOT, Object.values(DATA_FILES)),
          loaded: loadedPartsOf(builds.app.outDir, 'model'),
        },
        floor: {
          ...buildBytes(builds.floor.outDir),
          embedded: filesBytes(ROOT, [DATA_FILES.districts]),
          loaded: loadedPartsOf(builds.floor.outDir, 'data'),
        },
        peer: { ...buildBytes(builds.peer.outDir), embedded: filesBytes(ROOT, [DATA_FILES.districts]) },
      },
      load: await measureLoads(browser, urls.pages, o.loads, errors, log),
      interactions: await measureInteractions(browser, urls.pages.app, inputs, filterIndustry, o.reps, log),
      growth: await measureGrowth(browser, datasets, builds, urls.sizes, { ...o, filterIndustry }, log),
      // The room's screen: the app against the floor at the same size, and a district click there.
      large: {
        viewport: LARGE_VIEWPORT,
        load: await measureLoads(browser, urls.pages, o.largeLoads, errors, log, {
          kinds: ['app', 'floor'],
          viewport: LARGE_VIEWPORT,
        }),
        interactions: await measureInteractions(browser, urls.pages.app, inputs, filterIndustry, o.reps, log, {
          viewport: LARGE_VIEWPORT,
          only: ['district-list', 'map-click'],
        }),
      },
    };

    const results: Results = {
      date: new Date().toISOString(),
      quick: o.quick,
      durationS: elapsedS(),
      machine: {
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
        loadAverageStart,
        loadAverageEnd: loadAverage(),
      },
      versions: {
        chromium: browser.version(),
        node: process.version,
        vite: viteVersion,
        'maplibre-gl': pkgVersion('maplibre-gl'),
        echarts: pkgVersion('echarts'),
        react: pkgVersion('react'),
        'playwright-core': pkgVersion('playwright-core'),
      },
      settings: {
        loads: o.loads,
        interactionReps: o.reps,
        largeLoads: o.largeLoads,
        sizes: o.sizes,
        growthLoads: o.growthLoads,
        filterSteps: o.filterSteps,
        viewport: VIEWPORT,
        filterIndustry,
      },
      builds: allBuilds(builds).map((b) => ({ name: b.name, buildMs: b.buildMs })),
      ...measured,
      targets: evaluateTargets(TARGETS, measured),
      notes: notesFor(o),
      errors,
    };

    await writeFormatted(join(BENCH, `${o.stem}.json`), JSON.stringify(results, null, 2));
    await writeFormatted(join(BENCH, `${o.stem}.md`), renderMarkdown(results));
    log(`wrote bench/${o.stem}.md and bench/${o.stem}.json`);
    for (const t of results.targets)
      log(`  ${t.met === null ? 'not measured' : t.met ? 'met' : 'NOT met'}: ${t.description}: ${t.measured}`);
    return 0;
  } catch (e) {
    if (e instanceof SetupError) {
      console.error(`bench: ${e.message}; cannot run`, e.cause);
      return e.code;
    }
    console.error('bench: failed:', e);
    return 1;
  } finally {
    await browser?.close().catch((e: unknown) => log(`closing Chromium: ${message(e)}`));
    await Promise.all(servers.map((s) => s.close().catch((e: unknown) => log(`closing a server: ${message(e)}`))));
    if (!o.out && !o.keep) rmSync(work, { recursive: true, force: true });
    else log(`builds kept in ${work}`);
  }
}

process.exitCode = await main();
