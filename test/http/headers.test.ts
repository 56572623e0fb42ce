/** Security headers on every kind of response the built server gives, and page policies that fit the pages. */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_HEADERS } from '../../src/server/http/headers.ts';
import { freshDatabase, type FreshDatabase } from '../support/databases.ts';
import { Client, DIST, signUp, startServer, type Reply, type ServerProcess } from '../support/server-process.ts';
import { builtScenarios } from './play.ts';

/** A conditional GET as a browser revalidating its cache sends it (fetch would not pass If-None-Match through). */
function conditionalGet(url: string, etag: string): Promise<{ status: number; policy: string | null }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'if-none-match': etag } }, (res) => {
      res.resume();
      resolve({
        status: res.statusCode ?? 0,
        policy: (res.headers['content-security-policy'] as string | undefined) ?? null,
      });
    }).on('error', reject);
  });
}

/** The directives of a policy, by name: "script-src 'self' 'sha256-…'" → script-src → ["'self'", "'sha256-…'"]. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** Every inline <script> of a page that a browser would run, with its text. */
function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    found.push(m[2]!);
  }
  return found;
}

function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function expectBaseHeaders(res: Reply, what: string) {
  for (const [name, value] of Object.entries(BASE_HEADERS))
    expect(res.headers.get(name), `${name} on ${what}`).toBe(value);
  // Served over http here: no HSTS (browsers ignore it over http, and it must not pin a plain-http host).
  expect(res.headers.get('strict-transport-security'), what).toBeNull();
  expect(res.headers.get('content-security-policy'), `CSP on ${what}`).toBeTruthy();
}

