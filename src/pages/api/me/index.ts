/** Who is signed in: 200 with the person, or 401 for a guest. */
import type { APIRoute } from 'astro';
import { json } from '../../../server/http/json.ts';

export const prerender = false;

export const GET: APIRoute = ({ locals }) => {
  const u = locals.user;
  if (!u) return json({ error: { status: 401, message: 'Not signed in.' } }, 401);
  return json({ user: { id: u.id, name: u.name, email: u.email, role: u.role, demo: u.demo } });
};
