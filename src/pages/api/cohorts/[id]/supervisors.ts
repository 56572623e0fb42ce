/**
 * POST: add a co-supervisor by email ({ email }); they must have the supervisor role. The answer is the same
 * whether or not the address could be used, so it reveals no account.
 */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  app.cohorts.addSupervisor(user, params.id ?? '', await body()),
);
