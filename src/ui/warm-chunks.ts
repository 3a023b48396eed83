import { fetchChinaChunk } from '../data/china';

/**
 * The chunks other views load when shown: the deck and its QR code, the regional view's panel
 * and China's outline, the matrix, the SVG drawing (print, and the map where WebGL fails), the
 * exports' actions and the printed handout.
 */
const CHUNKS: readonly (() => Promise<unknown>)[] = [
  () => import('./presentation/Deck'),
  () => import('./presentation/FollowQr'),
  () => import('./RegionPanel'),
  () => import('./Matrix'),
  () => import('./SvgMap'),
  () => import('./export/actions'),
  () => import('./export/PrintSheet'),
  fetchChinaChunk,
];

/**
 * Fetches them once the map is first idle. Where no service worker keeps the app (an intranet
 * over plain http, a browser that blocks workers), a link that drops later in the meeting left
 * each unable to load when first shown: the deck's a blank error screen, since React shows a
 * lazy component's failed fetch as a render error. Fetched and evaluated only (their top level
 * is definitions): nothing renders, and China's outline is read when a view needs it. Where a
 * worker keeps the app, this reads its cache. A chunk that fails here is asked for again when
 * shown. The page says when it is done (`<html data-chunks>`: warm, or partial).
 */
export async function warmChunks(): Promise<void> {
  const results = await Promise.allSettled(CHUNKS.map((load) => load()));
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0)
    console.warn(`${failed} of ${CHUNKS.length} chunks could not be fetched ahead; each is asked for again when shown`);
  document.documentElement.dataset.chunks = failed > 0 ? 'partial' : 'warm';
}
