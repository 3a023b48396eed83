/**
 * The QR code of the step's link, shown over the deck for the room to follow on their
 * phones (`Q` or the toolbar's button). Drawn here from qrcode-generator's modules, with
 * no request anywhere; loaded only when first shown (Deck.tsx lazy-loads this module),
 * so neither the app's first load nor the deck's carries the encoder.
 */
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import { followLink, qrPath } from '../../presentation/follow';
import { viewOf } from '../../store/store';
import { useAtlas, useAtlasShallow } from '../context';
import { useDeckStrings } from './use-deck-strings';

/** Quiet zone round the code, in modules (the standard's 4). */
const MARGIN = 4;

export default function FollowQr() {
  const t = useDeckStrings();
  const toggle = useAtlas((s) => s.toggleQr);
  const view = useAtlasShallow(viewOf);
  // The page's address without its query: an origin and a path over http, the file itself when opened from disk.
  const link = followLink(window.location.href.replace(/[?#].*$/, ''), view);
  const { d, side } = useMemo(() => {
    // Medium error correction: a projected code survives a glare or a keystone, and stays coarse enough to read from a seat.
    const qr = qrcode(0, 'M');
    qr.addData(link, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    return { d: qrPath(n, (r, c) => qr.isDark(r, c), MARGIN), side: n + 2 * MARGIN };
  }, [link]);
  return (
    <div className="deck-qr" role="dialog" aria-modal="true" aria-labelledby="deck-qr-h" data-testid="deck-qr">
      <h2 id="deck-qr-h">{t.deck.qrTitle}</h2>
      <svg
        className="deck-qr-code"
        viewBox={`0 0 ${side} ${side}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label={link}
        data-testid="deck-qr-code"
      >
        <rect className="deck-qr-quiet" width={side} height={side} />
        <path className="deck-qr-modules" d={d} />
      </svg>
      <p className="deck-qr-link" data-testid="deck-qr-link">
        {link}
      </p>
      <p className="deck-qr-hint">{t.deck.qrHint}</p>
      <button type="button" className="primary" onClick={toggle} autoFocus>
        {t.close}
      </button>
    </div>
  );
}
