/**
 * The LTI exceptions to the page policy (src/server/http/headers.ts), through a real HTTP server: a page under
 * /lti/ that names the platforms is framed by them only and may post its form to the one origin it names; any
 * other page naming the same origins keeps frame-ancestors 'none', form-action 'self' and X-Frame-Options DENY,
 * and the internal headers are never sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySecurityHeaders, LTI_FORM_HEADER, LTI_FRAME_HEADER, ltiOrigins } from '../../src/server/http/headers.ts';

const LMS = 'https://lms.example.edu';
const OTHER = 'https://canvas.example.org:8443';

describe('LTI exceptions to the content security policy', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      applySecurityHeaders(req, res, { https: true, pages: new Map() });
      const url = new URL(req.url ?? '/', 'http://x');
      const headers: Record<string, string> = { 'content-type': url.searchParams.get('type') ?? 'text/html' };
      // As an Astro page would: the origins as internal headers, some by setHeader, some passed to writeHead.
      if (url.searchParams.has('frame')) res.setHeader(LTI_FRAME_HEADER, url.searchParams.get('frame')!);
      if (url.searchParams.has('form')) headers[LTI_FORM_HEADER] = url.searchParams.get('form')!;
      res.writeHead(200, headers);
      res.end('<!doctype html><title>x</title>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const get = async (path: string, frame?: string, form?: string) => {
    const q = new URLSearchParams();
    if (frame !== undefined) q.set('frame', frame);
    if (form !== undefined) q.set('form', form);
    const res = await fetch(`${base}${path}?${q}`);
    await res.body?.cancel();
    const policy = res.headers.get('content-security-policy') ?? '';
    const directive = (name: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? null;
    return { res, policy, directive };
  };

  it('lets an LTI page be framed by the platforms it names, and post to the origin it names', async () => {
    const { res, directive } = await get('/lti/deep-link/', `${LMS} ${OTHER}`, LMS);
    expect(directive('frame-ancestors')).toBe(`frame-ancestors ${LMS} ${OTHER}`);
    expect(directive('form-action')).toBe(`form-action 'self' ${LMS}`);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get(LTI_FRAME_HEADER)).toBeNull();
    expect(res.headers.get(LTI_FORM_HEADER)).toBeNull();
  });

  it('keeps the strict policy on an LTI page that names nothing', async () => {
    const { res, directive } = await get('/lti/launch');
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('form-action')).toBe("form-action 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each(['/', '/dashboard/', '/scenarios/mini/', '/ltix/launch', '/admin/lti/', '/api/lti/jwks.json'])(
    'ignores the origins on %s, and never sends them',
    async (path) => {
      const { res, directive } = await get(path, LMS, LMS);
      expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive('form-action')).toBe("form-action 'self'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get(LTI_FRAME_HEADER)).toBeNull();
      expect(res.headers.get(LTI_FORM_HEADER)).toBeNull();
    },
  );

  it('ignores what is not a plain http(s) origin', async () => {
    expect(
      ltiOrigins(
        `${LMS} * 'self' 'unsafe-inline' javascript:x https://a.example/path data: https://ok.example;frame-ancestors`,
      ),
    ).toEqual([LMS]);
    const { directive } = await get(
      '/lti/launch',
      "* 'unsafe-inline'; script-src *",
      'https://x.example; script-src *',
    );
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('form-action')).toBe("form-action 'self'");
    expect(directive('script-src')).toBeNull();
  });
});
