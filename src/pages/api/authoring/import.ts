/** POST (a zip, Content-Type application/zip, at most 1 MB): a scenario folder imported as a new draft. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../lib/api.ts';
import { SCENARIO_ZIP_BYTES } from '../../../server/http/body-limit.ts';
import { readZip } from '../../../server/http/zip.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user }, { request }) =>
  json(await app.authoring.import(user, await readZip(request, SCENARIO_ZIP_BYTES)), 201),
);
