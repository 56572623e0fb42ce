/** DELETE: remove a trainee from the cohort. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const DELETE: APIRoute = authed(async ({ app, user }, { params }) => {
  await app.cohorts.removeMember(user, params.id ?? '', params.userId ?? '');
  return { ok: true };
});
