/**
 * `npm run bench` — the performance benchmark. See bench/README.md for the method.
 *
 *   tsx bench/run.ts            full run (10 loads per page, sizes 100 … 100,000), writes bench/results.{md,json}
 *   tsx bench/run.ts --quick    3 loads, sizes 100 and 1,000 only, writes bench/results-quick.{md,json}
 *
 * Options: --loads N, --reps N (interactions), --sizes 100,1000, --out DIR (builds and
 * datasets; default a temporary folder, removed at the end), --keep (keep that folder).
 *
 * The benchmark reports; it does not judge. It exits 0 whatever the numbers, and
 * non-zero only when it cannot run at all (a base build, the server or the browser fails).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { version as viteVersion } from 'vite';
import { DATA_FILES } from '../src/domain/atlas-data';
import type { DistrictFeature, Industry, InitiativeRecord } from '../src/domain/schema';
import { formatIssue, validateAtlasData, type RawAtlasData } from '../src/domain/validate';
import { readRawData } from '../geo/tools/read-data';
import {
  launch,
  loadOnce,
  mapIdle,
  open,
  project,
  step,
  VIEWPORT,
  type LoadSample,
  type PageKind,
  type StepSample,
  type StepSpec,
} from './lib/browser';
import { buildApp, buildPage, ROOT, serve, type Built, type Served } from './lib/build';
import { quietPointIn } from './lib/geo';
import { renderMarkdown, writeFormatted } from './lib/report';
import { buildBytes, bytesOf, filesBytes, type Bytes } from './lib/sizes';
import { stats } from './lib/stats';
import { realInputs, synthRecords } from './lib/synth';
import type { GrowthRow, Interaction, LoadStats, PageBytes, Results, StepStats, Target } from './lib/types';

const started = performance.now();
const BENCH = fileURLToPath(new URL('.', import.meta.url));

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    loads: { type: 'string' },
    reps: { type: 'string' },
    sizes: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const quick = args.quick ?? false;
const LOADS = Number(args.loads ?? (quick ? 3 : 10));
const REPS = Number(args.reps ?? (quick ? 3 : 7));
const SIZES = (args.sizes ?? (quick ? '100,1000' : '100,1000,10000,100000')).split(',').map(Number);
/** Loads per synthetic size: one at 100,000, where a load takes minutes in software WebGL on 2 cores. */
const growthLoads = (size: number) => (quick ? 3 : size >= 100_000 ? 1 : 5);
/** Filter changes measured per growth load (on, off, on, off…). */
const filterSteps = (size: number) => (quick || size >= 100_000 ? 2 : 4);
/** Time allowed for a load or a click at a size (100,000 records: over a minute of blocked main thread seen). */
const growthTimeout = (size: number) => Math.max(60_000, size * 5);
const INDUSTRY = 'biomedicine';
const CLICK_DISTRICT = 'minhang';

