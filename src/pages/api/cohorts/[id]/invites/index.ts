/** POST: a new invite code for the cohort ({ days }: 1–30, 14 when left out). */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  json({ invite: await app.cohorts.createInvite(user, params.id ?? '', await body()) }, 201),
);
