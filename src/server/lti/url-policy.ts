/**
 * Which URLs Rapport's server may call on a platform's behalf (issue 17's security review: SSRF). In production:
 * - a platform is registered only with https endpoints whose host is a name or a public address: never `localhost`,
 *   and never an address literal in a loopback, private, link-local, shared (CGNAT) or unspecified range (a cloud's
 *   metadata service at 169.254.169.254 among them);
 * - a service URL a launch or a platform's answer names (roster, line items, a line item, the roster's next page) is
 *   used only when it is https on the platform's own site: the same registrable domain as its issuer, token or
 *   authorisation endpoint (Canvas's issuer is canvas.instructure.com and a school's services are at
 *   school.instructure.com). The registrable domain is the host's last two labels, or three under a two-letter
 *   country code's second level such as ac.uk or edu.au (no public suffix list is shipped); an address literal
 *   must match exactly. A URL that fails is ignored, never fetched.
 * Outside production (development and the tests, whose platform is at 127.0.0.1) any http(s) URL passes. Every call
 * is also made with `redirect: 'error'`, so a platform's answer cannot send a Bearer token elsewhere.
 */
import { isIP } from 'node:net';

/** The host as `URL` gives it, without an IPv6 literal's brackets. */
const bare = (host: string) => host.replace(/^\[|\]$/g, '').toLowerCase();

function ipv4Blocked(a: number, b: number): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // shared address space (CGNAT)
    (a === 169 && b === 254) || // link-local, cloud metadata services
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224 // multicast and reserved
  );
}

/** Whether an address literal is one a server must not be sent to (see above). */
export function blockedAddress(host: string): boolean {
  const h = bare(host);
  const kind = isIP(h);
  if (kind === 4) {
    const [a, b] = h.split('.').map(Number) as [number, number];
    return ipv4Blocked(a, b);
  }
  if (kind !== 6) return false;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1, or its hex form as URL gives it: ::ffff:a00:1).
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(h);
  if (mapped) {
    if (mapped[1]) return blockedAddress(mapped[1]);
    const hi = parseInt(mapped[2]!, 16);
    return ipv4Blocked(hi >> 8, hi & 0xff);
  }
  if (h === '::' || h === '::1') return true;
  const first = parseInt(h.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xff00) === 0xff00 // multicast
  );
}

/** Why an endpoint cannot be registered in production, or null when it can (any http(s) URL outside production). */
export function registrationUrlProblem(url: string, production: boolean): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'must be an http:// or https:// URL';
  if (!production) return null;
  if (u.protocol !== 'https:') return 'must be an https:// URL';
  const host = bare(u.hostname);
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must be a public address, not localhost';
  if (blockedAddress(host)) return 'must be a public address, not a private, loopback or link-local one';
  return null;
}

/** The registrable domain of a host name, by the rule above; an address literal is itself. */
export function registrableDomain(host: string): string {
  const h = bare(host).replace(/\.$/, '');
  if (isIP(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const [second, tld] = labels.slice(-2) as [string, string];
  const countrySecondLevel = tld.length === 2 && /^(?:ac|co|com|edu|gov|net|org|sch|govt|nhs|school)$/.test(second);
  return labels.slice(countrySecondLevel ? -3 : -2).join('.');
}

export interface PlatformSites {
  issuer: string;
  token_url: string;
  auth_url?: string;
}

/**
 * Whether a service URL that a launch or a platform's answer names may be called, for this platform. Outside
 * production: any http(s) URL. In production: https, on the platform's own site (see above).
 */
export function serviceUrlAllowed(url: unknown, platform: PlatformSites, production: boolean): url is string {
  if (typeof url !== 'string' || url.length > 2000) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (!production) return u.protocol === 'https:' || u.protocol === 'http:';
  if (u.protocol !== 'https:' || blockedAddress(u.hostname)) return false;
  const site = registrableDomain(u.hostname);
  return [platform.issuer, platform.token_url, platform.auth_url].some((p) => {
    if (!p) return false;
    try {
      return registrableDomain(new URL(p).hostname) === site;
    } catch {
      return false;
    }
  });
}
