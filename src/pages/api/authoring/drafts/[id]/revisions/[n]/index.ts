/** GET: one revision of a draft, with its texts and the checker's problems. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  revision: await app.authoring.revision(user, params.id ?? '', params.n ?? ''),
}));
