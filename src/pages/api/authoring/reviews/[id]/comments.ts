/** POST { file, line, body }: the reviewer comments on a line of a file (line null: the whole draft). */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  json(await app.authoring.comment(user, params.id ?? '', await body()), 201),
);
