/** xAPI 1.0.3 statements of every attempt of a cohort's trainees, as one JSON array; for its supervisors and admins. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => {
  const statements = await app.exports.cohortStatements(user, params.id ?? '');
  return json(statements, 200, {
    'content-disposition': `attachment; filename="rapport-cohort-xapi.json"`,
    'cache-control': 'private, no-store',
  });
});
