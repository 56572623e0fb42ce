/** Who a request comes from (resolveSession), on both databases: real sessions, the absolute time-out, forged cookies. */
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveSession } from '../../src/server/auth/session.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { openApp, type TestApp } from './helpers.ts';

const COOKIE = 'better-auth.session_token';
const ABSOLUTE = 3600;

/** The Cookie header a browser would send back after a response with these Set-Cookie headers. */
const cookieFrom = (headers: Headers) =>
  headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
/** A session cookie for `token` signed with `secret`, as better-auth signs it (HMAC-SHA256, base64). */
const signed = (token: string, secret: string) =>
  `${COOKIE}=${encodeURIComponent(`${token}.${createHmac('sha256', secret).update(token).digest('base64')}`)}`;

describe.each(DATABASES)('sessions on %s', (kind) => {
  let t: TestApp;
  let userId: string;
  let email: string;

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([fixtureBundle('mini')]), { SESSION_ABSOLUTE_SECONDS: String(ABSOLUTE) });
    email = `session.${kind}@rapport.test`;
    const { response } = await t.app.auth.api.signUpEmail({
      body: { email, password: 'a quiet harbour at dusk', name: 'Session Person' },
      returnHeaders: true,
    });
    userId = response.user.id;
  });
  afterAll(async () => {
    await t?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const db = () => t.app.db.kysely;
  /** Signs in with the password; returns the Cookie header, the session's row id and its token. */
  async function signIn(): Promise<{ cookie: string; sessionId: string; token: string }> {
    const { headers, response } = await t.app.auth.api.signInEmail({
      body: { email, password: 'a quiet harbour at dusk' },
      returnHeaders: true,
    });
    const row = await db()
      .selectFrom('session')
      .select(['id', 'token'])
      .where('token', '=', response.token)
      .executeTakeFirstOrThrow();
    return { cookie: cookieFrom(headers), sessionId: row.id, token: row.token };
  }
  /**
   * A new session made by better-auth itself, as sign-in makes it, without hashing a password again; its cookie
   * signed as better-auth signs it (the first test shows such a cookie is the one sign-in sets).
   */
  async function newSession(): Promise<{ cookie: string; sessionId: string; token: string }> {
    const context = await t.app.auth.$context;
    const session = await context.internalAdapter.createSession(userId);
    return { cookie: signed(session.token, t.app.config.authSecret), sessionId: session.id, token: session.token };
  }
  const sessionRow = (id: string) => db().selectFrom('session').select('id').where('id', '=', id).executeTakeFirst();
  const resolve = (cookie: string) => resolveSession(t.app.auth, db(), new Headers({ cookie }), ABSOLUTE);
  /**
   * The time-out tests run on a fake clock (`vi.setSystemTime` fakes Date only; timers, the database drivers and
   * better-auth run as they do): a session is made at a known instant and the clock is moved, never waited for, so
   * "just inside the limit" is exact however slow the machine.
   */
  const at = (ms: number) => vi.setSystemTime(ms);

  it('resolves a valid session to its user with their role', async () => {
    const { cookie, sessionId, token } = await signIn();
    expect(cookie).toBe(signed(token, t.app.config.authSecret));
    const session = await t.app.session(new Headers({ cookie }));
    expect(session.user).toEqual({
      id: userId,
      name: 'Session Person',
      email,
      role: 'trainee',
      demo: false,
      sessionId,
    });

    await db().updateTable('user').set({ role: 'educator' }).where('id', '=', userId).execute();
    expect((await resolve(cookie)).user?.role).toBe('educator');
    // A role Rapport does not know counts as the least privileged one.
    await db().updateTable('user').set({ role: 'superuser' }).where('id', '=', userId).execute();
    expect((await resolve(cookie)).user?.role).toBe('trainee');
    await db().updateTable('user').set({ role: 'trainee' }).where('id', '=', userId).execute();
  });

  it('refuses and deletes a session older than the absolute time-out, however active', async () => {
    const t0 = Date.now();
    at(t0);
    const { cookie, sessionId } = await newSession();
    // Just inside the limit it is still good (and in use: better-auth slides its idle time-out on).
    at(t0 + (ABSOLUTE - 60) * 1000);
    expect((await resolve(cookie)).user?.id).toBe(userId);
    at(t0 + (ABSOLUTE + 1) * 1000);
    expect((await resolve(cookie)).user).toBeNull();
    expect(await sessionRow(sessionId)).toBeUndefined();
    expect((await resolve(cookie)).user).toBeNull();

    // The same through the app, for a session whose sign-in was longer ago than the limit.
    at(t0);
    const old = await newSession();
    at(t0 + (ABSOLUTE + 60) * 1000);
    expect((await t.app.session(new Headers({ cookie: old.cookie }))).user).toBeNull();
    expect(await sessionRow(old.sessionId)).toBeUndefined();
  });

  it('refuses a session past its idle time-out', async () => {
    const t0 = Date.now();
    at(t0);
    // Two sessions whose idle time-out ends a minute from now (each is used once: using one slides it on).
    const idleEnd = new Date(t0 + 60_000);
    const [inside, past] = [await newSession(), await newSession()];
    for (const { sessionId } of [inside, past]) {
      await db()
        .updateTable('session')
        .set({ expiresAt: kind === 'postgres' ? idleEnd : idleEnd.toISOString() })
        .where('id', '=', sessionId)
        .execute();
    }
    at(t0 + 59_000);
    expect((await resolve(inside.cookie)).user?.id).toBe(userId);
    at(t0 + 61_000);
    expect((await resolve(past.cookie)).user).toBeNull();
  });

  it('resolves a forged, unsigned or tampered token to no one', async () => {
    const { cookie, token } = await newSession();
    // Signing as better-auth does with the app's secret gives a cookie that works: the forgeries below fail on their merits.
    expect((await resolve(signed(token, t.app.config.authSecret))).user?.id).toBe(userId);

    const forgeries = [
      `${COOKIE}=${crypto.randomUUID()}`,
      signed(crypto.randomUUID(), t.app.config.authSecret),
      `${COOKIE}=${token}`,
      `${COOKIE}=${encodeURIComponent(`${token}.`)}`,
      signed(token, 'another-secret-of-at-least-thirty-two-characters'),
      cookie.replace(/%3D|=$/, '') + 'A',
      // The token with its last character changed (to one it is not), under the real token's signature.
      `${COOKIE}=${encodeURIComponent(`${token.slice(0, -1)}${token.endsWith('x') ? 'y' : 'x'}.${createHmac('sha256', t.app.config.authSecret).update(token).digest('base64')}`)}`,
      `__Secure-${COOKIE}=${token}`,
    ];
    for (const forged of forgeries) {
      const session = await resolve(forged);
      expect(session.user, forged).toBeNull();
    }
    expect(await resolve('')).toEqual({ user: null, setCookies: [] });
    expect(await resolve('theme=dark; other_session_token=abc')).toEqual({ user: null, setCookies: [] });
  });

  it('refuses a session the moment it is ended, however often it was resolved just before', async () => {
    // Only the cookie's signature check is remembered between requests, never the session: signing out (here, on
    // another server, its row deleted) ends it at the next request.
    const { cookie, sessionId } = await newSession();
    for (let i = 0; i < 3; i++) expect((await resolve(cookie)).user?.id).toBe(userId);
    await db().deleteFrom('session').where('id', '=', sessionId).execute();
    expect((await resolve(cookie)).user).toBeNull();
  });

  it('refuses at sign-up a password that contains the email address, creating no account', async () => {
    const refused = `harbour.keeper.${kind}@rapport.test`;
    await expect(
      t.app.auth.api.signUpEmail({
        body: { email: refused, password: `my name is harbour.keeper.${kind}!`, name: 'Refused' },
      }),
    ).rejects.toMatchObject({ statusCode: 400, body: { code: 'PASSWORD_POLICY' } });
    expect(await db().selectFrom('user').select('id').where('email', '=', refused).execute()).toEqual([]);
  });
});
