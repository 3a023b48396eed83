import { useEffect } from 'react';
import type { SummaryState } from '../store/store';
import { useAtlas, useStrings } from './context';

/**
 * The records' summaries as the store has them. They arrive after the map's first idle
 * (data/summaries.ts); a view that shows one before then asks for them at once.
 */
function useSummaries(): SummaryState {
  const summaries = useAtlas((s) => s.summaries);
  const want = useAtlas((s) => s.wantSummaries);
  const waiting = summaries.status === 'waiting';
  useEffect(() => {
    if (waiting) want();
  }, [waiting, want]);
  return summaries;
}

/**
 * A record's summary in the interface language. Until the summaries are here it says
 * so; if they could not be read it says that too, and what was wrong (the file and the
 * reason), rather than leaving a blank where the text belongs.
 */
export function Summary({ id, className = 'summary' }: { id: string; className?: string }) {
  const t = useStrings();
  const lang = useAtlas((s) => s.lang);
  const summaries = useSummaries();
  switch (summaries.status) {
    case 'ready':
      return <p className={className}>{summaries.byId.get(id)?.[lang]}</p>;
    case 'failed':
      return (
        <p className={`${className} summary-failed`} role="note">
          {t.summaryFailed}
          <code>{summaries.problems[0]}</code>
        </p>
      );
    case 'waiting':
      return (
        <p className={`${className} summary-waiting`} aria-busy="true">
          {t.summaryWaiting}
        </p>
      );
  }
}

/**
 * Where the summaries are, as an attribute the page carries (`[data-summaries]`): the
 * benchmark reads memory once they are in, as it reads times once the map is idle.
 */
export function SummariesStatus() {
  const status = useAtlas((s) => s.summaries.status);
  return <span hidden data-summaries={status} />;
}
