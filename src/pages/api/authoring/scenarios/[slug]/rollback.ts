/** POST { version }: make an earlier release the live one (nothing is rewritten). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  app.authoring.rollback(user, params.slug ?? '', await body()),
);
