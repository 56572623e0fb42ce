/** DELETE: revoke an invite; the code stops working at once. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const DELETE: APIRoute = authed(async ({ app, user }, { params }) => {
  await app.cohorts.revokeInvite(user, params.id ?? '', params.code ?? '');
  return { ok: true };
});
