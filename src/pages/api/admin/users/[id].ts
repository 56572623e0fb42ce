/** PATCH: change a person's role. DELETE: erase the person and everything of theirs. Administrators only. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const PATCH: APIRoute = authed(async ({ app, user, body }, { params }) => {
  await app.users.setRole(user, params.id ?? '', await body());
  return { ok: true };
});

export const DELETE: APIRoute = authed(async ({ app, user }, { params }) => ({
  erased: await app.users.erase(user, params.id ?? ''),
}));
