/**
 * Loads of the three pages on the real data: one unmeasured warm-up each, then `loads`
 * rounds, each page once a round in fresh browser contexts, rotating who goes first so no
 * page always follows the same one.
 */
import type { Browser } from 'playwright-core';
import { loadOnce, type LoadSample, type PageKind } from './browser';
import { message, type Log } from './log';
import { loadStats, type Measured } from './types';

const KINDS: readonly PageKind[] = ['app', 'floor', 'peer'];

export async function measureLoads(
  browser: Browser,
  urls: Record<PageKind, string>,
  loads: number,
  errors: string[],
  log: Log,
): Promise<Measured['load']> {
  const samples: Record<PageKind, LoadSample[]> = { app: [], floor: [], peer: [] };
  log(`loads: 1 warm-up + ${loads} measured per page, alternating`);
  for (const kind of KINDS)
    await loadOnce(browser, kind, urls[kind]).catch((e: unknown) => errors.push(`${kind} warm-up: ${message(e)}`));
  for (let i = 0; i < loads; i++) {
    const order = [...KINDS.slice(i % 3), ...KINDS.slice(0, i % 3)];
    for (const kind of order) {
      try {
        const s = await loadOnce(browser, kind, urls[kind]);
        samples[kind].push(s);
        if (s.errors.length > 0) errors.push(...s.errors.map((x) => `${kind} load ${i + 1}: ${x}`));
      } catch (e) {
        errors.push(`${kind} load ${i + 1}: ${message(e)}`);
      }
    }
    const [a, f, p] = KINDS.map((k) => samples[k].at(-1)?.idle?.toFixed(0) ?? '–');
    log(`  load ${i + 1}/${loads}: idle app ${a} ms, floor ${f} ms, peer (finished) ${p} ms`);
  }
  const of = (k: PageKind) => ({ samples: samples[k], stats: loadStats(samples[k]) });
  return { app: of('app'), floor: of('floor'), peer: of('peer') };
}
