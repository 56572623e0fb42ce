/** Liveness and readiness: answers 200 when the database answers, 503 when it does not. */
import type { APIRoute } from 'astro';
import { sql } from 'kysely';
import { json } from '../../server/http/json.ts';
import { getApp } from '../../lib/server-app.ts';

export const prerender = false;

export const GET: APIRoute = async () => {
  try {
    const app = await getApp();
    await sql`select 1`.execute(app.db.kysely);
    return json({ status: 'ok', database: app.db.dialect });
  } catch (error) {
    return json({ status: 'unavailable', message: (error as Error).message }, 503);
  }
};
