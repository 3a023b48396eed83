import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { canvasChannel } from './tools/vite-canvas-channel.ts';
import { hostingPlugins, singleFilePlugins } from './tools/vite-pwa.ts';
import { atlasData, MODEL_ASSET } from './tools/vite-atlas-data.ts';
import { preloadMap } from './tools/vite-preload-map.ts';
import { paletteStylesheet } from './tools/vite-palette.ts';

const SINGLE_OUT = 'dist-single';

/** The project folder: geo/ is read from here when the data is prepared. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

const WORKER_MODULE = 'virtual:maplibre-worker-url';

/**
 * Where MapLibre's worker comes from: a file of the build normally; in the single-file
 * build its code is inlined and started from a blob: URL, since a page opened from disk
 * can load no second file.
 */
function maplibreWorker(single: boolean): Plugin {
  const resolved = `\0${WORKER_MODULE}`;
  return {
    name: 'atlas-maplibre-worker',
    resolveId: (id) => (id === WORKER_MODULE ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      return single
        ? "import code from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';\n" +
            "export default URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));\n"
        : "export { default } from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';\n";
    },
  };
}

/**
 * A page opened from disk has no origin to trust, so the single file's policy allows
 * exactly its own inline script (by hash), its styles and images, and the map worker
 * (blob: and data: URLs made in the page); nothing else.
 */
function singleFileCsp(outDir: string): Plugin {
  return {
    name: 'atlas-single-file-csp',
    enforce: 'post',
    // After the single-file plugin has inlined everything and the file is on disk.
    writeBundle() {
      const file = `${outDir}/index.html`;
      const html = readFileSync(file, 'utf8');
      // Every inline script: the app's module and the canvas channel (tools/vite-canvas-channel.ts).
      const hashes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) =>
          `'sha256-${createHash('sha256')
            .update(m[1] ?? '')
            .digest('base64')}'`,
      );
      const policy = [
        "default-src 'none'",
        `script-src ${hashes.join(' ')}`,
        // MapLibre turns the worker into a data: URL itself when the page's origin is null (file://).
        'worker-src data: blob:',
        'child-src data: blob:',
        'img-src data: blob:',
        "style-src 'unsafe-inline'",
        'font-src data:',
        'connect-src data: blob:',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      const out = html.replace(
        /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/,
        `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
      if (out === html) throw new Error(`${file}: no Content-Security-Policy meta to replace`);
      writeFileSync(file, out);
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the built folder works from any static location.
  base: './',
  plugins:
    mode === 'single'
      ? [
          atlasData({ root: ROOT }),
          paletteStylesheet(),
          maplibreWorker(true),
          canvasChannel(ROOT, { inline: true }),
          react(),
          ...singleFilePlugins('public/icon.svg'),
          viteSingleFile(),
          singleFileCsp(SINGLE_OUT),
        ]
      : [
          atlasData({ root: ROOT }),
          paletteStylesheet(),
          maplibreWorker(false),
          canvasChannel(ROOT, { inline: false }),
          react(),
          preloadMap('src/map/adapter.ts', [MODEL_ASSET]),
          ...hostingPlugins(),
        ],
  // public/ (icons, manifest, robots.txt) is for a served site; the single file embeds only the icon.
  publicDir: mode === 'single' ? false : 'public',
  // Pre-bundling breaks MapLibre's worker in dev (HTTP 504 on the worker module).
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    outDir: mode === 'single' ? SINGLE_OUT : 'dist',
    rolldownOptions: {
      // Rolldown's PLUGIN_TIMINGS counts the time a JavaScript hook is pending, waits
      // included. Here those waits are the native bundler and Workbox's worker threads:
      // a CPU profile of the build shows the main thread idle for 4.8 of its 6 s, so
      // the report (eight lines on every build on a busy 2-core machine) names no work
      // of ours to make faster.
      checks: { bundlerTimings: false },
      // What index.html loads is one file beside the map's chunk (MapLibre), not the entry and
      // the 16 small chunks the automatic split made of what it shares with that chunk and the
      // lazy views: each cost its own request and compressed alone, 4.6 KB more gzip.
      output: mode === 'single' ? {} : { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  // `PORT=8080 npm start`; the default stays 4173. The served site is the public build
  // and nothing else, so any host name may reach it: with `-- --host`, people in the
  // room can type this computer's name (Vite would answer "Blocked request" to that).
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true, allowedHosts: true },
  // Only real files: an unknown path is a 404, as on the web server (docs/deploy.md),
  // not the app under a wrong address.
  appType: 'mpa',
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
}));