describe('security headers', () => {
  let db: FreshDatabase;
  let server: ServerProcess;
  let guest: Client;
  const slug = builtScenarios()[0]!;

  beforeAll(async () => {
    db = await freshDatabase('sqlite');
    server = await startServer({ database: db });
    guest = new Client(server);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('a static page carries the base headers and its policy with frame-ancestors none', async () => {
    const res = await guest.get('/about/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expectBaseHeaders(res, '/about/');
    const csp = directives(res.headers.get('content-security-policy')!);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    for (const script of inlineScripts(res.text))
      expect(csp.get('script-src'), 'an inline script of /about/').toContain(sha256(script));
  });

  it("an island page's policy holds the hash of every inline script and style in it, and nothing unsafe", async () => {
    const res = await guest.get(`/scenarios/${slug}/`);
    expect(res.status).toBe(200);
    expectBaseHeaders(res, `/scenarios/${slug}/`);
    const csp = directives(res.headers.get('content-security-policy')!);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    const scripts = inlineScripts(res.text);
    // The island loader is inline: without it this check would check nothing.
    expect(scripts.length).toBeGreaterThan(0);
    const scriptSrc = csp.get('script-src') ?? [];
    for (const script of scripts)
      expect(scriptSrc, `script starting ${JSON.stringify(script.slice(0, 60))}`).toContain(sha256(script));
    const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? [];
    for (const style of inlineStyles(res.text))
      expect(styleSrc, `style starting ${JSON.stringify(style.slice(0, 60))}`).toContain(sha256(style));
    for (const [name, values] of csp) {
      // Style attributes cannot be hashed and cannot run code: style-src-attr alone may allow them inline.
      if (name !== 'style-src-attr') expect(values, name).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain('*');
    }
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('a 304 revalidation of a page carries that page’s full policy, so a reload runs under the same one', async () => {
    for (const path of ['/about/', `/scenarios/${slug}/`]) {
      const first = await guest.get(path);
      const etag = first.headers.get('etag');
      expect(etag, path).toBeTruthy();
      const again = await conditionalGet(server.url + path, etag!);
      expect(again.status, path).toBe(304);
      expect(again.policy, path).toBe(first.headers.get('content-security-policy'));
    }
  });

  it('every prerendered page is served with its own hashes (no page borrows another page’s policy)', async () => {
    const pages = ['/', '/rubric/', '/guide/', '/author/sandbox/', `/scenarios/${slug}/`, `/scenarios/${slug}/assess/`];
    for (const path of pages) {
      const res = await guest.get(path);
      expect(res.status, path).toBe(200);
      expectBaseHeaders(res, path);
      const csp = directives(res.headers.get('content-security-policy')!);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      for (const script of inlineScripts(res.text))
        expect(csp.get('script-src'), `an inline script of ${path}`).toContain(sha256(script));
    }
  });

  it("a scenario's bundle.json gets the base headers and a policy that allows nothing", async () => {
    const res = await guest.get(`/scenarios/${slug}/bundle.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expectBaseHeaders(res, 'bundle.json');
    expect(directives(res.headers.get('content-security-policy')!).get('default-src')).toEqual(["'none'"]);
    expect(res.body.slug).toBe(slug);
  });

  it('a built script and a static file get the base headers and default-src none', async () => {
    const script = readdirSync(join(DIST, 'client', '_astro')).find((f) => f.endsWith('.js'));
    expect(script).toBeTruthy();
    for (const path of [`/_astro/${script}`, '/favicon.svg']) {
      const res = await guest.get(path);
      expect(res.status, path).toBe(200);
      expectBaseHeaders(res, path);
      expect(directives(res.headers.get('content-security-policy')!).get('default-src'), path).toEqual(["'none'"]);
    }
  });

  it('API answers (200 and 401) are JSON with default-src none and are not cached', async () => {
    for (const [path, status] of [
      ['/api/health', 200],
      ['/api/me', 200],
      ['/api/attempts', 401],
    ] as const) {
      const res = await guest.get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toMatch(/application\/json/);
      expectBaseHeaders(res, path);
      const csp = directives(res.headers.get('content-security-policy')!);
      expect(csp.get('default-src'), path).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('a refused mutation (403) and a better-auth answer carry the headers too', async () => {
    const refused = await guest.post('/api/attempts', {}, { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expectBaseHeaders(refused, 'a 403');
    expect(directives(refused.headers.get('content-security-policy')!).get('default-src')).toEqual(["'none'"]);
    const session = await guest.get('/api/auth/get-session');
    expect(session.status).toBe(200);
    expectBaseHeaders(session, '/api/auth/get-session');
    expect(directives(session.headers.get('content-security-policy')!).get('default-src')).toEqual(["'none'"]);
  });

  it('a 404 page carries the base headers and a policy that lets its own inline scripts and styles run', async () => {
    for (const path of ['/no-such-page/', '/scenarios/no-such-scenario/', '/_astro/no-such-file.js']) {
      const res = await guest.get(path);
      expect(res.status, path).toBe(404);
      expectBaseHeaders(res, path);
      const csp = directives(res.headers.get('content-security-policy')!);
      expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
      if (!/text\/html/.test(res.headers.get('content-type') ?? '')) continue;
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
      const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? [];
      for (const script of inlineScripts(res.text))
        expect(scriptSrc, `an inline script of the 404 page at ${path}`).toContain(sha256(script));
      for (const style of inlineStyles(res.text))
        expect(styleSrc, `an inline style of the 404 page at ${path}`).toContain(sha256(style));
    }
  });

  it('a JSON 404 and 400 from the API keep default-src none', async () => {
    const user = await signUp(server, 'headers');
    for (const [path, status] of [
      [`/api/attempts/${crypto.randomUUID()}`, 404],
      ['/api/attempts/not-an-id/events', 400],
    ] as const) {
      const res = path.endsWith('/events') ? await user.client.post(path, {}) : await user.client.get(path);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toMatch(/application\/json/);
      expectBaseHeaders(res, path);
      expect(directives(res.headers.get('content-security-policy')!).get('default-src'), path).toEqual(["'none'"]);
    }
  });
});
