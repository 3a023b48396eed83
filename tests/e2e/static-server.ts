/**
 * A static server for browser tests that need to change what is deployed while a page is
 * open (the service-worker update test), or deploy the app in a folder of a host (the
 * offline test): it serves one folder, at the root or under a path prefix, and the test can
 * point it at another one, as a redeploy would. Anything else is a 404. The files are
 * served by sirv (as the bench's server and `vite preview` do); this adds only the prefix,
 * the swap and the loopback listener. No caching: each request reads the folder afresh.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** `http://127.0.0.1:<port>`: a loopback address, a secure context for service workers. */
  origin: string;
  /** Serve this folder from now on. */
  serve(dir: string): void;
  close(): Promise<void>;
}

const folder = (dir: string) =>
  sirv(dir, { dev: true, etag: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });

/** Starts serving `dir` on a free loopback port, at `prefix` (a path that begins and ends with `/`). */
export async function startStaticServer(dir: string, prefix = '/'): Promise<StaticServer> {
  let files = folder(dir);
  const notFound = (res: ServerResponse): void => {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      notFound(res);
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => {
      files = folder(next);
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
