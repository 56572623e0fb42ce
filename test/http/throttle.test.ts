/**
 * Sign-in throttling: LOGIN_RATE_MAX attempts per client address and window, then 429 even with the right
 * password; the count lives in the database, so two servers on one PostgreSQL database share it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES, freshDatabase, postgresUrl, type FreshDatabase } from '../support/databases.ts';
import { Client, openTestDatabase, signUp, startServer, type ServerProcess, type TestUser } from '../support/server-process.ts';

const THROTTLED = { LOGIN_RATE_MAX: '3', LOGIN_RATE_WINDOW_SECONDS: '600' };

const attempt = (client: Client, email: string, password: string, headers: Record<string, string> = {}) =>
  client.post('/api/auth/sign-in/email', { email, password }, { headers });

describe.each(DATABASES)('sign-in throttling on %s', (kind) => {
  let fresh: FreshDatabase;
  let server: ServerProcess;
  let db: Db;
  let user: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    server = await startServer({ database: fresh, env: THROTTLED });
    db = openTestDatabase(fresh);
    user = await signUp(server, 'throttled');
    other = await signUp(server, 'other');
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await fresh?.drop();
  });

  it('LOGIN_RATE_MAX=3: the 4th sign-in in the window gets 429 even with the right password, and no session', async () => {
    const browser = new Client(server);
    const statuses = [
      (await attempt(browser, user.email, 'not the password, surely')).status,
      (await attempt(browser, user.email, 'not the password either')).status,
      (await attempt(browser, user.email, user.password)).status,
    ];
    expect(statuses).toEqual([401, 401, 200]);
    const sessions = await db.kysely.selectFrom('session').select('id').where('userId', '=', user.id).execute();

    const late = new Client(server);
    const fourth = await attempt(late, user.email, user.password);
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('x-retry-after'))).toBeGreaterThan(0);
    expect(late.sessionToken).toBeUndefined();
    // The limit is per address, not per account: another account from here is throttled too.
    expect((await attempt(late, other.email, other.password)).status).toBe(429);
    expect(await db.kysely.selectFrom('session').select('id').where('userId', '=', user.id).execute()).toHaveLength(sessions.length);
  });

  it('a client cannot move into another bucket by sending its own x-rapport-client-ip', async () => {
    const res = await attempt(new Client(server), user.email, user.password, { 'x-rapport-client-ip': '203.0.113.7', 'x-forwarded-for': '203.0.113.8' });
    expect(res.status).toBe(429);
    const keys = (await db.kysely.selectFrom('rate_limit').select('key').execute()).map((r) => r.key);
    expect(keys.some((k) => k.includes('127.0.0.1'))).toBe(true);
    expect(keys.some((k) => k.includes('203.0.113'))).toBe(false);
  });

  it('other endpoints are not throttled by the sign-in limit', async () => {
    expect((await other.client.get('/api/me')).status).toBe(200);
    expect((await other.client.get('/api/auth/get-session')).status).toBe(200);
  });
});

describe.skipIf(!postgresUrl)('sign-in throttling across two servers on one PostgreSQL database', () => {
  let fresh: FreshDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  let user: TestUser;

  beforeAll(async () => {
    fresh = await freshDatabase('postgres');
    [a, b] = await Promise.all([startServer({ database: fresh, env: THROTTLED }), startServer({ database: fresh, env: THROTTLED })]);
    user = await signUp(a, 'shared');
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await fresh?.drop();
  });

  it('attempts on A and B count together: the 4th, on A, is refused though A itself saw only 3', async () => {
    const onA = new Client(a);
    const onB = new Client(b);
    expect((await attempt(onA, user.email, 'wrong password one')).status).toBe(401);
    expect((await attempt(onB, user.email, 'wrong password two')).status).toBe(401);
    expect((await attempt(onA, user.email, user.password)).status).toBe(200);
    // A has seen 2 attempts and B 1: only a shared count makes this one the 4th.
    const fourth = await attempt(new Client(a), user.email, user.password);
    expect(fourth.status).toBe(429);
    expect((await attempt(new Client(b), user.email, user.password)).status).toBe(429);
  });
});
