/** The signed-in trainee's comments from supervisors that they have not seen yet: `{ count, attempts: [{ id, title, count }] }`. */
import type { APIRoute } from 'astro';
import { authed } from '../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }) => app.review.unseenComments(user));
