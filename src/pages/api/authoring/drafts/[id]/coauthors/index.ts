/** POST { email }: add a co-author (an educator's or administrator's account). */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  json(await app.authoring.addCoauthor(user, params.id ?? '', await body()), 201),
);
