/**
 * For on-demand routes only (prerendered pages are files): refuse cross-site mutations, and find out
 * who is signed in. A refreshed session cookie from better-auth is passed on with the response.
 */
import { defineMiddleware } from 'astro:middleware';
import { endSessionPastAbsolute } from './server/auth/session.ts';
import { csrfProblem } from './server/http/csrf.ts';
import { json } from './server/http/json.ts';
import { getApp } from './lib/server-app.ts';

const LTI_ENTRY = new Set(['/lti/login', '/lti/login/', '/lti/launch', '/lti/launch/']);

export const onRequest = defineMiddleware(async (ctx, next) => {
  ctx.locals.user = null;
  if (ctx.isPrerendered) return next();
  const app = await getApp();
  // The LTI login and launch are posted by the learning platform from its own site, by design; the launch carries
  // its own proof (a signed id_token and a state bound to this browser). Every other route keeps the origin check.
  const problem = LTI_ENTRY.has(ctx.url.pathname)
    ? null
    : csrfProblem(ctx.request, [...app.config.origins, ctx.url.origin]);
  if (problem) return json({ error: { status: 403, message: problem } }, 403);
  // better-auth resolves its own sessions; resolving here too would refresh the cookie twice. It knows
  // only the idle time-out, so a session past the absolute one is ended first.
  if (ctx.url.pathname.startsWith('/api/auth/')) {
    await endSessionPastAbsolute(app.db.kysely, ctx.request.headers, app.config.sessionAbsolute);
    const response = await next();
    // better-auth's throttle says when to retry in X-Retry-After; the standard header is Retry-After.
    const after = response.headers.get('x-retry-after');
    if (response.status !== 429 || !after || response.headers.has('retry-after')) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', after);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  const { user, setCookies } = await app.session(ctx.request.headers);
  ctx.locals.user = user;
  const response = await next();
  for (const cookie of setCookies) response.headers.append('set-cookie', cookie);
  return response;
});
