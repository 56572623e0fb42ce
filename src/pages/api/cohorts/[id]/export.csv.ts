/**
 * A cohort's results as CSV (one row per attempt), for its supervisors and admins; 404 for anyone else. Streamed:
 * the rows are read from the database a page at a time as the download takes them, and no faster than the client
 * reads them.
 */
import type { APIRoute } from 'astro';
import { authed } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params, locals }) => {
  // The built server's back-pressure: the next page is read once the socket has taken the last.
  const { filename, stream } = await app.exports.cohortCsvStream(user, params.id ?? '', locals.whenWritable);
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'private, no-store',
    },
  });
});
