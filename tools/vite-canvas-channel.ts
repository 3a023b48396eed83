/**
 * Puts src/boot/canvas-channel.js into index.html's head as a classic script, so that it
 * runs before the page's first frame (the script says why). Served, it is a file of its
 * own named by its content (the policy allows scripts from the app's origin only); in the
 * single file, it is inline, and that build's policy allows it by hash. `async`: a slow
 * network never holds the page for it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const SOURCE = 'src/boot/canvas-channel.js';

export function canvasChannel(root: string, o: { inline: boolean }): Plugin {
  const code = () => readFileSync(join(root, SOURCE), 'utf8');
  let fileName = '';
  return {
    name: 'atlas-canvas-channel',
    buildStart() {
      if (o.inline) return;
      const source = code();
      fileName = `assets/canvas-channel-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml(_html, ctx) {
      if (o.inline) return [{ tag: 'script', children: code(), injectTo: 'head' }];
      // The dev server serves the file from src/ as it is.
      const src = ctx.server ? `/${SOURCE}` : `./${fileName}`;
      return [{ tag: 'script', attrs: { async: true, src }, injectTo: 'head' }];
    },
  };
}
