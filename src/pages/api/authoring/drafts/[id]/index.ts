/** GET: one draft (newest revision, reviews, the release it revises). PUT: save ({ basedOn, yaml, ink }), checked. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../../lib/api.ts';
import { DRAFT_BODY_BYTES } from '../../../../../server/http/body-limit.ts';
import { readJson } from '../../../../../server/http/json.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => app.authoring.get(user, params.id ?? ''));

export const PUT: APIRoute = authed(async ({ app, user }, { params, request }) =>
  app.authoring.save(user, params.id ?? '', await readJson(request, Math.max(app.config.maxBody, DRAFT_BODY_BYTES))),
);
