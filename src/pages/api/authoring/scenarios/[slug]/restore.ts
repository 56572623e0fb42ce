/** POST: list a retired scenario in the catalogue again. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user }, { params }) =>
  app.authoring.restore(user, params.slug ?? ''),
);
