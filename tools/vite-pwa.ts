/**
 * The build's plugins for hosting: the service worker (vite-plugin-pwa / Workbox) that
 * makes the app installable and usable offline after the first visit, and gzip + brotli
 * copies of the assets for a static server to send as they are (docs/deploy.md).
 *
 * The single-file build (`--mode single`, opened from disk) gets neither: a service worker
 * cannot run from file://, and one file needs no compressed copies. Its head keeps the
 * SVG icon, inlined, and drops the links to the manifest and the touch icon.
 */
import { readFileSync } from 'node:fs';
import type { Plugin, PluginOption } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

/** Everything the app needs offline: its code, its data (JSON beside the code), styles, page, manifest and icons. */
const PRECACHE = ['**/*.{js,json,css,html,svg,png,webmanifest}'];

/**
 * The service worker's options (exported for bench/vite.app.config.ts, which builds the app
 * on synthetic data far larger than the precache limit and raises it there only).
 */
export const PWA_OPTIONS = {
  // The notice asks before a new version takes over (src/pwa/); nothing reloads by itself.
  registerType: 'prompt',
  // src/pwa/register.ts registers the worker; no script is injected into index.html (CSP).
  injectRegister: false,
  // public/manifest.webmanifest is the manifest.
  manifest: false,
  workbox: {
    globPatterns: PRECACHE,
    // The map chunk (MapLibre and the adapter) is the largest file, about 1 MB unzipped.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // The worker answers only for the app's own files: every view is a query string on
    // the app's page (?d=pudong, ?p=3), so with the query ignored, the page's address
    // (the folder, or index.html) finds the cached page, offline too. Any other address
    // of the host (robots.txt, sw.js itself, /admin/, a typo) goes to the server as if
    // no worker were there, so its own answer (a file, a 404) reaches the visitor. A
    // navigation fallback would answer all of those with the atlas.
    navigateFallback: null,
    ignoreURLParametersMatching: [/./],
    // The first visit's page is controlled at once, so it is offline-ready without a reload.
    // Updates still wait for the user: the new worker takes over only after skipWaiting.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
} as const satisfies Partial<VitePWAOptions>;

/** The plugins of a normal build: service worker, then precompressed copies. */
export function hostingPlugins(): PluginOption[] {
  return [
    VitePWA(PWA_OPTIONS),
    compression({
      algorithms: ['gzip', 'brotliCompress'],
      include: /\.(html|css|js|mjs|svg|webmanifest|txt|json)$/,
    }),
  ];
}

/** Single-file build: no worker (the virtual module becomes a no-op), the icon inlined, no manifest. */
export function singleFilePlugins(iconFile: string): PluginOption[] {
  const icon = `data:image/svg+xml;base64,${readFileSync(iconFile).toString('base64')}`;
  const head: Plugin = {
    name: 'atlas-single-file-head',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html
          .replace(/\s*<link rel="(manifest|apple-touch-icon)"[^>]*>/g, '')
          .replace(/(<link rel="icon" href=")\/icon\.svg(")/, `$1${icon}$2`),
    },
  };
  return [VitePWA({ disable: true }), head];
}
