/** POST: discard a draft that was never published. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user }, { params }) => app.authoring.discard(user, params.id ?? ''));
