import { useState } from 'react';
import { useStrings } from './context';

/**
 * Shares the link to what is on screen: the system's share sheet where the browser has one
 * (phones, tablets), else the link copied to the clipboard, and a word saying which.
 */
export function ShareButton() {
  const t = useStrings();
  const [said, setSaid] = useState<string | null>(null);
  const share = async () => {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: document.title, url });
        setSaid(t.small.shared);
      } catch {
        // Cancelled by the user: nothing to say.
      }
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setSaid(t.small.copied);
    } catch {
      setSaid(t.small.copyFailed);
    }
  };
  return (
    <span className="share">
      <button type="button" className="share-button" data-testid="share" onClick={() => void share()}>
        {t.small.share}
      </button>
      <span className="share-said" role="status" data-testid="share-said">
        {said}
      </span>
    </span>
  );
}
