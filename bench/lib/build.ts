/** Builds the pages with Vite's JS API and serves them as a static server would (static-server.ts). */
import { join } from 'node:path';
import { build } from 'vite';
import { benchAppConfig, type BenchAppOptions } from '../vite.app.config';
import type { PageKind } from './browser';
import type { Dataset } from './datasets';
import { message, SetupError, type Log } from './log';
import { BENCH } from './paths';
import { serveStatic, type StaticServer } from './static-server';

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
export function buildApp(name: string, outDir: string, o: Omit<BenchAppOptions, 'outDir'> = {}): Promise<Built> {
  return timed(name, outDir, async () => build({ ...(await benchAppConfig({ outDir, ...o })), configFile: false }));
}

/** bench/floor or bench/peer, with its own config; the floor with hidden source maps, as the app (loaded-parts.ts). */
export function buildPage(page: 'floor' | 'peer', outDir: string): Promise<Built> {
  const sourcemap = page === 'floor' ? ('hidden' as const) : false;
  return timed(page, outDir, () =>
    build({ configFile: `${BENCH}${page}/vite.config.ts`, build: { outDir, emptyOutDir: true, sourcemap } }),
  );
}

export interface Builds {
  /** The app as shipped (with hidden source maps beside it): its bytes. */
  app: Built;
  /** The app with the timing probe: its timings. */
  probe: Built;
  floor: Built;
  peer: Built;
  /** The app with the probe on each valid synthetic dataset (service worker without its size limit). */
  sizes: Map<number, Built>;
}

/**
 * Builds everything into `work`. A failed base build stops the benchmark (SetupError); a
 * failed size build is written into its dataset's errors and the size is skipped.
 */
export async function buildAll(work: string, datasets: Dataset[], log: Log): Promise<Builds> {
  const out = (name: string) => join(work, name);
  let base: Omit<Builds, 'sizes'>;
  try {
    log('building app, app+probe, floor, peer…');
    base = {
      app: await buildApp('app', out('app'), { sourceMaps: true }),
      probe: await buildApp('app+probe', out('app-probe'), { probe: true }),
      floor: await buildPage('floor', out('floor')),
      peer: await buildPage('peer', out('peer')),
    };
  } catch (e) {
    throw new SetupError('a base build failed', 2, e);
  }
  const sizes = new Map<number, Built>();
  for (const d of datasets) {
    if (d.errors.length > 0) continue;
    try {
      log(`building app on ${d.size} records…`);
      const o = { probe: true, recordsFile: d.file, precacheAnySize: true };
      sizes.set(d.size, await buildApp(`app-${d.size}`, out(`app-${d.size}`), o));
    } catch (e) {
      d.errors.push(`build: ${message(e)}`);
    }
  }
  return { ...base, sizes };
}

/** Every build as a list, in build order (for the report). */
export function allBuilds(b: Builds): Built[] {
  return [b.app, b.probe, b.floor, b.peer, ...b.sizes.values()];
}

export type Served = StaticServer;

export interface Urls {
  /** The probe build of the app, the floor and the peer. */
  pages: Record<PageKind, string>;
  sizes: Map<number, string>;
}

/**
 * Serves every build from port 4300 up, precompressed (static-server.ts). Each server is
 * pushed onto `servers` as soon as it runs, so the caller can close them all whatever
 * happens next.
 */
export async function serveAll(b: Builds, servers: Served[]): Promise<Urls> {
  try {
    let port = 4300;
    const next = async (dir: string) => {
      const s = await serveStatic(dir, port);
      servers.push(s);
      port = Number(new URL(s.url).port) + 1;
      return s.url;
    };
    const pages = {
      app: await next(b.probe.outDir),
      floor: await next(b.floor.outDir),
      peer: await next(b.peer.outDir),
    };
    const sizes = new Map<number, string>();
    for (const [size, built] of b.sizes) sizes.set(size, await next(built.outDir));
    return { pages, sizes };
  } catch (e) {
    throw new SetupError('cannot serve the builds', 3, e);
  }
}
