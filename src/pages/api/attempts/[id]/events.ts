/**
 * Appends one event (a choice, or completion) to the signed-in person's attempt. 201 when recorded,
 * 200 when the same event was already recorded, 409 when out of sequence, 422 when the completed
 * attempt's choices do not replay.
 */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';

export const prerender = false;

export const POST: APIRoute = authed(async ({ app, user, body }, { params }) => {
  const result = await app.attempts.record(user, params.id ?? '', await body());
  if (result.attempt.status === 'rejected') {
    return json({ error: { status: 422, message: result.attempt.rejection }, ...result }, 422);
  }
  return json(result, result.duplicate ? 200 : 201);
});
