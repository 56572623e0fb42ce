/**
 * Appends one event (a choice, or completion) to the signed-in person's attempt. 201 when recorded,
 * 200 when the same event was already recorded, 409 when out of sequence, 422 when the completed
 * attempt's choices do not replay. The built server answers it before Astro (src/server/http/choice-route.ts), with
 * the same steps; this route serves `astro dev` and the path with a trailing slash.
 */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';
import { eventAnswer } from '../../../../server/http/choice-route.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) => {
  // The built server answers this route itself (src/server/http/choice-route.ts); the answer is the same.
  const { status, body: answer } = eventAnswer(await app.attempts.record(user, params.id ?? '', await body()));
  return json(answer, status);
});
