/** POST: add a co-supervisor by email ({ email }); they must have the supervisor role. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  json({ supervisor: await app.cohorts.addSupervisor(user, params.id ?? '', await body()) }, 201),
);
