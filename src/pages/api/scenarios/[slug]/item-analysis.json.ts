/** Item analysis of a scenario's recorded attempts, for educators, supervisors (their cohorts) and admins. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }, { params }) => {
  const { map: _map, ...analysis } = await app.itemAnalysis.analyse(user, params.slug ?? '');
  return json(analysis, 200, { 'cache-control': 'private, no-store' });
});
