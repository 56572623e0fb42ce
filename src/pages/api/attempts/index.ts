/** GET: the signed-in person's attempts. POST: begin an attempt (idempotent on the attempt id). */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }) => ({ attempts: await app.attempts.list(user) }));

export const POST: APIRoute = authed(async ({ app, user, body }) => {
  const { attempt, created } = await app.attempts.start(user, await body());
  return json({ attempt }, created ? 201 : 200);
});
