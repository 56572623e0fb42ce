/** POST: a new draft from the live release, which publishes as the next version after review. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user }, { params }) =>
  json(await app.authoring.revise(user, params.slug ?? ''), 201),
);