const log = (...xs: unknown[]) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s]`, ...xs);
const errors: string[] = [];
const notes: string[] = [];
const message = (e: unknown): string => (e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));

function pkgVersion(name: string): string {
  try {
    const p = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
    return p.version;
  } catch {
    return 'unknown';
  }
}

function loadStats(samples: LoadSample[]): LoadStats {
  return {
    idle: stats(samples.map((s) => s.idle)),
    visible: stats(samples.map((s) => s.visible)),
    svg: stats(samples.map((s) => s.svg)),
    mapDrawn: stats(samples.map((s) => s.mapDrawn)),
    ready: stats(samples.map((s) => s.ready)),
    fcp: stats(samples.map((s) => s.fcp)),
    longestTask: stats(samples.map((s) => s.longestTask)),
    heapMB: stats(samples.map((s) => s.heapMB)),
  };
}

function stepStats(samples: StepSample[]): StepStats {
  return {
    ui: stats(samples.map((s) => s.ui)),
    idle: stats(samples.map((s) => s.idle)),
    longestTask: stats(samples.map((s) => s.longestTask)),
  };
}

/** The real data files, parsed, for validating synthetic records against them in Node. */
function rawFiles(): RawAtlasData {
  const { raw, issues } = readRawData(ROOT);
  if (issues.length > 0) throw new Error(`cannot read the data: ${issues.map(formatIssue).join('; ')}`);
  return raw;
}

// ---------------------------------------------------------------------------------------------
// 1. Datasets and builds.

const work = args.out ?? mkdtempSync(join(os.tmpdir(), 'atlas-bench-'));
mkdirSync(work, { recursive: true });
log(`working folder ${work}`);
/** Removes the working folder unless the user chose it or asked to keep it. */
function cleanUp(): void {
  if (!args.out && !args.keep) rmSync(work, { recursive: true, force: true });
  else log(`builds kept in ${work}`);
}
const loadAvgStart = os.loadavg();

interface Dataset {
  size: number;
  file: string;
  records: Bytes;
  nodeValidateMs: number | null;
  errors: string[];
}

const inputs = realInputs();
const industries: Industry[] = inputs.industries;
const filterIndustry = industries.some((i) => i.id === INDUSTRY) ? INDUSTRY : (industries[0]?.id ?? INDUSTRY);
const raw = rawFiles();
const datasets: Dataset[] = [];
for (const size of SIZES) {
  const d: Dataset = {
    size,
    file: join(work, `records-${size}.json`),
    records: { raw: 0, gzip: 0 },
    nodeValidateMs: null,
    errors: [],
  };
  try {
    const records = synthRecords(size, inputs);
    // Indented like the real geo/data/records.json.
    const text = `${JSON.stringify(records, null, 2)}\n`;
    writeFileSync(d.file, text);
    d.records = bytesOf(text);
    const t = performance.now();
    const v = validateAtlasData({ ...raw, records: JSON.parse(text) as unknown });
    d.nodeValidateMs = Math.round(performance.now() - t);
    if (!v.ok)
      d.errors.push(
        `synthetic data does not validate: ${v.issues
          .slice(0, 3)
          .map((i) => `${i.path}: ${i.reason}`)
          .join('; ')}`,
      );
    log(
      `dataset ${size}: ${(d.records.raw / 1e6).toFixed(1)} MB, validates in ${d.nodeValidateMs} ms${v.ok ? '' : ' — INVALID'}`,
    );
  } catch (e) {
    d.errors.push(`dataset: ${message(e)}`);
  }
  datasets.push(d);
}

const builds: Built[] = [];
const out = (name: string) => join(work, name);
let base: { app: Built; probe: Built; floor: Built; peer: Built };
try {
  log('building app, app+probe, floor, peer…');
  base = {
    app: await buildApp('app', out('app')),
    probe: await buildApp('app+probe', out('app-probe'), { probe: true }),
    floor: await buildPage('floor', out('floor')),
    peer: await buildPage('peer', out('peer')),
  };
  builds.push(base.app, base.probe, base.floor, base.peer);
} catch (e) {
  console.error('bench: a base build failed, cannot run:', e);
  cleanUp();
  process.exit(2);
}
const sizeBuilds = new Map<number, Built>();
for (const d of datasets) {
  if (d.errors.length > 0) continue;
  try {
    log(`building app on ${d.size} records…`);
    const b = await buildApp(`app-${d.size}`, out(`app-${d.size}`), { probe: true, recordsFile: d.file });
    sizeBuilds.set(d.size, b);
    builds.push(b);
  } catch (e) {
    d.errors.push(`build: ${message(e)}`);
  }
}

const appDataFiles = Object.values(DATA_FILES);
const bytes: Record<PageKind, PageBytes> = {
  app: { ...buildBytes(base.app.outDir), embedded: filesBytes(ROOT, appDataFiles) },
  floor: { ...buildBytes(base.floor.outDir), embedded: filesBytes(ROOT, [DATA_FILES.districts]) },
  peer: { ...buildBytes(base.peer.outDir), embedded: filesBytes(ROOT, [DATA_FILES.districts]) },
};

// ---------------------------------------------------------------------------------------------
// 2. Serve and measure.

const servers: Served[] = [];
let browser: Browser;
let urls: Record<'app' | 'floor' | 'peer', string>;
const sizeUrls = new Map<number, string>();
try {
  let port = 4300;
  const next = async (dir: string) => {
    const s = await serve(dir, port);
    port = Number(new URL(s.url).port) + 1;
    servers.push(s);
    return s.url;
  };
  urls = {
    app: await next(base.probe.outDir),
    floor: await next(base.floor.outDir),
    peer: await next(base.peer.outDir),
  };
  for (const [size, b] of sizeBuilds) sizeUrls.set(size, await next(b.outDir));
  browser = await launch();
} catch (e) {
  console.error('bench: cannot serve or launch Chromium:', e);
  await Promise.all(servers.map((s) => s.close()));
  cleanUp();
  process.exit(3);
}

const chromiumVersion = browser.version();
const loadSamples: Record<PageKind, LoadSample[]> = { app: [], floor: [], peer: [] };
const kinds: PageKind[] = ['app', 'floor', 'peer'];

log(`loads: 1 warm-up + ${LOADS} measured per page, alternating`);
for (const kind of kinds) await loadOnce(browser, kind, urls[kind]).catch((e: unknown) => errors.push(message(e)));
for (let i = 0; i < LOADS; i++) {
  // Rotate who goes first, so no page always follows the same one.
  const order = [...kinds.slice(i % 3), ...kinds.slice(0, i % 3)];
  for (const kind of order) {
    try {
      const s = await loadOnce(browser, kind, urls[kind]);
      loadSamples[kind].push(s);
      if (s.errors.length > 0) errors.push(...s.errors.map((x) => `${kind} load ${i + 1}: ${x}`));
    } catch (e) {
      errors.push(`${kind} load ${i + 1}: ${message(e)}`);
    }
  }
  const [a, f, p] = kinds.map((k) => loadSamples[k].at(-1)?.idle?.toFixed(0) ?? '–');
  log(`  load ${i + 1}/${LOADS}: idle app ${a} ms, floor ${f} ms, peer (finished) ${p} ms`);
}

// Interactions, on the real data, with reduced motion (camera moves jump instead of a 900 ms ease).
const interactions: Interaction[] = [];
{
  const minhang = inputs.districts.find((d: DistrictFeature) => d.properties.slug === CLICK_DISTRICT);
  const quiet = minhang ? quietPointIn(minhang, inputs.districts, inputs.records as InitiativeRecord[]) : null;
  const districtView = `.panel-body[data-view="district"][data-district="${CLICK_DISTRICT}"]`;
  const chip = `button[data-industry="${filterIndustry}"]`;
  let pressed = false;
  const plans: {
    name: string;
    how: string;
    run: (p: import('playwright-core').Page) => Promise<StepSample>;
    reset?: (p: import('playwright-core').Page) => Promise<void>;
  }[] = [
    {
      name: 'District list click → panel, map idle',
      how: `click button[data-district=${CLICK_DISTRICT}]; UI = ${districtView} present`,
      run: (p) =>
        step(p, { selector: districtView }, () => p.locator(`button[data-district="${CLICK_DISTRICT}"]`).click()),
      reset: backToCity,
    },
    {
      name: 'Map click in a district → panel, map idle',
      how: `click on the map inside ${CLICK_DISTRICT} at ${quiet?.map((x) => x.toFixed(4)).join(', ') ?? '?'} (a point clear of symbols); UI = ${districtView} present`,
      run: async (p) => {
        if (!quiet) throw new Error(`no district ${CLICK_DISTRICT}`);
        const at = await project(p, quiet);
        return step(p, { selector: districtView }, () => p.locator('.map').click({ position: at }));
      },
      reset: backToCity,
    },
    {
      name: 'Industry filter change → map idle',
      how: `click ${chip} (on, then off, alternately); UI = its aria-pressed flipped`,
      run: (p) => {
        pressed = !pressed;
        return step(p, { selector: `${chip}[aria-pressed="${pressed}"]` }, () => p.locator(chip).click());
      },
    },
    {
      name: 'Language switch → header text, map idle',
      how: 'click .lang-switch (zh → en → zh …); UI = the header title text changed',
      run: (p) => step(p, { changedText: '.header h1' }, () => p.locator('.lang-switch').click()),
    },
  ];
  async function backToCity(p: import('playwright-core').Page): Promise<void> {
    await p.locator('.panel-body .back').click();
    await p.locator('.panel-body[data-view="overview"]').waitFor();
    await mapIdle(p);
  }
  log(`interactions: 1 warm-up + ${REPS} measured each`);
  for (const plan of plans) {
    const it: Interaction = { name: plan.name, how: plan.how, samples: [], stats: stepStats([]), errors: [] };
    let opened: Awaited<ReturnType<typeof open>> | null = null;
    try {
      opened = await open(browser, 'app', urls.app, { reducedMotion: true });
      const { page } = opened;
      await mapIdle(page);
      pressed = false;
      for (let r = 0; r <= REPS; r++) {
        const s = await plan.run(page);
        if (r > 0) it.samples.push(s);
        if (plan.reset) await plan.reset(page);
        else await mapIdle(page);
      }
    } catch (e) {
      it.errors.push(message(e));
    } finally {
      await opened?.context.close();
    }
    it.stats = stepStats(it.samples);
    interactions.push(it);
    log(
      `  ${plan.name}: idle median ${it.stats.idle.median?.toFixed(0) ?? '–'} ms${it.errors.length ? ` (${it.errors.join('; ')})` : ''}`,
    );
  }
}

// Growth with data size.
const growth: GrowthRow[] = [];
for (const d of datasets) {
  const row: GrowthRow = {
    size: d.size,
    records: d.records,
    appJs: null,
    buildMs: sizeBuilds.get(d.size)?.buildMs ?? null,
    nodeValidateMs: d.nodeValidateMs,
    loads: [],
    filters: [],
    sessionLongestTasks: [],
    load: loadStats([]),
    filter: stepStats([]),
    errors: [...d.errors],
  };
  const b = sizeBuilds.get(d.size);
  const url = sizeUrls.get(d.size);
  if (b && url) {
    row.appJs = buildBytes(b.outDir).js;
    const n = growthLoads(d.size);
    const steps = filterSteps(d.size);
    log(`growth ${d.size}: ${n} load(s) × (load + ${steps} filter changes)`);
    for (let i = 0; i < n; i++) {
      let opened: Awaited<ReturnType<typeof open>> | null = null;
      try {
        opened = await open(browser, 'app', url, { timeoutMs: growthTimeout(d.size) });
        row.loads.push(opened.sample);
        if (opened.sample.errors.length > 0) throw new Error(opened.sample.errors.join('; '));
        const chip = `button[data-industry="${filterIndustry}"]`;
        for (let j = 0; j < steps; j++) {
          const on = j % 2 === 0;
          const spec: StepSpec = { selector: `${chip}[aria-pressed="${on}"]` };
          const page = opened.page;
          const click = () => page.locator(chip).click({ timeout: growthTimeout(d.size) });
          row.filters.push(await step(page, spec, click, growthTimeout(d.size)));
        }
      } catch (e) {
        row.errors.push(`load ${i + 1}: ${message(e)}`);
      } finally {
        if (opened) {
          // Every long task of the page's life: load, filter changes and anything in between.
          const longest = await opened.page
            .evaluate(() => Math.max(0, ...(window.__bench?.longtasks ?? []).map((t) => t.duration)))
            .catch(() => null);
          if (longest !== null) row.sessionLongestTasks.push(longest);
          await opened.context.close();
        }
      }
      const last = row.loads.at(-1);
      log(
        `  load ${i + 1}/${n}: idle ${last?.idle?.toFixed(0) ?? '–'} ms, longest task ${row.sessionLongestTasks.at(-1)?.toFixed(0) ?? '–'} ms`,
      );
    }
  }
  row.load = loadStats(row.loads);
  row.filter = stepStats(row.filters);
  growth.push(row);
}

await browser.close();
await Promise.all(servers.map((s) => s.close()));

// ---------------------------------------------------------------------------------------------
// 3. Targets and report.

const load = {
  app: { samples: loadSamples.app, stats: loadStats(loadSamples.app) },
  floor: { samples: loadSamples.floor, stats: loadStats(loadSamples.floor) },
  peer: { samples: loadSamples.peer, stats: loadStats(loadSamples.peer) },
};
const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(0)} ms`);
const targets: Target[] = [];
{
  const a = load.app.stats.idle.median;
  const f = load.floor.stats.idle.median;
  const ratio = a !== null && f !== null && f > 0 ? a / f : null;
  targets.push({
    name: 'Time to first idle ≤ 1.25× the floor',
    target: '≤ 1.25×',
    value: ratio === null ? 'n/a' : `${ratio.toFixed(2)}× (${ms(a)} vs ${ms(f)})`,
    reached: ratio === null ? null : ratio <= 1.25,
    note: 'medians; the app draws in its middle column, the floor the full 1920×1080 window',
  });
  const beyond = bytes.app.js.gzip - bytes.floor.js.gzip;
  targets.push({
    name: 'JS beyond the floor ≤ 150 KB gzip',
    target: '≤ 150 KB',
    value: `${(beyond / 1024).toFixed(1)} KB`,
    reached: beyond <= 150 * 1024,
    note: 'all shipped JS, worker and embedded data included, gzip -9; 1 KB = 1024 B',
  });
  const g10k = growth.find((g) => g.size === 10_000);
  const fi = g10k?.filter.idle.median ?? null;
  targets.push({
    name: 'Filter → idle < 100 ms at 10,000 records',
    target: '< 100 ms',
    value: g10k ? `${ms(fi)} median (max ${ms(g10k.filter.idle.max)})` : 'not measured',
    reached: fi === null ? null : fi < 100,
  });
  const worst = g10k && g10k.sessionLongestTasks.length > 0 ? Math.max(...g10k.sessionLongestTasks) : -1;
  targets.push({
    name: 'No main-thread task > 200 ms at 10,000 records',
    target: '≤ 200 ms',
    value:
      g10k && worst >= 0 ? `longest ${ms(worst)} (whole page life: load and filter changes, all runs)` : 'not measured',
    reached: g10k && worst >= 0 ? worst <= 200 : null,
    note: 'the worst task seen in any run, not a median',
  });
  const av = load.app.stats.visible.median;
  const pv = load.peer.stats.visible.median;
  targets.push({
    name: 'App shows districts no later than the peer',
    target: 'app ≤ peer',
    value: `${ms(av)} vs ${ms(pv)}`,
    reached: av === null || pv === null ? null : av <= pv,
    note: 'medians of districts-visible times',
  });
}
if (quick)
  notes.push(
    'Quick run: 3 loads per page, 3 repetitions per interaction, sizes 100 and 1,000 only. Not for comparison.',
  );
