/** POST: take the draft back from review; it is editable again. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user }, { params }) =>
  app.authoring.withdraw(user, params.id ?? ''),
);
