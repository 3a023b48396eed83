/**
 * Loads of the three pages on the real data: one unmeasured warm-up each, then `loads`
 * rounds, each page once a round in fresh browser contexts, rotating who goes first so no
 * page always follows the same one. `kinds` and `viewport` narrow it (the 4K round loads the
 * app and the floor only: the ratio to the floor is what it reports).
 */
import type { Browser } from 'playwright-core';
import { loadOnce, VIEWPORT, type LoadSample, type PageKind, type Viewport } from './browser';
import { message, type Log } from './log';
import { loadStats, type Measured } from './types';

const KINDS: readonly PageKind[] = ['app', 'floor', 'peer'];

export async function measureLoads(
  browser: Browser,
  urls: Record<PageKind, string>,
  loads: number,
  errors: string[],
  log: Log,
  o: { kinds?: readonly PageKind[]; viewport?: Viewport } = {},
): Promise<Measured['load']> {
  const kinds = o.kinds ?? KINDS;
  const viewport = o.viewport ?? VIEWPORT;
  const at = `${viewport.width}×${viewport.height}`;
  const samples: Record<PageKind, LoadSample[]> = { app: [], floor: [], peer: [] };
  log(`loads at ${at}: 1 warm-up + ${loads} measured per page (${kinds.join(', ')}), alternating`);
  for (const kind of kinds)
    await loadOnce(browser, kind, urls[kind], { viewport }).catch((e: unknown) =>
      errors.push(`${kind} warm-up at ${at}: ${message(e)}`),
    );
  for (let i = 0; i < loads; i++) {
    const turn = i % kinds.length;
    const order = [...kinds.slice(turn), ...kinds.slice(0, turn)];
    for (const kind of order) {
      try {
        const s = await loadOnce(browser, kind, urls[kind], { viewport });
        samples[kind].push(s);
        if (s.errors.length > 0) errors.push(...s.errors.map((x) => `${kind} load ${i + 1} at ${at}: ${x}`));
      } catch (e) {
        errors.push(`${kind} load ${i + 1} at ${at}: ${message(e)}`);
      }
    }
    const [a, f, p] = KINDS.map((k) => samples[k].at(-1)?.idle?.toFixed(0) ?? '–');
    log(`  load ${i + 1}/${loads}: idle app ${a} ms, floor ${f} ms, peer (finished) ${p} ms`);
  }
  const of = (k: PageKind) => ({ samples: samples[k], stats: loadStats(samples[k]) });
  return { app: of('app'), floor: of('floor'), peer: of('peer') };
}
