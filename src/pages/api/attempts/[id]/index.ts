/** One attempt in full, for its owner (or an admin); 404 for anyone else. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  attempt: await app.attempts.get(user, params.id ?? ''),
}));
