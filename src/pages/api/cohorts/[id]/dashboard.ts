/** The cohort dashboard (trainees × assignments) as JSON; for the cohort's supervisors and administrators, 404 for anyone else. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  dashboard: await app.dashboard.cohortDashboard(user, params.id ?? ''),
}));
