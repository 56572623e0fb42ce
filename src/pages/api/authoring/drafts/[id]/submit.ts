/** POST { revision, reviewerId }: send the newest revision, without errors, to a reviewer who is not an author. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  json(await app.authoring.submit(user, params.id ?? '', await body()), 201),
);
