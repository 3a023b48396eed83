/**
 * Following the deck from a seat (issue 20): the link the deck's QR code carries, and the
 * QR code's drawing as one SVG path. The link is the current step's shareable link (what
 * the URL bar shows, as url.ts writes it) with `follow`: opened in the presenter's browser,
 * that page keeps in step with the deck (controller.ts, `follow`); opened anywhere else,
 * it opens the step. Autoplay is the lobby screen's, not the audience's: it is left out.
 */
import { serialiseView } from '../store/url';
import type { ViewState } from '../store/view-state';

/**
 * The link to follow the deck at `view`, on the page at `base` (origin and path, e.g.
 * `https://atlas.example/`): `https://atlas.example/?p=10&follow=1`.
 */
export function followLink(base: string, view: ViewState): string {
  return `${base}?${serialiseView({ ...view, autoplay: null, follow: true })}`;
}

/**
 * An SVG path that fills the dark modules of a QR code of `size`×`size` modules, one
 * rectangle per run of dark modules along a row, offset by a quiet zone of `margin`
 * modules (the standard asks for 4). In module units: draw it in a viewBox of
 * `size + 2·margin` squared.
 */
export function qrPath(size: number, isDark: (row: number, col: number) => boolean, margin = 4): string {
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!isDark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && isDark(r, c)) c++;
      parts.push(`M${start + margin} ${r + margin}h${c - start}v1h${start - c}z`);
    }
  }
  return parts.join('');
}
