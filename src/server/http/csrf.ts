/**
 * Cross-site request forgery: a state-changing request must come from Rapport's own pages. Browsers send
 * `Origin` on every POST, PUT, PATCH and DELETE (and `Sec-Fetch-Site`); a request whose origin is another
 * site, or that carries neither header, is refused. Cookies are also SameSite=Lax.
 */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the check reads of a request: a web Request, or the built server's own view of a Node request. */
export interface RequestHead {
  method: string;
  headers: { get(name: string): string | null };
}

export function csrfProblem(request: RequestHead, allowedOrigins: readonly string[]): string | null {
  if (SAFE.has(request.method)) return null;
  const origin = request.headers.get('origin');
  if (origin) {
    return allowedOrigins.includes(origin) ? null : `Requests from ${origin} are not accepted.`;
  }
  const site = request.headers.get('sec-fetch-site');
  if (site === 'same-origin') return null;
  return 'This request did not come from a Rapport page (no Origin header), so it was refused.';
}
