/**
 * Who is signed in: `{ user }` with the person, or `{ user: null }` for a guest. Asking is never an error: the player
 * asks on every scenario page to know whether to record the attempt, and a guest's page makes no request that fails.
 * Everything else under /api/ that needs someone is 401 for a guest.
 */
import type { APIRoute } from 'astro';
import { json } from '../../../server/http/json.ts';

export const prerender = false;

export const GET: APIRoute = ({ locals }) => {
  const u = locals.user;
  return json({ user: u ? { id: u.id, name: u.name, email: u.email, role: u.role, demo: u.demo } : null });
};
