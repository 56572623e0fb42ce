/**
 * Sign-in throttling (issue 11): LOGIN_RATE_MAX sign-ins per account and window, whichever addresses they come
 * from, and LOGIN_RATE_ADDRESS_MAX per client address whatever the accounts; then 429 with Retry-After, even
 * with the right password. The client address is the socket's, unless the socket is a proxy named in
 * TRUSTED_PROXIES, whose X-Forwarded-For is then believed: behind that proxy one person's failures do not lock
 * out everyone else. The counts live in the database, so two servers on one PostgreSQL database share them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES, freshDatabase, postgresUrl, type FreshDatabase } from '../support/databases.ts';
import {
  Client,
  openTestDatabase,
  signUp,
  startServer,
  type ServerProcess,
  type TestUser,
} from '../support/server-process.ts';

const THROTTLED = { LOGIN_RATE_MAX: '3', LOGIN_RATE_ADDRESS_MAX: '5', LOGIN_RATE_WINDOW_SECONDS: '600' };

const attempt = (client: Client, email: string, password: string, headers: Record<string, string> = {}) =>
  client.post('/api/auth/sign-in/email', { email, password }, { headers });

describe.each(DATABASES)('sign-in throttling on %s', (kind) => {
  let fresh: FreshDatabase;
  let server: ServerProcess;
  let proxied: ServerProcess;
  let db: Db;
  let user: TestUser;
  let other: TestUser;
  let third: TestUser;

  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    [server, proxied] = await Promise.all([
      startServer({ database: fresh, env: THROTTLED }),
      // Behind a reverse proxy on this machine: the proxy's address is trusted to name the client.
      startServer({ database: fresh, env: { ...THROTTLED, TRUSTED_PROXIES: '127.0.0.1,::1' } }),
    ]);
    db = openTestDatabase(fresh);
    // Signed up through the proxied server with addresses of their own, so no sign-in count is spent here.
    user = await signUp(new Client(proxied), 'throttled');
    other = await signUp(new Client(proxied), 'other');
    third = await signUp(new Client(proxied), 'third');
    await db.kysely.deleteFrom('rate_limit').execute();
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), proxied?.stop()]);
    await db?.close();
    await fresh?.drop();
  });

  it('per account: the 4th sign-in to one account in the window gets 429 with Retry-After, even with the right password, and no session', async () => {
    const browser = new Client(server);
    const statuses = [
      (await attempt(browser, user.email, 'not the password, surely')).status,
      (await attempt(browser, user.email, 'not the password either')).status,
      (await attempt(browser, user.email, user.password)).status,
    ];
    expect(statuses).toEqual([401, 401, 200]);
    const sessions = await db.kysely.selectFrom('session').select('id').where('userId', '=', user.id).execute();

    const late = new Client(server);
    const fourth = await attempt(late, user.email.toUpperCase(), user.password);
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(fourth.headers.get('x-retry-after'))).toBeGreaterThan(0);
    expect(late.sessionToken).toBeUndefined();
    expect(await db.kysely.selectFrom('session').select('id').where('userId', '=', user.id).execute()).toHaveLength(
      sessions.length,
    );
    // Another account from the same address is not locked by this one.
    expect((await attempt(late, other.email, other.password)).status).toBe(200);
  });

  it('per address: past LOGIN_RATE_ADDRESS_MAX sign-ins from one address, any account is refused, with Retry-After', async () => {
    // This address has made 5 sign-ins (4 to one account, 1 to another): the 6th is one too many.
    const res = await attempt(new Client(server), third.email, third.password);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('without TRUSTED_PROXIES a client cannot move into another bucket with its own x-rapport-client-ip or X-Forwarded-For', async () => {
    const res = await attempt(new Client(server), third.email, third.password, {
      'x-rapport-client-ip': '203.0.113.7',
      'x-forwarded-for': '203.0.113.8',
    });
    expect(res.status).toBe(429);
    const keys = (await db.kysely.selectFrom('rate_limit').select('key').execute()).map((r) => r.key);
    expect(keys.some((k) => k.includes('127.0.0.1'))).toBe(true);
    expect(keys.some((k) => k.includes('203.0.113'))).toBe(false);
  });

  it('behind a trusted proxy each client has its own address count; the account count holds whatever the address', async () => {
    // The address 127.0.0.1 is spent, but through the proxy the clients are told apart.
    const fromA = { 'x-forwarded-for': '198.51.100.1' };
    const fromB = { 'x-forwarded-for': '198.51.100.2' };
    expect((await attempt(new Client(proxied), third.email, third.password, fromA)).status).toBe(200);
    // A spoofed hop in front of the real client is not believed: the proxy appends the address it saw.
    expect(
      (await attempt(new Client(proxied), third.email, third.password, { 'x-forwarded-for': '10.9.9.9, 198.51.100.2' }))
        .status,
    ).toBe(200);
    const keys = (await db.kysely.selectFrom('rate_limit').select('key').execute()).map((r) => r.key);
    expect(keys.some((k) => k.includes('198.51.100.1'))).toBe(true);
    expect(keys.some((k) => k.includes('10.9.9.9'))).toBe(false);
    // The locked account stays locked from any address: changing address does not reset it.
    expect((await attempt(new Client(proxied), user.email, user.password, fromB)).status).toBe(429);
    // One client's failures do not lock out another behind the same proxy.
    for (let i = 0; i < 5; i++)
      await attempt(new Client(proxied), `nobody${i}@rapport.test`, 'wrong wrong wrong', {
        'x-forwarded-for': '198.51.100.66',
      });
    expect(
      (
        await attempt(new Client(proxied), `nobody9@rapport.test`, 'wrong wrong wrong', {
          'x-forwarded-for': '198.51.100.66',
        })
      ).status,
    ).toBe(429);
    expect(
      (await attempt(new Client(proxied), other.email, other.password, { 'x-forwarded-for': '198.51.100.3' })).status,
    ).toBe(200);
  });

  it('other endpoints are not throttled by the sign-in limit', async () => {
    expect((await other.client.get('/api/me')).body.user.email).toBe(other.email);
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
    [a, b] = await Promise.all([
      startServer({ database: fresh, env: THROTTLED }),
      startServer({ database: fresh, env: THROTTLED }),
    ]);
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
