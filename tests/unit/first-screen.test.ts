/**
 * What `npm start` shows and serves. Vite 8 lists, every time it loads the config, each
 * feature of the config's import graph that its coming native loader would not support
 * (about fifty lines, twice per `npm start`); the config and what it imports must give
 * it nothing to list. And `npm start -- --host` must answer people who type this
 * computer's name, which Vite's preview server refuses by default ("Blocked request").
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, preview } from 'vite';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Status and body of GET `/` on a loopback port, sent with the given Host header. */
function get(port: number, host: string, path = '/'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `${host}:${port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

// Vite bundles the config with everything it imports (the data tools) before it serves:
// several seconds on a busy machine, beyond vitest's default 5 s.
test(
  'the preview server starts without a warning and answers by host name; an unknown path is a 404',
  {
    timeout: 30_000,
  },
  async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (msg) => void warnings.push(msg);
    logger.warnOnce = (msg) => void warnings.push(msg);

    const out = mkdtempSync(join(tmpdir(), 'atlas-preview-'));
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>atlas</title>');
    const server = await preview({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      customLogger: logger,
      build: { outDir: out },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    try {
      const address = server.httpServer.address();
      if (!address || typeof address === 'string') throw new Error('the preview server has no port');
      const byName = await get(address.port, hostname());
      expect.soft(byName.status, `GET / with Host: ${hostname()}`).toBe(200);
      expect(byName.body).toContain('<title>atlas</title>');
      expect((await get(address.port, 'meeting-room-pc.example')).status).toBe(200);
      expect((await get(address.port, 'localhost', '/admin/')).status).toBe(404);
    } finally {
      await server.close();
      rmSync(out, { recursive: true, force: true });
    }
    expect(warnings).toEqual([]);
  },
);
