/**
 * Who is making a request. better-auth checks the session cookie and its idle time-out; Rapport adds the
 * absolute time-out (a session ends a fixed time after sign-in however active it is) and the role.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { prepared } from '../db/prepared.ts';
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

export async function resolveSession(
  auth: Auth,
  db: Kysely<Database>,
  headers: Headers,
  absoluteSeconds: number,
  now = Date.now(),
): Promise<ResolvedSession> {
  if (!/(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/.test(headers.get('cookie') ?? ''))
    return { user: null, setCookies: [] };
  let found: FoundSession | null | undefined = await unchangingSession(auth, db, headers.get('cookie') ?? '');
  let setCookies: string[] = [];
  if (!found) {
    const result = await auth.api.getSession({ headers, returnHeaders: true });
    setCookies = result.headers?.getSetCookie?.() ?? [];
    found = result.response;
  }
  if (!found) return { user: null, setCookies };
  const created = new Date(found.session.createdAt).getTime();
  if (now - created > absoluteSeconds * 1000) {
    await db.deleteFrom('session').where('id', '=', found.session.id).execute();
    return { user: null, setCookies };
  }
  const u = found.user;
  const role = (ROLES as readonly string[]).includes(u.role ?? '') ? (u.role as Role) : 'trainee';
  return {
    user: { id: u.id, name: u.name, email: u.email, role, demo: Boolean(u.demo), sessionId: found.session.id },
    setCookies,
  };
}

/** What resolveSession reads of better-auth's answer. */
interface FoundSession {
  session: { id: string; createdAt: Date | string };
  user: { id: string; name: string; email: string; role?: string | null; demo?: boolean | number | null };
}

interface SessionSettings {
  /** False when better-auth is configured so that reading a session may involve more than its row. */
  usable: boolean;
  secret: string;
  tokenCookie: string;
  dataCookie: string;
  dontRememberCookie: string;
  expiresIn: number;
  updateAge: number;
}

const settingsOf = new WeakMap<Auth, Promise<SessionSettings>>();

/**
 * Session cookies whose signature was found valid, by secret: checking one is an HMAC per request, and its
 * answer never changes for a given secret and cookie. Only the signature is remembered; the session itself is
 * read afresh on every request, so signing out (on any server) ends it at once. Bounded: emptied when full.
 */
const verified = new Map<string, Set<string>>();
const VERIFIED_MAX = 10_000;

function signatureValid(secret: string, token: string, signature: string): boolean {
  let known = verified.get(secret);
  if (known?.has(`${token}.${signature}`)) return true;
  // The only form better-call accepts: standard base64 of 32 bytes.
  if (!/^[A-Za-z0-9+/]{43}=$/.test(signature)) return false;
  const expected = createHmac('sha256', secret).update(token).digest();
  if (!timingSafeEqual(Buffer.from(signature, 'base64'), expected)) return false;
  if (!known) verified.set(secret, (known = new Set()));
  if (known.size >= VERIFIED_MAX) known.clear();
  known.add(`${token}.${signature}`);
  return true;
}

const sessionByToken = prepared(1, (db, token: string) =>
  db
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.userId')
    .select([
      'session.id as sessionId',
      'session.createdAt as sessionCreatedAt',
      'session.expiresAt',
      'user.id',
      'user.name',
      'user.email',
      'user.role',
      'user.demo',
    ])
    .where('session.token', '=', token),
);

function sessionSettings(auth: Auth): Promise<SessionSettings> {
  let settings = settingsOf.get(auth);
  if (!settings) {
    settings = auth.$context.then((ctx) => {
      // Read as the general options type: Rapport's own configuration (auth.ts) sets none of these today.
      const options = ctx.options as {
        session?: { cookieCache?: { enabled?: boolean }; deferSessionRefresh?: boolean };
        secondaryStorage?: unknown;
        hooks?: { after?: unknown };
        plugins?: readonly { hooks?: { after?: readonly unknown[] } }[];
      };
      return {
        // Rapport's own before-hook acts only on password paths, and the single sign-on plugin's only when a
        // provider is named; an after-hook, cookie cache, secondary storage or deferred refresh could change
        // what getSession answers, so with any of them every request goes through better-auth.
        usable:
          !options.session?.cookieCache?.enabled &&
          !options.secondaryStorage &&
          !options.session?.deferSessionRefresh &&
          !options.hooks?.after &&
          !(options.plugins ?? []).some((plugin) => plugin.hooks?.after?.length),
        secret: ctx.secret,
        tokenCookie: ctx.authCookies.sessionToken.name,
        dataCookie: ctx.authCookies.sessionData.name,
        dontRememberCookie: ctx.authCookies.dontRememberToken.name,
        expiresIn: ctx.sessionConfig.expiresIn,
        updateAge: ctx.sessionConfig.updateAge,
      };
    });
    settingsOf.set(auth, settings);
  }
  return settings;
}

