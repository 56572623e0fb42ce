/** POST: a signed-in trainee joins a cohort with an invite code ({ code }); joining again changes nothing. */
import type { APIRoute } from 'astro';
import { authed } from '../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }) => await app.cohorts.join(user, await body()));
