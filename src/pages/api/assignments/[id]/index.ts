/** GET: one assignment, for the supervisors of its cohort and admins (404 otherwise). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  assignment: await app.assignments.get(user, params.id ?? ''),
}));
