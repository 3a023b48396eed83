/** Builds the pages with Vite's JS API and serves them with `vite preview`. */
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { benchAppConfig } from '../vite.app.config';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BENCH = fileURLToPath(new URL('../', import.meta.url));

export interface Built {
  name: string;
  outDir: string;
  buildMs: number;
}

async function timed(name: string, outDir: string, run: () => Promise<unknown>): Promise<Built> {
  const t = performance.now();
  await run();
  return { name, outDir, buildMs: Math.round(performance.now() - t) };
}

/** The app, with the app's own config (plus a records replacement and/or the timing probe). */
export function buildApp(
  name: string,
  outDir: string,
  o: { probe?: boolean; recordsFile?: string } = {},
): Promise<Built> {
  return timed(name, outDir, async () => build({ ...(await benchAppConfig({ outDir, ...o })), configFile: false }));
}

/** bench/floor or bench/peer, with its own config. */
export function buildPage(page: 'floor' | 'peer', outDir: string): Promise<Built> {
  return timed(page, outDir, () =>
    build({ configFile: `${BENCH}${page}/vite.config.ts`, build: { outDir, emptyOutDir: true } }),
  );
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built folder on a free port (from `port` up) of 127.0.0.1. */
export async function serve(outDir: string, port: number): Promise<Served> {
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`vite preview of ${outDir} reported no URL`);
  return {
    url,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}
