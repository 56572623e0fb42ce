/**
 * One small static file server for the benchmark: Rapport's prerendered pages (dist/client) and the floor page
 * are served by the same code on the same loopback port, so neither side gains from how it is served.
 * No compression (loopback transfer is not what we measure) and `no-store`: every measured load is a first visit.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** `mounts` maps a URL prefix to a folder, or to a single file; the longest matching prefix wins. */
export async function startStaticServer(
  mounts: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);

  async function resolve(pathname: string): Promise<string | null> {
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (prefix === undefined) return null;
    const root = mounts[prefix]!;
    const file = normalize(join(root, decodeURIComponent(pathname.slice(prefix.length))));
    if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
    // Directory URLs, with or without the trailing slash (Astro links to /about, the file is about/index.html).
    const index = join(file, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }

  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolve(pathname).catch(() => null);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  // Port 0: the system picks a free port; loopback only.
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
