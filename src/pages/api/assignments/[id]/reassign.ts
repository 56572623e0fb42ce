/** POST: assign the same again with new dates ({ opensAt, dueAt, title? }), for spaced re-practice. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  json({ assignment: await app.assignments.reassign(user, params.id ?? '', await body()) }, 201),
);
