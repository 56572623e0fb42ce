/** GET: one published scenario, its history, and the drafts of it I may read. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) =>
  app.authoring.scenario(user, params.slug ?? ''),
);
