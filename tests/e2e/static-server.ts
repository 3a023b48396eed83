/**
 * A minimal static file server for browser tests that need to change what is deployed
 * while a page is open (the service-worker update test), or deploy the app in a folder of
 * a host (the offline test): it serves one folder, at the root or under a path prefix, and
 * the test can point it at another one, as a redeploy would. Anything else is a 404.
 * Loopback only; no caching.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`: a loopback address, a secure context for service workers. */
  origin: string;
  /** Serve this folder from now on. */
  serve(dir: string): void;
  close(): Promise<void>;
}

/** Starts serving `dir` on a free loopback port, at `prefix` (a path that begins and ends with `/`). */
export async function startStaticServer(dir: string, prefix = '/'): Promise<StaticServer> {
  let root = dir;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : null;
    const file = inside === null ? '' : join(root, normalize(inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
