/** GET: the draft's newest revision as its scenario folder, zipped (`<slug>/scenario.yaml` and its ink file). */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';
import { zipResponse } from '../../../../../server/http/zip.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) =>
  zipResponse(await app.authoring.exportDraft(user, params.id ?? '')),
);
