/** xAPI 1.0.3 statements of one attempt, as one JSON array; for whoever may read the attempt. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => {
  const statements = await app.exports.attemptStatements(user, params.id ?? '');
  return json(statements, 200, {
    'content-disposition': `attachment; filename="rapport-attempt-xapi.json"`,
    'cache-control': 'private, no-store',
  });
});
