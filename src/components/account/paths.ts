/**
 * Where to go after signing in: only a path on this site. Anything else (another origin, a
 * protocol-relative `//host`, a backslash trick, a non-path) falls back to the default.
 */
export const AFTER_SIGN_IN = '/history/';

export function safeNext(raw: string | null | undefined, fallback = AFTER_SIGN_IN): string {
  if (!raw || raw.length > 2000 || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    const base = 'http://rapport.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base) return fallback;
    // Never send someone back to the sign-in or sign-up pages, or to an API answer.
    if (/^\/(signin|signup)\/?$/.test(url.pathname) || url.pathname.startsWith('/api/')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The sign-in page that comes back to `path` afterwards. */
export function signInFor(path: string): string {
  return `/signin/?next=${encodeURIComponent(path)}`;
}
