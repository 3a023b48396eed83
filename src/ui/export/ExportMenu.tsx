import { useCallback, useRef, useState } from 'react';
import { loadOnce, useChunk } from '../chunk';
import { useAtlas, useStrings } from '../context';

type Items = (typeof import('./ExportMenuBody'))['ExportMenuBody'];

/**
 * The menu's items and their words are a chunk of their own (the first view needs only the
 * button): fetched once the map has drawn, so that the menu opens with them, or when the
 * menu is opened first.
 */
const loadItems = loadOnce(() => import('./ExportMenuBody').then((m) => m.ExportMenuBody));

/**
 * The export menu: its button in the header, and while it is open its items
 * (ExportMenuBody: pictures, data files, a printed handout). A closed menu renders
 * nothing behind its button, so a filter change or a click does not re-render it.
 */
export function ExportMenu() {
  const t = useStrings();
  const wantSummaries = useAtlas((s) => s.wantSummaries);
  const mapDrawn = useAtlas((s) => s.startup === 'done');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [body, setBody] = useState<Items | null>(null);
  // A function is a state updater to React: the component is handed over in one.
  const got = useCallback((c: Items) => setBody(() => c), []);
  const why = open ? 'opened' : mapDrawn && 'map drawn';
  useChunk(loadItems, body === null && why, got, 'the export menu');
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  const Body = open ? body : null;
  return (
    <details
      className="export"
      ref={menu}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        setOpen(now);
        // The CSV and the handout carry the records' summaries: opening the menu asks for them.
        if (now) wantSummaries();
      }}
    >
      <summary>{busy ? t.exportButton.working : t.exportButton.label}</summary>
      {Body && <Body busy={busy} setBusy={setBusy} close={close} />}
    </details>
  );
}
