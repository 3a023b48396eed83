/**
 * The bench's web server: a built folder served the way docs/deploy.md's nginx serves it,
 * each text file's gzip copy made beforehand and sent as it is, never compressed per request.
 *
 * `vite preview` compresses every response on the fly. Here the server shares the 2 cores
 * with the browser it is timing, so that compression was part of every load: at 100,000
 * records (44 MB of JSON) it made the first map idle about 300 ms later (2457 against
 * 2146 ms, median of 4 alternating loads), and the real data a little later too. A served
 * site pays it on another machine, or not at all (`gzip_static`).
 *
 * Every page gets the same: gzip copies at level 9 (as the Bytes table counts them), no
 * brotli, since only the app's own build makes brotli copies.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { builtFiles } from './sizes';

/** What a browser fetches as text, so what a static server keeps a gzip copy of. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.txt']);

/** Writes `file.gz` (level 9) beside each text file of `dir` that has none; the paths written. */
export function precompress(dir: string): string[] {
  const written: string[] = [];
  for (const file of builtFiles(dir)) {
    if (!COMPRESSIBLE.has(extname(file).toLowerCase()) || existsSync(`${file}.gz`)) continue;
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    written.push(`${file}.gz`);
  }
  return written;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/** Serves `dir` on 127.0.0.1 at the first free port from `port` up (at most 50 tried). */
export async function serveStatic(dir: string, port: number): Promise<StaticServer> {
  precompress(dir);
  const files = sirv(dir, {
    gzip: true,
    brotli: false,
    etag: true,
    // As the deployed site's index.html: the bench opens every load in a fresh context anyway.
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
  });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  for (let p = port; p < port + 50; p++) {
    try {
      const at = await listen(server, p);
      return {
        url: `http://127.0.0.1:${at}/`,
        close: () =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            // Browsers keep connections open; the bench is done with them.
            server.closeAllConnections();
          }),
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    }
  }
  throw new Error(`no free port from ${port} to ${port + 49} to serve ${dir}`);
}
