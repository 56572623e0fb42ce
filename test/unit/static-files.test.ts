/** The build's static files, answered before Astro: what the adapter's handler answered, from a list made once. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStaticFiles, requestPath, staticFiles } from '../../src/server/http/static-files.ts';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-static-'));
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'guide'));
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, 'guide', 'index.html'), '<h1>guide</h1>');
  writeFileSync(join(dir, '_astro', 'player.abc123.js'), 'export const x = 1;');
  writeFileSync(join(dir, 'bundle.json'), '{"a":1}');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  writeFileSync(join(dir, '.hidden', 'x.txt'), 'no');
  const files = staticFiles(dir);
  server = createServer((req, res) => {
    if (files.serve(req, res) === 'pass') {
      res.statusCode = 299; // "passed on to Astro", for the test to see
      res.end('astro');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves a folder page with and without the trailing slash, and the root', async () => {
    for (const path of ['/guide/', '/guide', '/guide/index.html']) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toBe('<h1>guide</h1>');
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('public, max-age=0');
    }
    expect(await (await fetch(base + '/')).text()).toBe('<h1>home</h1>');
  });

  it('caches hashed assets as immutable and types them', async () => {
    const res = await fetch(base + '/_astro/player.abc123.js?v=1');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-length')).toBe(String('export const x = 1;'.length));
  });

  it('answers 304 to a matching ETag or a later If-Modified-Since, and 200 to another', async () => {
    const first = await fetch(base + '/bundle.json');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    expect((await fetch(base + '/bundle.json', { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(base + '/bundle.json', { headers: { 'if-none-match': 'W/"0-0"' } })).status).toBe(200);
    const later = new Date(Date.now() + 60_000).toUTCString();
    expect((await fetch(base + '/bundle.json', { headers: { 'if-modified-since': later } })).status).toBe(304);
    const earlier = new Date(Date.now() - 3_600_000).toUTCString();
    expect((await fetch(base + '/bundle.json', { headers: { 'if-modified-since': earlier } })).status).toBe(200);
  });

  it('answers HEAD without a body', async () => {
    const res = await fetch(base + '/bundle.json', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('7');
    expect(await res.text()).toBe('');
  });

  it('passes on what is not a file of the build: API calls, other methods, dotfiles, unknown paths, traversal', async () => {
    for (const [method, path] of [
      ['POST', '/api/attempts/x/events'],
      ['GET', '/api/me'],
      ['POST', '/bundle.json'],
      ['GET', '/.env'],
      ['GET', '/.hidden/x.txt'],
      ['GET', '/nope/'],
      ['GET', '/guide/../.env'],
      ['GET', '/%2e%2e/etc/passwd'],
    ] as const) {
      const res = await fetch(base + path, { method });
      expect(res.status, `${method} ${path}`).toBe(299);
    }
  });

  it('answers 400 to a path that cannot be decoded, whatever the method, and passes it on to nothing', async () => {
    for (const method of ['GET', 'POST', 'HEAD'] as const) {
      const res = await fetch(base + '/bad%E0%A4%A', { method });
      expect(res.status, method).toBe(400);
      if (method !== 'HEAD') expect(await res.text()).toBe('Bad request.');
    }
  });

  it('lists each index page under its folder, and reads paths as the adapter did', () => {
    const files = listStaticFiles(dir);
    expect([...files.keys()].sort()).toEqual(
      ['/', '/_astro/player.abc123.js', '/bundle.json', '/guide', '/guide/', '/guide/index.html', '/index.html'].sort(),
    );
    expect(requestPath('/a%20b/?q=1#x')).toBe('/a b/');
    expect(requestPath('/bad%E0%A4%A')).toBeNull();
  });
});
