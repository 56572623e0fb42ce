/**
 * Security headers on every response, static files included. HTML pages carry the content security
 * policy Astro computes (hashes of its inline scripts and styles); every other response gets a policy
 * that allows nothing, since JSON and files are never rendered as documents.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';

export const BASE_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * Added to every HTML page's policy: directives a <meta> policy cannot carry, and style attributes. Astro hashes
 * its <style> and <script> elements; `style="…"` attributes (the static branch maps' SVG, the editor's
 * CodeMirror) cannot be hashed, and a style attribute cannot run code, so `style-src-attr` allows them while
 * `style-src` keeps style elements to the hashed ones.
 */
export const PAGE_POLICY_EXTRA =
  "style-src-attr 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
/**
 * Per page: the ink editor (CodeMirror, through style-mod) writes its theme into a <style> element at run time,
 * which a page can neither hash nor give a per-request nonce. The pages with the editor (the sandbox and the draft
 * editor, matched by path prefix) alone let style elements in; their scripts stay hashed.
 */
export const PAGE_POLICY_BY_PATH: Record<string, string> = {
  '/author/sandbox': "style-src-elem 'self' 'unsafe-inline'",
  '/author/drafts/': "style-src-elem 'self' 'unsafe-inline'",
};

/** The extra directives of the first path prefix in PAGE_POLICY_BY_PATH that `path` falls under. */
function pagePolicyFor(path: string): string | undefined {
  for (const [prefix, policy] of Object.entries(PAGE_POLICY_BY_PATH)) {
    if (path === prefix.replace(/\/$/, '') || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))
      return policy;
  }
  return undefined;
}
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * LTI pages (issue 17) run inside an LMS: the LMS frames the launch, and the deep-linking page posts its answer to
 * the LMS. Only pages under /lti/ may loosen the policy, and only by naming origins in these internal headers
 * (never sent on): frame-ancestors becomes those origins (and X-Frame-Options is dropped, as frame-ancestors
 * replaces it), form-action gains those origins besides 'self'. Anything that is not a plain http(s) origin is
 * ignored, and anywhere else the headers are dropped unread, so no other page can be framed or post away.
 */
export const LTI_FRAME_HEADER = 'x-rapport-lti-frame-ancestors';
export const LTI_FORM_HEADER = 'x-rapport-lti-form-action';
const ORIGIN = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** The origins of an internal LTI header that are plain http(s) origins, deduplicated. */
export function ltiOrigins(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return [
    ...new Set(
      text
        .split(/\s+/)
        .map((o) => o.toLowerCase())
        .filter((o) => ORIGIN.test(o)),
    ),
  ];
}

/** The page policy's extra directives for a path, with the LTI origins where the path is an LTI page. */
export function pageExtra(
  path: string,
  lti: { frame: readonly string[]; form: readonly string[] } = { frame: [], form: [] },
): string {
  const own = pagePolicyFor(path);
  let extra = own ? `${PAGE_POLICY_EXTRA}; ${own}` : PAGE_POLICY_EXTRA;
  if (!isLtiPage(path)) return extra;
  if (lti.frame.length) extra = extra.replace("frame-ancestors 'none'", `frame-ancestors ${lti.frame.join(' ')}`);
  if (lti.form.length) extra = extra.replace("form-action 'self'", `form-action 'self' ${lti.form.join(' ')}`);
  return extra;
}

export const isLtiPage = (path: string) => path === '/lti' || path.startsWith('/lti/');

/**
 * The policy Astro computed for each prerendered page (dist/_headers.json), by path without a trailing
 * slash. Looked up here rather than by the adapter, whose lookup matches "/" to whichever page is first.
 */
export function pagePolicies(
  entries: readonly { pathname: string; headers: { key: string; value: string }[] }[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) {
    const csp = e.headers.find((h) => h.key.toLowerCase() === 'content-security-policy');
    if (csp) map.set(normalise(e.pathname), csp.value);
  }
  return map;
}

function normalise(pathname: string): string {
  const p = pathname.replace(/index\.html$/, '').replace(/\/+$/, '');
  return p === '' ? '/' : p;
}

export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  options: { https: boolean; pages: Map<string, string> },
): void {
  const https = options.https;
  let path = '/';
  try {
    path = normalise(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  } catch {
    // A malformed URL is answered 400 by the handler.
  }
  for (const [k, v] of Object.entries(BASE_HEADERS)) res.setHeader(k, v);
  if (https) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    // Headers passed to writeHead win over setHeader; look at both.
    const passed = args.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as
      Record<string, unknown> | undefined;
    const lower = passed ? Object.fromEntries(Object.entries(passed).map(([k, v]) => [k.toLowerCase(), v])) : {};
    const type = String(lower['content-type'] ?? res.getHeader('content-type') ?? '');
    const own = lower['content-security-policy'] ?? res.getHeader('content-security-policy');
    const status = typeof args[0] === 'number' ? args[0] : res.statusCode;
    // The LTI pages' origins, read from the internal headers and never sent on.
    const lti = {
      frame: ltiOrigins(lower[LTI_FRAME_HEADER] ?? res.getHeader(LTI_FRAME_HEADER)),
      form: ltiOrigins(lower[LTI_FORM_HEADER] ?? res.getHeader(LTI_FORM_HEADER)),
    };
    if (passed)
      for (const k of Object.keys(passed))
        if ([LTI_FRAME_HEADER, LTI_FORM_HEADER].includes(k.toLowerCase())) delete passed[k];
    res.removeHeader(LTI_FRAME_HEADER);
    res.removeHeader(LTI_FORM_HEADER);
    // A 304 has no content type, and the browser merges its headers into the cached response's: it must carry
    // the page's full policy (or, for anything else, none), or a reload would run under another policy.
    const html = /text\/html/i.test(type) || (status === 304 && options.pages.has(path));
    if (status === 304 && !html) return writeHead(...args);
    if (html) {
      // A 404 answer renders the 404 page, whatever path was asked for.
      const policy = options.pages.get(path) ?? (status === 404 ? options.pages.get('/404') : undefined) ?? own;
      const extra = pageExtra(path, lti);
      if (isLtiPage(path) && lti.frame.length) res.removeHeader('x-frame-options');
      const page = policy
        ? `${String(policy)
            .trim()
            .replace(/;+\s*$/, '')}; ${extra}`
        : `default-src 'self'; ${extra}`;
      if (passed && 'content-security-policy' in lower) {
        for (const k of Object.keys(passed)) if (k.toLowerCase() === 'content-security-policy') delete passed[k];
      }
      res.setHeader('content-security-policy', page);
    } else if (!own) {
      res.setHeader('content-security-policy', NON_DOCUMENT_POLICY);
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are one address. */
const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * The client's address, replacing whatever the client claimed in `header`: the socket's address, unless the
 * socket is a trusted proxy (TRUSTED_PROXIES), in which case X-Forwarded-For is read from the right, past
 * every trusted proxy, to the first address no trusted proxy vouches for. A client's own X-Forwarded-For
 * sent straight to Rapport, or through an untrusted hop, is never believed.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: readonly string[],
): string {
  const socket = plain(socketAddress ?? 'unknown');
  if (trusted.length === 0 || !forwardedFor) return socket;
  const proxies = new Set(trusted.map(plain));
  if (!proxies.has(socket)) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map(plain)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (isIP(hops[i]!) === 0) return socket;
    if (!proxies.has(hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? socket;
}

export function stampClientAddress(req: IncomingMessage, header: string, trusted: readonly string[] = []): void {
  req.headers[header] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
}
