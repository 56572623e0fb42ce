/** POST: hide the scenario from the catalogue; its assignments and records keep working. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user }, { params }) =>
  app.authoring.retire(user, params.slug ?? ''),
);
