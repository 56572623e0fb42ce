/**
 * The build's static files (`dist/client`: prerendered pages, scripts, styles, bundles), served before Astro is
 * asked. The build never changes under a running server, so every file is listed once at start: a request is one
 * map lookup, and anything not in the map (every API call, every on-demand page) goes straight to Astro without a
 * file-system probe. The adapter's own static handler probed the disk, built a Request and matched routes for every
 * request, API calls included: about a third of the server's time per choice event (issue 14's profiles).
 *
 * What it answers as the adapter's handler (`send`) did: GET and HEAD only; `/dir` and `/dir/` serve
 * `dir/index.html`; a weak ETag from size and modification time with 304 on `If-None-Match` or
 * `If-Modified-Since`; hashed assets under `/_astro/` cached for a year as immutable, everything else revalidated;
 * dotfiles never served. The security headers are set by the caller (src/server/http/headers.ts) as for any response.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

interface StaticFile {
  path: string;
  size: number;
  type: string;
  etag: string;
  modified: string;
  mtimeSeconds: number;
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Every file under `dir` by its URL path; an `index.html` also answers for its folder, with and without the slash. */
export function listStaticFiles(dir: string, assetsDir = '_astro'): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (!entry.isFile()) continue;
      const stat = statSync(path);
      const url = '/' + relative(dir, path).split(sep).join('/');
      const file: StaticFile = {
        path,
        size: stat.size,
        type: TYPES[extname(entry.name).toLowerCase()] ?? 'application/octet-stream',
        etag: `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
        modified: stat.mtime.toUTCString(),
        mtimeSeconds: Math.floor(stat.mtimeMs / 1000),
        immutable: url.startsWith(`/${assetsDir}/`),
      };
      files.set(url, file);
      if (entry.name === 'index.html') {
        const folderUrl = url.slice(0, -'index.html'.length);
        files.set(folderUrl, file);
        if (folderUrl !== '/') files.set(folderUrl.slice(0, -1), file);
      }
    }
  };
  walk(dir);
  return files;
}

/** The URL's path, decoded; null when it cannot be decoded (the caller answers 400). */
export function requestPath(url: string): string | null {
  const end = url.search(/[?#]/);
  const raw = end === -1 ? url : url.slice(0, end);
  try {
    return decodeURI(raw);
  } catch {
    return null;
  }
}

function fresh(req: IncomingMessage, file: StaticFile): boolean {
  const match = req.headers['if-none-match'];
  if (match !== undefined) return match.split(',').some((tag) => tag.trim() === file.etag || tag.trim() === '*');
  const since = req.headers['if-modified-since'];
  if (since === undefined) return false;
  const at = Date.parse(since);
  return !Number.isNaN(at) && file.mtimeSeconds <= Math.floor(at / 1000);
}

/** What `serve` did: answered 400 for a path that cannot be decoded, served a file, or passed (did nothing). */
export type Served = 'bad' | 'served' | 'pass';

/**
 * A handler for the build's files, which decodes the path once for every request: answers 400 and returns 'bad'
 * when the path cannot be decoded (for any method, since no route could match it), answers and returns 'served'
 * for a GET or HEAD of one of the files, and returns 'pass' (having done nothing) otherwise, for Astro.
 */
export function staticFiles(dir: string): { serve(req: IncomingMessage, res: ServerResponse): Served; size: number } {
  const files = listStaticFiles(dir);
  return {
    size: files.size,
    serve(req, res) {
      const path = requestPath(req.url ?? '/');
      if (path === null) {
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Bad request.');
        return 'bad';
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return 'pass';
      const file = files.get(path);
      if (!file) return 'pass';
      res.setHeader('ETag', file.etag);
      res.setHeader('Last-Modified', file.modified);
      res.setHeader('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0');
      if (fresh(req, file)) {
        res.statusCode = 304;
        res.end();
        return 'served';
      }
      res.setHeader('Content-Type', file.type);
      res.setHeader('Content-Length', file.size);
      res.statusCode = 200;
      if (req.method === 'HEAD') {
        res.end();
        return 'served';
      }
      const stream = createReadStream(file.path);
      stream.on('error', () => {
        if (!res.headersSent) res.statusCode = 500;
        res.destroy();
      });
      stream.pipe(res);
      return 'served';
    },
  };
}
