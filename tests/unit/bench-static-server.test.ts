/**
 * The bench times the browser on a 2-core machine that also runs its web server: a server
 * that compressed each response made every load wait for that work (about 300 ms at
 * 100,000 records). Its server must send copies made beforehand, as a deployed site does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress, serveStatic, type StaticServer } from '../../bench/lib/static-server';

const dirs: string[] = [];
const servers: StaticServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-static-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>'.repeat(50));
  writeFileSync(join(dir, 'app.js'), 'console.log("atlas");\n'.repeat(200));
  writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'style.css'), 'body{}');
  writeFileSync(join(dir, 'style.css.gz'), 'the build’s own copy');
  return dir;
}

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('the bench’s static server', () => {
  it('makes a gzip copy of each text file that has none, and keeps the build’s own copies', () => {
    const dir = site();
    const written = precompress(dir).map((p) => p.slice(dir.length + 1));
    expect(written.sort()).toEqual(['app.js.gz', 'index.html.gz']);
    expect(gunzipSync(readFileSync(join(dir, 'app.js.gz'))).toString()).toBe(readFileSync(join(dir, 'app.js'), 'utf8'));
    expect(readFileSync(join(dir, 'style.css.gz'), 'utf8')).toBe('the build’s own copy');
    expect(existsSync(join(dir, 'icon.png.gz'))).toBe(false);
  });

  it('sends the gzip copy as it is (with its length, not compressed per request), and the file to a browser without gzip', async () => {
    const dir = site();
    const s = await serveStatic(dir, 4390);
    servers.push(s);
    const zipped = await get(`${s.url}app.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-length']).toBe(String(readFileSync(join(dir, 'app.js.gz')).length));
    expect(gunzipSync(zipped.body).toString()).toBe(readFileSync(join(dir, 'app.js'), 'utf8'));
    const plain = await get(`${s.url}app.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(readFileSync(join(dir, 'app.js'), 'utf8'));
    const home = await get(s.url, { 'accept-encoding': 'gzip' });
    expect(gunzipSync(home.body).toString()).toContain('<title>x</title>');
    expect((await get(`${s.url}missing.js`)).status).toBe(404);
  });

  it('takes the next port when the first is in use', async () => {
    const first = await serveStatic(site(), 4395);
    servers.push(first);
    const second = await serveStatic(site(), Number(new URL(first.url).port));
    servers.push(second);
    expect(Number(new URL(second.url).port)).toBeGreaterThan(Number(new URL(first.url).port));
    expect((await get(`${second.url}app.js`)).status).toBe(200);
  });
});
