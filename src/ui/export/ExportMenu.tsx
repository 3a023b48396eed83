import { useEffect, useRef, useState } from 'react';
import { useAtlas, useStrings } from '../context';

type Items = typeof import('./ExportMenuBody');

/**
 * The menu's items and their words are a chunk of their own (the first view needs only the
 * button): fetched once the map has drawn, so that the menu opens with them, or when the
 * menu is opened first.
 */
let items: Promise<Items> | null = null;
const loadItems = () =>
  (items ??= import('./ExportMenuBody').catch((e: unknown) => {
    // Offline before the service worker kept it: the next opening asks again.
    items = null;
    throw e;
  }));

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
  const [body, setBody] = useState<Items['ExportMenuBody'] | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (body || !(mapDrawn || open)) return;
    let live = true;
    loadItems().then(
      (m) => live && setBody(() => m.ExportMenuBody),
      (e: unknown) => console.warn('the export menu could not be loaded', e),
    );
    return () => {
      live = false;
    };
  }, [body, mapDrawn, open]);
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
