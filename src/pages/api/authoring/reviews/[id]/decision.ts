/** POST { decision: 'approve' | 'send_back', summary? }: the reviewer decides; approving publishes the next version. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  app.authoring.decide(user, params.id ?? '', await body()),
);
