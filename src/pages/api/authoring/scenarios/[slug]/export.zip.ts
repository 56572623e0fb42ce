/** GET ?version=n: a published version (the live one by default) as its scenario folder, zipped. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';
import { zipResponse } from '../../../../../server/http/zip.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params, url }) =>
  zipResponse(await app.authoring.exportRelease(user, params.slug ?? '', url.searchParams.get('version'))),
);
