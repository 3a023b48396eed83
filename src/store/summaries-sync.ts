/**
 * Loads the records' summaries once, when the first of two things happens: the map's
 * first idle (the start-up is 'done', so the request no longer competes with the map's
 * own files), or a view that shows a summary asking for them (a record opened by a
 * shared link, the presenter's notes, print, an export).
 */
import type { SummarySource } from '../data/prepared';
import { loadSummaries } from '../data/summaries';
import { whenState, type AtlasState, type AtlasStore } from './store';

const due = (s: AtlasState) => s.summaries.status === 'waiting' && (s.startup === 'done' || s.summaries.wanted);

export function connectSummaries(
  store: AtlasStore,
  source: SummarySource,
  recordIds: readonly string[],
  load: typeof loadSummaries = loadSummaries,
): () => void {
  return whenState(store, due, () => {
    void load(source, recordIds).then((result) => {
      if (!result.ok) for (const p of result.problems) console.error(p);
      store.getState().summariesLoaded(result);
    });
  });
}
