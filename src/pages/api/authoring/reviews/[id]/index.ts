/** GET: a review with the revision under review, the published version it revises and the diff (reviewer and authors). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => app.authoring.review(user, params.id ?? ''));
