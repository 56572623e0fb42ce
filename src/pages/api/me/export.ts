/** Everything Rapport holds about the signed-in person, as a JSON download. */
import type { APIRoute } from 'astro';
import { authed, json } from '../../../lib/api.ts';

export const prerender = false;

export const GET: APIRoute = authed(async ({ app, user }) => {
  const data = await app.privacy.export(user);
  const day = data.exportedAt.slice(0, 10);
  return json(data, 200, { 'content-disposition': `attachment; filename="rapport-my-data-${day}.json"` });
});
