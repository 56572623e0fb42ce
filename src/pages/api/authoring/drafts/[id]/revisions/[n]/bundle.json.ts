/** GET: the bundle a revision plays as (its own metadata and rubric, with the branch map), for a preview; 422 with errors. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) =>
  json(await app.authoring.bundle(user, params.id ?? '', params.n ?? ''), 200, {
    'cache-control': 'private, no-store',
  }),
);
