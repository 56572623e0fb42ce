/**
 * Sessions over HTTP: forged cookies are refused; the idle time-out ends a session left alone; the
 * absolute time-out ends one however active it is, on every endpoint; signing out everywhere ends every
 * browser's session. Waits poll the clock or the database; no duration is asserted.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES, freshDatabase } from '../support/databases.ts';
import {
  Client,
  openTestDatabase,
  signIn,
  signUp,
  startServer,
  TEST_AUTH_SECRET,
  type ServerProcess,
  type TestUser,
} from '../support/server-process.ts';

const COOKIE = 'better-auth.session_token';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A session cookie value as better-auth signs it: `token.base64(HMAC-SHA256(secret, token))`, URL-encoded. */
const signed = (token: string, secret: string) =>
  encodeURIComponent(`${token}.${createHmac('sha256', secret).update(token).digest('base64')}`);
/** The raw session token inside a signed cookie value. */
const tokenOf = (cookie: string) => decodeURIComponent(cookie).split('.')[0]!;

const asTime = (v: Date | string | number) =>
  v instanceof Date ? v.getTime() : typeof v === 'number' ? v : new Date(v).getTime();

/** Waits (polling the clock) until `Date.now()` is past `t`. */
async function until(t: number) {
  while (Date.now() <= t) await pause(Math.min(250, Math.max(10, t - Date.now() + 5)));
}

async function sessionRow(db: Db, token: string) {
  return db.kysely.selectFrom('session').selectAll().where('token', '=', token).executeTakeFirst();
}

/**
 * Who /api/me says is signed in with a client's cookies: their email, or null for nobody. It answers 200 either way
 * (a guest asking is not an error); the routes that need someone answer 401.
 */
async function whoIs(client: Client): Promise<string | null> {
  const res = await client.get('/api/me');
  expect(res.status, res.text).toBe(200);
  return (res.body?.user?.email as string | undefined) ?? null;
}

/** Another browser holding the given cookie value. */
const holding = (server: ServerProcess, cookie: string) => {
  const c = new Client(server);
  c.setCookie(COOKIE, cookie);
  return c;
};

