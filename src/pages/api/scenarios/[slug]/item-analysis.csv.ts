/** Item analysis of a scenario as CSV (one row per option), for educators, supervisors (their cohorts) and admins. */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => {
  const { filename, csv } = await app.itemAnalysis.csv(user, params.slug ?? '');
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });
});
