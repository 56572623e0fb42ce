/** GET: the cohorts the signed-in supervisor supervises (an admin: all). POST: create one ({ name }). */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }) => ({ cohorts: await app.cohorts.list(user) }));

export const POST: APIRoute = authed(async ({ app, user, body }) =>
  json({ cohort: await app.cohorts.create(user, await body()) }, 201),
);
