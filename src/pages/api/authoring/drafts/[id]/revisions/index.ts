/** GET: a draft's revisions, newest first, without their texts. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  revisions: await app.authoring.revisions(user, params.id ?? ''),
}));
