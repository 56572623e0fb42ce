/**
 * GET: the supervisors' comments on an attempt, for its trainee and those who supervise them.
 * POST `{ point: number | null, body }`: a supervisor of the trainee pins a comment to a choice point
 * (0-based) or, with point null, to the whole attempt (201). 404 for anyone else.
 */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => ({
  comments: await app.review.listComments(user, params.id ?? ''),
}));

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) =>
  json({ comment: await app.review.addComment(user, params.id ?? '', await body()) }, 201),
);
