/**
 * Puts src/boot/canvas-channel.js into index.html's head as a classic script, so that it
 * runs before the page's first frame (the script says why). Built, it is an asset of its
 * own, named by its content as every asset is (the policy allows scripts from the app's
 * origin only); in the single file, it is inline, and that build's policy allows it by
 * hash; the dev server serves it from src/ as it is. `async`: a slow network never holds
 * the page for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { assetsNamed } from './bundle-assets.ts';

const SOURCE = 'src/boot/canvas-channel.js';
const ASSET = 'canvas-channel.js';

export function canvasChannel(root: string, o: { inline: boolean }): Plugin {
  const code = () => readFileSync(join(root, SOURCE), 'utf8');
  let build = false;
  return {
    name: 'atlas-canvas-channel',
    configResolved(config) {
      build = config.command === 'build';
    },
    buildStart() {
      if (build && !o.inline) this.emitFile({ type: 'asset', name: ASSET, source: code() });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (o.inline) return [{ tag: 'script', children: code(), injectTo: 'head' }];
        if (!ctx.bundle) return [{ tag: 'script', attrs: { async: true, src: `/${SOURCE}` }, injectTo: 'head' }];
        const [asset] = assetsNamed(ctx.bundle, [ASSET]);
        if (!asset) throw new Error(`${SOURCE}: not in the bundle as ${ASSET}`);
        return [{ tag: 'script', attrs: { async: true, src: `./${asset.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
