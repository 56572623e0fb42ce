/** GET: who the draft may be sent to for review (educators and administrators who are not its authors). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  reviewers: await app.authoring.reviewers(user, params.id ?? ''),
}));
