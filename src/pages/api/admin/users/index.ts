/** Every account, for an administrator. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }) => ({ users: await app.users.list(user) }));
