/**
 * Where to go after signing in. Asked for by a page (`next=`): only a path on this site. Anything else (another
 * origin, a protocol-relative `//host`, a backslash trick, a non-path) is ignored. The path that is returned is
 * the one checked: the input is normalised first (`/..//evil.example` becomes `//evil.example`, which a browser
 * reads as another host) and the result must still be a plain path on this site. With nothing usable asked for,
 * each role lands where its work is (`landingFor`).
 */
import type { Role } from '../server/db/schema.ts';

/** Where each role's work is: a trainee's assignments, a supervisor's cohorts, an educator's authoring and item analysis, an administrator's accounts. */
export const LANDING: Readonly<Record<Role, string>> = {
  trainee: '/dashboard/',
  supervisor: '/cohorts/',
  educator: '/dashboard/',
  admin: '/admin/',
};

/** The landing of a role; an unknown role gets the least privileged one's. */
export function landingFor(role: string): string {
  return Object.hasOwn(LANDING, role) ? LANDING[role as Role] : LANDING.trainee;
}

/** The fallback of `safeNext`: where sign-up lands, since a new account is a trainee's. */
export const AFTER_SIGN_IN = LANDING.trainee;

const BASE = 'http://rapport.invalid';

/** A path a browser resolves on this site: one leading slash, no backslash, no control character. */
function isLocalPath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f-\u009f\s]/.test(path)) return false;
  try {
    return new URL(path, BASE).origin === BASE;
  } catch {
    return false;
  }
}

export function safeNext<F extends string | null = string>(
  raw: string | null | undefined,
  fallback: F = AFTER_SIGN_IN as F,
): string | F {
  if (!raw || raw.length > 2000 || !isLocalPath(raw)) return fallback;
  let result: string;
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return fallback;
    // Never send someone back to the sign-in or sign-up pages, or to an API answer.
    if (/^\/(signin|signup)\/?$/.test(url.pathname) || url.pathname.startsWith('/api/')) return fallback;
    result = `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
  // Check what is returned, not what came in: normalising can turn a path into `//host`.
  return isLocalPath(result) && result.length <= 2000 ? result : fallback;
}

/** The sign-in page that comes back to `path` afterwards. */
export function signInFor(path: string): string {
  return `/signin/?next=${encodeURIComponent(path)}`;
}
