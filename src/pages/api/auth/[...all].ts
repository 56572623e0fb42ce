/** better-auth's endpoints: sign-up, sign-in, sign-out, sessions, single sign-on. */
import type { APIRoute } from 'astro';
import { getApp } from '../../../lib/server-app.ts';

export const prerender = false;

export const ALL: APIRoute = async ({ request }) => (await getApp()).auth.handler(request);
