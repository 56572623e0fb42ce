/**
 * Who is making a request. better-auth checks the session cookie and its idle time-out; Rapport adds the
 * absolute time-out (a session ends a fixed time after sign-in however active it is) and the role.
 */
import type { Kysely } from 'kysely';
import type { Database, Role } from '../db/schema.ts';
import { ROLES } from '../db/schema.ts';
import type { Auth } from './auth.ts';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  demo: boolean;
  sessionId: string;
}

export interface ResolvedSession {
  user: SessionUser | null;
  /** Set-Cookie headers from better-auth (a refreshed or cleared session cookie) to pass on. */
  setCookies: string[];
}

export async function resolveSession(auth: Auth, db: Kysely<Database>, headers: Headers, absoluteSeconds: number, now = Date.now()): Promise<ResolvedSession> {
  if (!/(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/.test(headers.get('cookie') ?? '')) return { user: null, setCookies: [] };
  const result = await auth.api.getSession({ headers, returnHeaders: true });
  const setCookies = result.headers?.getSetCookie?.() ?? [];
  const found = result.response;
  if (!found) return { user: null, setCookies };
  const created = new Date(found.session.createdAt).getTime();
  if (now - created > absoluteSeconds * 1000) {
    await db.deleteFrom('session').where('id', '=', found.session.id).execute();
    return { user: null, setCookies };
  }
  const u = found.user as typeof found.user & { role?: string | null; demo?: boolean | number | null };
  const role = (ROLES as readonly string[]).includes(u.role ?? '') ? (u.role as Role) : 'trainee';
  return { user: { id: u.id, name: u.name, email: u.email, role, demo: Boolean(u.demo), sessionId: found.session.id }, setCookies };
}
