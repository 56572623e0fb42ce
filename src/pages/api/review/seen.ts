/** POST `{ attemptId }`: the signed-in trainee has seen every comment on their attempt; answers how many were new. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { authed } from '../../../lib/api.ts';
import { parseOrProblem } from '../../../server/core/input.ts';

export const prerender = false;

const schema = z.strictObject({ attemptId: z.string().max(100) });

export const POST: APIRoute = authed(async ({ app, user, body }) => {
  const { attemptId } = parseOrProblem(schema, await body(), 'request');
  return { marked: await app.review.markSeen(user, attemptId) };
});
