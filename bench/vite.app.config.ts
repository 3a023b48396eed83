/**
 * The app's own Vite config (../vite.config.ts), extended for the benchmark:
 * - `outDir`: where the build goes (never the app's dist/);
 * - `recordsFile`: builds the app's prepared data (tools/vite-atlas-data.ts) from another
 *   records file, so the app starts on a synthetic dataset;
 * - `probe`: resolves the app's `maplibre-gl` import to bench/probe/maplibre-shim.ts, which
 *   records MapLibre's render/load/idle events in `window.__bench`.
 * Used through `benchAppConfig()` by bench/run.ts; also usable directly:
 *   BENCH_OUT=/tmp/x BENCH_RECORDS=path.json BENCH_PROBE=1 npx vite build -c bench/vite.app.config.ts
 */
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
import { PWA_OPTIONS } from '../tools/vite-pwa.ts';
import appConfig from '../vite.config.ts';
import { atlasData } from '../tools/vite-atlas-data.ts';

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
  /** Source maps beside the scripts, referenced by none (the same code): the report takes the loaded bytes apart with them. */
  sourceMaps?: boolean;
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
  if (o.probe) plugins.push(probePlugin());
  const app = await appConfigFor(env);
  if (o.recordsFile) {
    // The app prepares its data at build time (tools/vite-atlas-data.ts): prepare this records file instead.
    const recordsFile = o.recordsFile;
    app.plugins = (app.plugins ?? []).map((p) =>
      p && typeof p === 'object' && 'name' in p && p.name === 'atlas-data' ? atlasData({ root, recordsFile }) : p,
    );
  }
  if (o.precacheAnySize) app.plugins = await withUnlimitedPrecache(app.plugins);
  return mergeConfig(app, {
    root,
    logLevel: 'warn',
    plugins,
    build: {
      outDir: o.outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      ...(o.sourceMaps ? { sourcemap: 'hidden' as const } : {}),
    },
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
