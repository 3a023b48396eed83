/**
 * A small notice, bottom left, when a new version of the app has been deployed: it offers
 * to reload and can be dismissed. It never reloads by itself, and it stays out of the
 * deck (the audience should not see it); it shows again when the presenter leaves.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { useAtlas, useStrings } from './context';
import { reloadToUpdate } from '../pwa/register';
import { updateStore } from '../pwa/update-state';
import './update-notice.css';

export function UpdateNotice() {
  const waiting = useStore(updateStore, (s) => s.waiting);
  const presenting = useAtlas((s) => s.presenting);
  const [dismissed, setDismissed] = useState(false);
  const t = useStrings().update;
  if (!waiting || dismissed || presenting) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span>{t.message}</span>
      <button type="button" className="update-reload" onClick={() => void reloadToUpdate()}>
        {t.reload}
      </button>
      <button type="button" className="update-later" onClick={() => setDismissed(true)}>
        {t.later}
      </button>
    </div>
  );
}
