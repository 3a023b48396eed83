/**
 * The app's own Vite config (../vite.config.ts), extended for the benchmark:
 * - `outDir`: where the build goes (never the app's dist/);
 * - `recordsFile`: replaces the text of `geo/data/records.json?raw` (imported by
 *   src/data/load.ts) with another records file, so the app starts on a synthetic dataset;
 * - `probe`: resolves the app's `maplibre-gl` import to bench/probe/maplibre-shim.ts, which
 *   records MapLibre's render/load/idle events in `window.__bench`.
 * Used through `benchAppConfig()` by bench/run.ts; also usable directly:
 *   BENCH_OUT=/tmp/x BENCH_RECORDS=path.json BENCH_PROBE=1 npx vite build -c bench/vite.app.config.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  defineConfig,
  mergeConfig,
  type ConfigEnv,
  type Plugin,
  type PluginOption,
  type UserConfig,
  type UserConfigExport,
} from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DATA_FILES } from '../src/domain/atlas-data';
import { PWA_OPTIONS } from '../tools/vite-pwa';
import appConfig from '../vite.config';

const root = fileURLToPath(new URL('..', import.meta.url));
const shim = fileURLToPath(new URL('./probe/maplibre-shim.ts', import.meta.url));

export interface BenchAppOptions {
  outDir: string;
  recordsFile?: string;
  probe?: boolean;
  /**
   * The app's service worker refuses to precache a file over its limit (8 MiB), which the
   * bundle passes from about 10,000 records: the app's own build then fails. The growth
   * sizes are built with the same service worker but no limit, and the report says which
   * sizes the app's own build would refuse (bench/lib/growth.ts).
   */
  precacheAnySize?: boolean;
}

/** The app's own precache limit, for the report. */
export const APP_PRECACHE_LIMIT = PWA_OPTIONS.workbox.maximumFileSizeToCacheInBytes;

async function flatPlugins(list: PluginOption): Promise<Plugin[]> {
  const x = await list;
  if (!x) return [];
  if (Array.isArray(x)) return (await Promise.all(x.map(flatPlugins))).flat();
  return [x];
}

/** The app's plugins with its service worker replaced by the same one without a size limit. */
async function withUnlimitedPrecache(plugins: PluginOption[] | undefined): Promise<PluginOption[]> {
  const own = (await flatPlugins(plugins)).filter((p) => !p.name.startsWith('vite-plugin-pwa'));
  const workbox = { ...PWA_OPTIONS.workbox, maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER };
  return [...own, VitePWA({ ...PWA_OPTIONS, workbox })];
}

/**
 * Replaces the text of the records file (`DATA_FILES.records`, imported with `?raw`). The
 * build fails if the app never imported it that way, so a growth size can never silently
 * be built on the real records.
 */
function recordsPlugin(file: string): Plugin {
  let replaced = false;
  return {
    name: 'bench-records',
    enforce: 'pre',
    load(id) {
      const [path, query = ''] = id.split('?');
      if (!path?.replace(/\\/g, '/').endsWith(`/${DATA_FILES.records}`)) return null;
      if (!query.split('&').includes('raw')) return null;
      replaced = true;
      return `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`;
    },
    generateBundle() {
      if (!replaced)
        this.error(`bench: the app never imported ${DATA_FILES.records}?raw, so its records could not be replaced`);
    },
  };
}

function probePlugin(): Plugin {
  return {
    name: 'bench-maplibre-probe',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'maplibre-gl' && importer && importer.split('?')[0] !== shim) return shim;
      return null;
    },
  };
}

const BUILD: ConfigEnv = { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false };

/** The app's config as an object, whether ../vite.config.ts exports an object, a promise or a function. */
async function appConfigFor(env: ConfigEnv): Promise<UserConfig> {
  const exported = appConfig as unknown as UserConfigExport;
  const config = await (typeof exported === 'function' ? exported(env) : exported);
  // The app config also carries Vitest's `test` block, which a build does not need.
  const { test: _test, ...rest } = config as UserConfig & { test?: unknown };
  void _test;
  return rest;
}

export async function benchAppConfig(o: BenchAppOptions, env: ConfigEnv = BUILD): Promise<UserConfig> {
  const plugins: Plugin[] = [];
  if (o.recordsFile) plugins.push(recordsPlugin(o.recordsFile));
  if (o.probe) plugins.push(probePlugin());
  const app = await appConfigFor(env);
  if (o.precacheAnySize) app.plugins = await withUnlimitedPrecache(app.plugins);
  return mergeConfig(app, {
    root,
    logLevel: 'warn',
    plugins,
    build: { outDir: o.outDir, emptyOutDir: true, reportCompressedSize: false },
  } satisfies UserConfig);
}

export default defineConfig((env) =>
  benchAppConfig(
    {
      outDir: process.env.BENCH_OUT ?? fileURLToPath(new URL('./.out/app', import.meta.url)),
      recordsFile: process.env.BENCH_RECORDS,
      probe: Boolean(process.env.BENCH_PROBE),
    },
    env,
  ),
);
