/** GET: my drafts (own and co-authored) and the reviews asked of me. POST: a new draft ({ slug, yaml?, ink? }). */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';
import { DRAFT_BODY_BYTES } from '../../../../server/http/body-limit.ts';
import { readJson } from '../../../../server/http/json.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }) => app.authoring.list(user));

export const POST: APIRoute = authed(async ({ app, user }, { request }) =>
  json(await app.authoring.create(user, await readJson(request, Math.max(app.config.maxBody, DRAFT_BODY_BYTES))), 201),
);
