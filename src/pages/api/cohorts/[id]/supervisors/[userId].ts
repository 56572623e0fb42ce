/** DELETE: remove a supervisor from the cohort (another supervisor, an admin, or the person leaving); never the last one. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const DELETE: APIRoute = authed(async ({ app, user }, { params }) =>
  app.cohorts.removeSupervisor(user, params.id ?? '', params.userId ?? ''),
);
