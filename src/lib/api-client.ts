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

/** What a request came to: its status, its JSON answer (null when it had none) and its headers. */
export interface Answer {
  ok: boolean;
  status: number;
  data: unknown;
  headers: Headers;
}

/**
 * One request to this site's API, answered as JSON; null when nothing answered (offline, the server down). The
 * body goes as JSON, or as it is when it is a file (a Blob, sent with `type`).
 */
export async function request(
  method: string,
  url: string,
  body?: unknown,
  type = 'application/json',
): Promise<Answer | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': type },
      body: body === undefined ? null : body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch {
    return null;
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  return { ok: response.ok, status: response.status, data, headers: response.headers };
}

/**
 * The words for a refused request, from its status and the sentence the server gave (null when it gave none). A
 * 503 with a sentence is Rapport saying it is busy (the draft checker's queue is full): that is said, not "check
 * your connection"; a gateway's 502/504, or a 5xx with nothing said, is a server that did not answer.
 */
export function refusalWords(status: number, said: string | null): string {
  if (status === 503 && said !== null) return said;
  if ([502, 503, 504].includes(status) || (status >= 500 && said === null)) return SERVER_DOWN;
  if (status >= 500) return said ?? SERVER_ERROR;
  return said ?? `The request was refused (HTTP ${status}).`;
}

export async function send<T = unknown>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<Outcome<T>> {
  const answer = await request(method, url, body);
  if (!answer) return { ok: false, status: 0, message: SERVER_DOWN, code: null, retryAfter: null };
  const { status, data, headers } = answer;
  if (answer.ok) return { ok: true, status, data: data as T };
  const d = (data ?? {}) as { error?: { message?: unknown }; message?: unknown; code?: unknown };
  const said =
    typeof d.error?.message === 'string' ? d.error.message : typeof d.message === 'string' ? d.message : null;
  const header = headers.get('x-retry-after') ?? headers.get('retry-after');
  const retryAfter = header !== null && /^\d+$/.test(header.trim()) ? Number(header) : null;
  return {
    ok: false,
    status,
    message: refusalWords(status, said),
    code: typeof d.code === 'string' ? d.code : null,
    retryAfter,
  };
}

/** "in 42 seconds (at 14:03)", "in about 3 minutes (at 14:05)", or "in a minute" when the server gave no time. */
export function whenToRetry(seconds: number | null, now = new Date()): string {
  if (seconds === null) return 'in a minute';
  const at = new Date(now.getTime() + seconds * 1000);
  const clock = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (seconds < 90) return `in ${seconds} second${seconds === 1 ? '' : 's'} (at ${clock})`;
  return `in about ${Math.ceil(seconds / 60)} minutes (at ${clock})`;
}
