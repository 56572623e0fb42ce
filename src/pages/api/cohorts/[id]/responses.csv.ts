/** A cohort's typed responses (respond-first play) with their ratings as CSV, one row per response; for its supervisors and admins, 404 for anyone else. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => {
  const { filename, csv } = await app.review.cohortResponsesCsv(user, params.id ?? '');
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });
});
