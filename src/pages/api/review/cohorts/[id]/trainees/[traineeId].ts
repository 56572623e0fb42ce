/** One trainee of a cohort over time (attempts with domain scores, reflections, below pass marks); for the cohort's supervisors and administrators. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  trainee: await app.dashboard.traineeView(user, params.id ?? '', params.traineeId ?? ''),
}));
