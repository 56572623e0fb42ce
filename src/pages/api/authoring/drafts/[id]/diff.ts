/** GET ?from=a&to=b: the line diff between two revisions (either may be `base`, the published version revised). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params, url }) =>
  app.authoring.diff(user, params.id ?? '', url.searchParams.get('from') ?? '', url.searchParams.get('to') ?? ''),
);
