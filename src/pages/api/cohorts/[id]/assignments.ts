/** GET: the cohort's assignments by due date. POST: assign scenarios or a module to the cohort or one trainee. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  assignments: await app.assignments.listForCohort(user, params.id ?? ''),
}));

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  json({ assignment: await app.assignments.create(user, params.id ?? '', await body()) }, 201),
);
