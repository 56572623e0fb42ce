/** GET: every scenario published in the browser, with its releases (educators and administrators). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }) => ({ scenarios: await app.authoring.scenarios(user) }));