describe.each(DATABASES)('sessions on %s', (kind) => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    // Every step runs, whatever an earlier one threw: servers stopped, connections closed, databases dropped.
    const results = [];
    for (const f of cleanup.splice(0))
      results.push(
        await f().then(
          () => null,
          (error: unknown) => error,
        ),
      );
    const failure = results.find((r) => r !== null);
    if (failure) throw failure;
  });

  async function setUp(env: Record<string, string> = {}) {
    const fresh = await freshDatabase(kind);
    const server = await startServer({ database: fresh, env }).catch(async (error: unknown) => {
      await fresh.drop();
      throw error;
    });
    const db = openTestDatabase(fresh);
    cleanup.push(async () => {
      await server.stop();
      await db.close().catch(() => {});
      await fresh.drop();
    });
    return { server, db };
  }

  describe('with the default time-outs', () => {
    let server: ServerProcess;
    let db: Db;
    let user: TestUser;
    beforeAll(async () => {
      ({ server, db } = await setUp());
      user = await signUp(server, 'browsers');
    });

    it('a forged, tampered, unsigned or wrongly signed session cookie is nobody to /api/me and 401 elsewhere', async () => {
      const real = user.client.sessionToken!;
      const token = tokenOf(real);
      // The control: the real cookie, and the same token signed here with the server's secret, both work,
      // so the refusals below are about the signature and the token, not the way the cookie is written.
      expect(await whoIs(holding(server, real))).toBe(user.email);
      expect(await whoIs(holding(server, signed(token, TEST_AUTH_SECRET)))).toBe(user.email);

      const forged: [string, string][] = [
        [
          'a random token with a random signature',
          signed(crypto.randomUUID().replace(/-/g, ''), 'some other secret of enough length!!'),
        ],
        [
          'a random token signed with the server secret (no such session)',
          signed(crypto.randomUUID().replace(/-/g, ''), TEST_AUTH_SECRET),
        ],
        ['the real token, unsigned', encodeURIComponent(token)],
        ['the real token, signature altered', encodeURIComponent(`${token}.${'A'.repeat(43)}=`)],
        [
          'the real token signed with the development secret',
          signed(token, 'rapport-development-secret-not-for-production-use'),
        ],
        ['garbage', '%%%not-a-cookie'],
      ];
      for (const [label, value] of forged) {
        const res = await holding(server, value).get('/api/me');
        expect(res.status, label).toBe(200);
        expect(res.body, label).toEqual({ user: null });
        expect(res.text, label).not.toContain(user.email);
        const attempts = await holding(server, value).get('/api/attempts');
        expect(attempts.status, label).toBe(401);
        const session = await holding(server, value).get('/api/auth/get-session');
        expect(session.body ?? null, label).toBeNull();
      }
    });

    it('signing out ends only that browser’s session', async () => {
      const laptop = (await signIn(server, user.email, user.password)).client;
      const phone = (await signIn(server, user.email, user.password)).client;
      const laptopCookie = laptop.sessionToken!;
      expect(await whoIs(laptop)).toBe(user.email);
      expect(await whoIs(phone)).toBe(user.email);
      expect((await laptop.post('/api/auth/sign-out', {})).status).toBe(200);
      expect(await whoIs(laptop)).toBeNull();
      // Even the old cookie, kept by someone, no longer works.
      expect(await whoIs(holding(server, laptopCookie))).toBeNull();
      expect((await holding(server, laptopCookie).get('/api/attempts')).status).toBe(401);
      expect(await whoIs(phone)).toBe(user.email);
    });

    it('sign out everywhere (/api/auth/revoke-sessions) ends the other browsers’ sessions', async () => {
      const laptop = (await signIn(server, user.email, user.password)).client;
      const phone = (await signIn(server, user.email, user.password)).client;
      const phoneCookie = phone.sessionToken!;
      expect(await whoIs(phone)).toBe(user.email);
      const res = await laptop.post('/api/auth/revoke-sessions', {});
      expect(res.status, res.text).toBe(200);
      expect(await whoIs(holding(server, phoneCookie))).toBeNull();
      expect((await phone.get('/api/attempts')).status).toBe(401);
      expect(await whoIs(laptop)).toBeNull();
      const left = await db.kysely.selectFrom('session').select('id').where('userId', '=', user.id).execute();
      expect(left).toEqual([]);
    });
  });

  it('SESSION_IDLE_SECONDS: activity extends a session; left alone past its expiry it is refused', async () => {
    const { server, db } = await setUp({ SESSION_IDLE_SECONDS: '4' });
    const user = await signUp(server, 'idle');
    const cookie = user.client.sessionToken!;
    const token = tokenOf(cookie);
    const first = await sessionRow(db, token);
    expect(first).toBeDefined();
    const created = asTime(first!.createdAt);
    const firstExpiry = asTime(first!.expiresAt);

    // Used after better-auth's update age (1 s for a 4 s idle time) and well before it expires, it is extended.
    await until(created + 1_200);
    expect(await whoIs(user.client)).toBe(user.email);
    const extended = await sessionRow(db, token);
    expect(asTime(extended!.expiresAt)).toBeGreaterThan(firstExpiry);

    // Left alone: wait until the clock is past the expiry recorded in the database, then try.
    await until(asTime(extended!.expiresAt) + 50);
    expect(await whoIs(holding(server, cookie))).toBeNull();
    expect((await holding(server, cookie).get('/api/attempts')).status).toBe(401);
    expect((await holding(server, cookie).get('/api/auth/get-session')).body ?? null).toBeNull();
    expect((await holding(server, cookie).get(`/api/me/export`)).status).toBe(401);
    // The person can sign in again.
    const again = await signIn(server, user.email, user.password);
    expect(again.res.status).toBe(200);
    expect(await whoIs(again.client)).toBe(user.email);
  });

  it('SESSION_ABSOLUTE_SECONDS: a session in constant use ends that long after sign-in, on every endpoint', async () => {
    const { server, db } = await setUp({ SESSION_ABSOLUTE_SECONDS: '2', SESSION_IDLE_SECONDS: '3600' });
    const active = await signUp(server, 'active');
    // Another person's session, used only through better-auth's own endpoints.
    const other = await signUp(server, 'other');
    const otherCookie = other.client.sessionToken!;
    expect((await holding(server, otherCookie).get('/api/auth/get-session')).body?.user?.email).toBe(other.email);

    const token = tokenOf(active.client.sessionToken!);
    const created = asTime((await sessionRow(db, token))!.createdAt);
    const statuses: number[] = [];
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await active.client.get('/api/attempts');
      statuses.push(res.status);
      if (res.status !== 200 || Date.now() > deadline) break;
      await pause(200);
    }
    expect(statuses.at(-1), `answers: ${statuses.join(' ')}`).toBe(401);
    expect(
      statuses.slice(0, -1).every((s) => s === 200),
      `answers: ${statuses.join(' ')}`,
    ).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(1);
    expect(await whoIs(active.client)).toBeNull();
    expect(Date.now()).toBeGreaterThan(created + 2_000);
    expect(await sessionRow(db, token)).toBeUndefined();
    const again = await signIn(server, active.email, active.password);
    expect(await whoIs(again.client)).toBe(active.email);

    // better-auth's endpoints refuse the other session too, though no Rapport route was asked first.
    await until(asTime((await sessionRow(db, tokenOf(otherCookie)))!.createdAt) + 2_000 + 50);
    const rename = await holding(server, otherCookie).post('/api/auth/update-user', { name: 'Renamed after expiry' });
    expect(rename.status).toBe(401);
    const row = await db.kysely.selectFrom('user').select('name').where('id', '=', other.id).executeTakeFirstOrThrow();
    expect(row.name).toBe(other.name);
    expect((await holding(server, otherCookie).get('/api/auth/get-session')).body ?? null).toBeNull();
  });
});
