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
import { defineConfig, mergeConfig, type ConfigEnv, type Plugin, type UserConfig, type UserConfigExport } from 'vite';
import { DATA_FILES } from '../src/domain/atlas-data';
import appConfig from '../vite.config';

const root = fileURLToPath(new URL('..', import.meta.url));
const shim = fileURLToPath(new URL('./probe/maplibre-shim.ts', import.meta.url));

export interface BenchAppOptions {
  outDir: string;
  recordsFile?: string;
  probe?: boolean;
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
  return mergeConfig(await appConfigFor(env), {
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
