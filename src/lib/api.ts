/** Wiring for API routes: the running App, the signed-in person, JSON bodies and problem answers. */
import type { APIContext } from 'astro';
import type { App } from '../server/app.ts';
import type { SessionUser } from '../server/auth/session.ts';
import { json, problemResponse, readJson } from '../server/http/json.ts';
import { Problem } from '../server/core/errors.ts';
import { getApp } from './server-app.ts';

export interface Handler {
  app: App;
  user: SessionUser;
  body(): Promise<unknown>;
}

/** An API route for signed-in people: 401 without a session, Problems as JSON, anything else 500. */
export function authed(fn: (h: Handler, ctx: APIContext) => Promise<Response | unknown>) {
  return async (ctx: APIContext): Promise<Response> => {
    try {
      const app = await getApp();
      const user = ctx.locals.user;
      if (!user) throw new Problem(401, 'Sign in to do this.');
      const result = await fn({ app, user, body: () => readJson(ctx.request, app.config.maxBody) }, ctx);
      return result instanceof Response ? result : json(result);
    } catch (error) {
      return problemResponse(error);
    }
  };
}

export { json };
