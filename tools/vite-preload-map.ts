/**
 * Starts downloading the map's chunk (MapLibre and the adapter) with the app's own, not
 * after it: the app imports the map lazily so its SVG drawing can show first, but the
 * bytes are wanted at once. Adds <link rel="modulepreload"> for the chunk built from
 * `entry` and everything it imports, and preloads its stylesheet, to index.html. The
 * data files named in `data` (assets the app fetches at start) are preloaded too.
 */
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rollup';
import { assetsNamed } from './bundle-assets.ts';

export function preloadMap(entry: string, data: readonly string[] = []): Plugin {
  return {
    name: 'atlas-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle as OutputBundle | undefined;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const map = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(entry));
        if (!map) return html;
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (c: OutputChunk) => {
          if (files.has(c.fileName)) return;
          files.add(c.fileName);
          const meta = (c as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata;
          for (const f of meta?.importedCss ?? []) css.add(f);
          for (const name of c.imports) {
            const next = chunks.find((x) => x.fileName === name);
            if (next && !next.isEntry) visit(next);
          }
        };
        visit(map);
        const fetched = assetsNamed(bundle, data);
        // Already linked by Vite (shared with the app's own chunk): no second link.
        const fresh = (f: string) => !html.includes(`/${f}"`);
        return [
          ...[...files].filter(fresh).map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
          // Preloaded, not applied: the stylesheet must not hold up the first paint. Vite's
          // loader later links it with `crossorigin`; a preload in another mode is not reused.
          ...[...css].filter(fresh).map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          })),
          // `crossorigin` as for fetch() in the app's default mode, so the app reads this very response.
          ...fetched.map((a) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `./${a.fileName}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