if (!quick && SIZES.includes(100_000))
  notes.push(
    'The 100,000-record size is loaded once (with 2 filter changes) instead of 5 times: one load takes minutes here; its figures are single runs, not medians.',
  );

const results: Results = {
  date: new Date().toISOString(),
  quick,
  durationS: Math.round((performance.now() - started) / 1000),
  machine: {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageStart: loadAvgStart.map((x) => Math.round(x * 100) / 100),
    loadAverageEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
  },
  versions: {
    chromium: chromiumVersion,
    node: process.version,
    vite: viteVersion,
    'maplibre-gl': pkgVersion('maplibre-gl'),
    echarts: pkgVersion('echarts'),
    react: pkgVersion('react'),
    'playwright-core': pkgVersion('playwright-core'),
  },
  settings: {
    loads: LOADS,
    interactionReps: REPS,
    sizes: SIZES,
    growthLoads: Object.fromEntries(SIZES.map((s) => [String(s), growthLoads(s)])),
    filterStepsPerLoad: Object.fromEntries(SIZES.map((s) => [String(s), filterSteps(s)])),
    viewport: VIEWPORT,
    filterIndustry,
  },
  bytes,
  builds: builds.map((b) => ({ name: b.name, buildMs: b.buildMs })),
  load,
  interactions,
  growth,
  targets,
  notes,
  errors,
};

const stem = quick ? 'results-quick' : 'results';
await writeFormatted(join(BENCH, `${stem}.json`), JSON.stringify(results, null, 2));
await writeFormatted(join(BENCH, `${stem}.md`), renderMarkdown(results));
log(`wrote bench/${stem}.md and bench/${stem}.json`);
for (const t of targets)
  log(`  ${t.reached === null ? '—' : t.reached ? 'reached' : 'NOT reached'}: ${t.name}: ${t.value}`);

cleanUp();
