/** GET: the signed-in trainee's assignments by due date, each with its status and its scenarios' status. */
import type { APIRoute } from 'astro';
import { authed } from '../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }) => ({ assignments: await app.assignments.mine(user) }));
