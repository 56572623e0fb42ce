/** DELETE: remove a co-author (the owner removes any; a co-author may remove themselves). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../../lib/api.ts';

export const prerender = false;

export const DELETE: APIRoute = authed(async ({ app, user }, { params }) =>
  app.authoring.removeCoauthor(user, params.id ?? '', params.userId ?? ''),
);