/** Cookies as better-auth's request context reads them (better-call's parser): the first of a name wins. */
function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  let index = 0;
  while (index < header.length) {
    const eq = header.indexOf('=', index);
    if (eq === -1) break;
    let end = header.indexOf(';', index);
    if (end === -1) end = header.length;
    else if (end < eq) {
      index = header.lastIndexOf(';', eq - 1) + 1;
      continue;
    }
    const key = header.slice(index, eq).trim();
    if (!cookies.has(key)) {
      let value = header.slice(eq + 1, end).trim();
      if (value.codePointAt(0) === 34) value = value.slice(1, -1);
      try {
        value = value.includes('%') ? decodeURIComponent(value) : value;
      } catch {
        // kept as sent, as better-call keeps it
      }
      cookies.set(key, value);
    }
    index = end + 1;
  }
  return cookies;
}

/**
 * The session better-auth's getSession would return, found without going through it, when that answer is
 * certain to change nothing: the session cookie is validly signed (checked as better-call checks it), the
 * session exists with its user, has not expired and is not yet due for its sliding refresh, and there is no
 * session-data or don't-remember cookie to handle. Then getSession itself would set no cookie and write
 * nothing, and return this row. In every other case (no session, a bad signature, expired, due for refresh,
 * an unusual cookie, a database error) this returns undefined and better-auth decides as before. It saves
 * better-auth's per-call set-up (endpoint context, hooks, a WebCrypto key import and verify) on every request.
 */
async function unchangingSession(
  auth: Auth,
  db: Kysely<Database>,
  cookieHeader: string,
): Promise<FoundSession | undefined> {
  try {
    const settings = await sessionSettings(auth);
    if (!settings.usable) return undefined;
    const cookies = parseCookies(cookieHeader);
    for (const name of cookies.keys()) {
      if (name === settings.dontRememberCookie || name.startsWith(settings.dataCookie)) return undefined;
    }
    const value = cookies.get(settings.tokenCookie);
    if (!value) return undefined;
    const dot = value.lastIndexOf('.');
    if (dot < 1) return undefined;
    const token = value.slice(0, dot);
    const signature = value.slice(dot + 1);
    if (!signatureValid(settings.secret, token, signature)) return undefined;
    const row = (await sessionByToken.run(db, token)).rows[0];
    if (!row) return undefined;
    const now = Date.now();
    const expiresAt = new Date(row.expiresAt).getTime();
    if (!Number.isFinite(expiresAt) || expiresAt < now) return undefined;
    // better-auth's own test for a sliding refresh (api/routes/session: shouldBeUpdated).
    if (expiresAt - settings.expiresIn * 1000 + settings.updateAge * 1000 <= now) return undefined;
    return {
      session: { id: row.sessionId, createdAt: row.sessionCreatedAt },
      user: { id: row.id, name: row.name, email: row.email, role: row.role, demo: row.demo },
    };
  } catch {
    return undefined;
  }
}

/**
 * better-auth's own endpoints (/api/auth/*) check only the idle time-out. Before one of them runs, the
 * cookie's session is deleted when it is past the absolute time-out, so they refuse it too. The token is
 * only looked up here, not trusted: a session already too old is all this can remove.
 */
export async function endSessionPastAbsolute(
  db: Kysely<Database>,
  headers: Headers,
  absoluteSeconds: number,
  now = Date.now(),
): Promise<void> {
  const m = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]*)/.exec(headers.get('cookie') ?? '');
  if (!m) return;
  let token: string;
  try {
    token = decodeURIComponent(m[1]!).split('.')[0]!;
  } catch {
    return;
  }
  if (!token) return;
  const session = await db
    .selectFrom('session')
    .select(['id', 'createdAt'])
    .where('token', '=', token)
    .executeTakeFirst();
  if (session && now - new Date(session.createdAt).getTime() > absoluteSeconds * 1000) {
    await db.deleteFrom('session').where('id', '=', session.id).execute();
  }
}
