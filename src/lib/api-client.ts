/**
 * The islands' calls to Rapport's JSON API and better-auth's endpoints, with every failure turned into
 * words a person can act on. Rapport's API answers `{ error: { status, message } }`; better-auth answers
 * `{ code, message }` and, when it throttles, 429 with `X-Retry-After` in seconds.
 */
export type Outcome<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; code: string | null; retryAfter: number | null };

export const SERVER_DOWN = 'Rapport’s server did not answer. Check your connection, then try again in a moment.';
const SERVER_ERROR =
  'Something went wrong on Rapport’s server. Try again; if it keeps happening, tell your administrator.';

export async function send<T = unknown>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, message: SERVER_DOWN, code: null, retryAfter: null };
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  const d = (data ?? {}) as { error?: { message?: unknown }; message?: unknown; code?: unknown };
  const said =
    typeof d.error?.message === 'string' ? d.error.message : typeof d.message === 'string' ? d.message : null;
  const header = response.headers.get('x-retry-after') ?? response.headers.get('retry-after');
  const retryAfter = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : null;
  let message: string;
  if ([502, 503, 504].includes(response.status) || (response.status >= 500 && said === null)) message = SERVER_DOWN;
  else if (response.status >= 500) message = said ?? SERVER_ERROR;
  else message = said ?? `The request was refused (HTTP ${response.status}).`;
  return { ok: false, status: response.status, message, code: typeof d.code === 'string' ? d.code : null, retryAfter };
}

/** "in 42 seconds (at 14:03)", "in about 3 minutes (at 14:05)", or "in a minute" when the server gave no time. */
export function whenToRetry(seconds: number | null, now = new Date()): string {
  if (seconds === null) return 'in a minute';
  const at = new Date(now.getTime() + seconds * 1000);
  const clock = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (seconds < 90) return `in ${seconds} second${seconds === 1 ? '' : 's'} (at ${clock})`;
  return `in about ${Math.ceil(seconds / 60)} minutes (at ${clock})`;
}
