/**
 * Where to go after signing in: only a path on this site. Anything else (another origin, a
 * protocol-relative `//host`, a backslash trick, a non-path) falls back to the default. The path that is
 * returned is the one checked: the input is normalised first (`/..//evil.example` becomes `//evil.example`,
 * which a browser reads as another host) and the result must still be a plain path on this site.
 */
export const AFTER_SIGN_IN = '/history/';

const BASE = 'http://rapport.invalid';

/** A path a browser resolves on this site: one leading slash, no backslash, no control character. */
function isLocalPath(path: string): boolean {
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return false;
  if (/[\u0000-\u001f\u007f-\u009f\s]/.test(path)) return false;
  try {
    return new URL(path, BASE).origin === BASE;
  } catch {
    return false;
  }
}

export function safeNext(raw: string | null | undefined, fallback = AFTER_SIGN_IN): string {
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
