/** GET: one cohort with its supervisors, members and invites; for its supervisors and admins (404 otherwise). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  cohort: await app.cohorts.get(user, params.id ?? ''),
}));
