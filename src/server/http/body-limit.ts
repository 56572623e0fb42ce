/**
 * MAX_BODY_BYTES on every route, at the HTTP entry point (src/cli/serve.ts), before Astro, better-auth or a
 * page sees the request: the body is read here, counting bytes as they arrive whether the length is declared
 * or the body is chunked, and handed on as a buffer (the Node adapter takes `req.body` when it is set). A
 * body over the limit is answered 413 and never reaches a route.
 *
 * A client still sending when the 413 is written would see its connection reset rather than the answer, so
 * an oversized body is read to its end (and thrown away) up to DRAIN_LIMIT; past that, the answer is sent and
 * the connection closed. A declared length over the limit is refused at once with `Expect: 100-continue`
 * (the client sends nothing) and otherwise once it has been drained the same way.
 *
 * Also refused here, before any route: a URL that carries a NUL (`%00`) or a control character.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** How much of an oversized body is still read and thrown away so the client gets the 413. */
export const DRAIN_LIMIT = 1024 * 1024;

const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

type Req = IncomingMessage & { body?: unknown };

function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string, close: boolean): void {
  if (res.headersSent) return;
  const api = (req.url ?? '').startsWith('/api/');
  const body = api
    ? JSON.stringify({ error: { status, message } })
    : `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status}</title><p>${message}</p></html>`;
  const headers: Record<string, string | number> = {
    'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  };
  if (close) headers.connection = 'close';
  res.writeHead(status, headers);
  res.end(body);
}

export const tooLarge = (max: number) => `The request body is larger than ${max} bytes.`;

/** A draft's two files sent as JSON (each up to 512 K characters), and a zipped scenario folder (1 MB). */
export const DRAFT_BODY_BYTES = 2 * 1024 * 1024;
export const SCENARIO_ZIP_BYTES = 1024 * 1024;

/**
 * The routes that take more than MAX_BODY_BYTES (issue 15): saving or creating a draft, whose ink alone may be
 * larger, and importing a zipped scenario folder. The route itself reads within the same limit.
 */
export function bodyLimitFor(method: string | undefined, url: string | undefined, max: number): number {
  const path = (url ?? '').split('?')[0]!;
  if (method === 'POST' && path === '/api/authoring/import') return Math.max(max, SCENARIO_ZIP_BYTES);
  if (
    (method === 'POST' && path === '/api/authoring/drafts') ||
    (method === 'PUT' && /^\/api\/authoring\/drafts\/[^/]+$/.test(path))
  )
    return Math.max(max, DRAFT_BODY_BYTES);
  return max;
}

/** Whether the URL may go on: no NUL and no control characters, raw or percent-encoded. */
export function urlProblem(url: string | undefined): string | null {
  if (!url) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]|%(0[0-9a-f]|1[0-9a-f]|7f)/i.test(url))
    return 'The address contains a control character (such as NUL), so it was refused.';
  return null;
}

/** For a server's 'checkContinue' event: a declared length over the limit is refused before any of it is sent. */
export function checkContinue(req: IncomingMessage, res: ServerResponse, max: number, next: () => void): void {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > max) {
    refuse(req, res, 413, tooLarge(max), true);
    req.resume();
    return;
  }
  res.writeContinue();
  next();
}

/**
 * Reads the request's body within `max` bytes and calls `next` with it in place, or answers 413 (or 400 for a
 * URL with a control character). Requests that carry no body go straight on.
 */
export function limitBody(req: Req, res: ServerResponse, max: number, next: () => void): void {
  const bad = urlProblem(req.url);
  if (bad) {
    refuse(req, res, 400, bad, true);
    req.resume();
    return;
  }
  const declared = req.headers['content-length'];
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if (NO_BODY.has(req.method ?? 'GET') && !chunked && (declared === undefined || declared === '0')) return next();
  if (!chunked && (declared === undefined || declared === '0')) {
    req.body = Buffer.alloc(0);
    return next();
  }
  const declaredLength = Number(declared ?? NaN);
  const chunks: Buffer[] = [];
  let size = 0;
  let over = declaredLength > max;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    if (over) {
      refuse(req, res, 413, tooLarge(max), true);
      return;
    }
    req.body = Buffer.concat(chunks, size);
    next();
  };
  const onData = (chunk: Buffer) => {
    size += chunk.byteLength;
    if (!over && size > max) {
      over = true;
      chunks.length = 0;
    }
    if (!over) chunks.push(chunk);
    else if (size > DRAIN_LIMIT) {
      // Still sending past the drain limit: answer now and close; the client may see a reset, but nothing more is read.
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      refuse(req, res, 413, tooLarge(max), true);
      res.once('finish', () => req.socket.destroySoon());
      req.pause();
    }
  };
  const onEnd = () => finish();
  const onError = () => {
    done = true;
    req.socket.destroy();
  };
  // A declared length already past the drain limit is answered at once, without reading anything.
  if (over && declaredLength > DRAIN_LIMIT) {
    done = true;
    refuse(req, res, 413, tooLarge(max), true);
    res.once('finish', () => req.socket.destroySoon());
    return;
  }
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
}
