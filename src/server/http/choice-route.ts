/**
 * The request every trainee's browser makes at every choice, `POST /api/attempts/<id>/events`, answered by the
 * built server (src/cli/serve.ts) without Astro's pipeline. Astro builds a web `Request`, routes, runs the middleware
 * chain and turns a web `Response` back into Node's: about a fifth of the server's time per choice event (issue 14's
 * profiles), for a route whose whole work is the same four steps as everywhere else.
 *
 * The steps and answers are exactly those of the middleware and the Astro route it stands in front of
 * (src/middleware.ts, src/lib/api.ts `authed`, src/pages/api/attempts/[id]/events.ts), from the same functions:
 * the origin check (csrfProblem), the session (app.session, its refreshed cookie passed on), 401 for nobody signed
 * in, the body read as JSON by the same rules (parseJsonBody), the event recorded (app.attempts.record) and answered
 * by `eventAnswer`. `astro dev` has no fast path and goes through the route; the HTTP tests send the same requests
 * both ways (the route answers the same path with a trailing slash) and compare the answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app.ts';
import { Problem } from '../core/errors.ts';
import { csrfProblem } from './csrf.ts';
import { NO_STORE, parseJsonBody, problemAnswer, type Answer } from './json.ts';

const EVENTS = /^\/api\/attempts\/([^/?#]+)\/events(?:\?|$)/;

type Req = IncomingMessage & { body?: unknown };

/**
 * Node's request headers as a web Headers (what the session reader takes), from `req.headers`: what the server has
 * made of them, such as the client's address from a trusted proxy, which a client's own header of that name must not
 * replace (the raw list still holds what the client sent).
 */
function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  return headers;
}

function send(res: ServerResponse, answer: Answer, cookies: string[] = []): void {
  const body = JSON.stringify(answer.body);
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(NO_STORE)) res.setHeader(name, value);
  res.setHeader('content-length', Buffer.byteLength(body));
  if (cookies.length) res.setHeader('set-cookie', cookies);
  res.end(body);
}

/**
 * Answers `req` when it is a choice event (and says so with true); false for any other request, left untouched.
 * The origins accepted are the configured ones and the request's own, as the middleware accepts Astro's `url.origin`.
 */
export function choiceRoute(app: App) {
  return (req: Req, res: ServerResponse): boolean => {
    if (req.method !== 'POST') return false;
    const match = EVENTS.exec(req.url ?? '');
    if (!match) return false;
    void answer(req, res, match[1]!).catch((error: unknown) => send(res, problemAnswer(error)));
    return true;
  };

  async function answer(req: Req, res: ServerResponse, rawId: string): Promise<void> {
    const headers = webHeaders(req);
    // The request's own origin, as Astro's node adapter makes its URL (the protocol of the socket, the Host).
    const own = `${'encrypted' in req.socket ? 'https' : 'http'}://${headers.get('host') ?? ''}`;
    const problem = csrfProblem({ method: 'POST', headers }, [...app.config.origins, own]);
    if (problem) return send(res, problemAnswer(new Problem(403, problem)));
    const { user, setCookies } = await app.session(headers);
    try {
      if (!user) throw new Problem(401, 'Sign in to do this.');
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const parsed = parseJsonBody(headers.get('content-type'), body);
      const result = await app.attempts.record(user, decodeURIComponent(rawId), parsed);
      send(res, eventAnswer(result), setCookies);
    } catch (error) {
      send(res, problemAnswer(error), setCookies);
    }
  }
}

type Recorded = Awaited<ReturnType<App['attempts']['record']>>;

/** What recording an event answers, by either route: 201 recorded, 200 already recorded, 422 rejected on completion. */
export function eventAnswer(result: Recorded): Answer {
  if (result.attempt.status === 'rejected')
    return { status: 422, body: { error: { status: 422, message: result.attempt.rejection }, ...result } };
  return { status: result.duplicate ? 200 : 201, body: result };
}
