/**
 * Configuration as the server process meets it: a production start without what production needs exits
 * non-zero with a message naming the variable; an unusable value is named too; a database that cannot be
 * reached stops the start without printing its password; a proper production start serves, seeds nothing
 * and sends HSTS; /api/health names the database kind.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { freshDatabase, type FreshDatabase } from '../support/databases.ts';
import {
  Client,
  openTestDatabase,
  runUntilExit,
  startServer,
  TEST_AUTH_SECRET,
  type ServerProcess,
} from '../support/server-process.ts';

describe('configuration', () => {
  let fresh: FreshDatabase | null = null;
  afterAll(async () => {
    await fresh?.drop();
  });

  /** Runs the server with this environment on a fresh SQLite folder, expecting it to stop by itself. */
  async function refused(env: Record<string, string | null>) {
    fresh ??= await freshDatabase('sqlite');
    const result = await runUntilExit({ database: fresh, env });
    expect(result.signal, result.output).toBeNull();
    expect(result.code, result.output).not.toBe(0);
    return result.output;
  }

  it('production without AUTH_SECRET: exits non-zero and names AUTH_SECRET', async () => {
    const output = await refused({
      RAPPORT_ENV: 'production',
      AUTH_SECRET: null,
      BASE_URL: 'https://rapport.example.org',
    });
    expect(output).toMatch(/cannot start in production/);
    expect(output).toMatch(/AUTH_SECRET/);
    expect(output).not.toMatch(/BASE_URL/);
  });

  it('production (by NODE_ENV too) without AUTH_SECRET or BASE_URL: names both', async () => {
    const output = await refused({ NODE_ENV: 'production', AUTH_SECRET: null, BASE_URL: null });
    expect(output).toMatch(/AUTH_SECRET/);
    expect(output).toMatch(/BASE_URL/);
  });

  it('a short AUTH_SECRET, a non-numeric time-out, a non-PostgreSQL DATABASE_URL: each named', async () => {
    expect(await refused({ AUTH_SECRET: 'short' })).toMatch(/AUTH_SECRET must be at least 32 characters/);
    expect(await refused({ SESSION_IDLE_SECONDS: 'two hours' })).toMatch(
      /SESSION_IDLE_SECONDS must be a whole number of seconds/,
    );
    expect(await refused({ LOGIN_RATE_MAX: '0' })).toMatch(/LOGIN_RATE_MAX/);
    expect(await refused({ DATABASE_URL: 'mysql://root@localhost/rapport' })).toMatch(
      /DATABASE_URL must be a postgres/,
    );
    expect(await refused({ OIDC_ISSUER: 'https://id.example.org' })).toMatch(
      /OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/,
    );
  });

  it('a PostgreSQL server that cannot be reached stops the start with a message, and no password is printed', async () => {
    const output = await refused({ DATABASE_URL: 'postgres://rapport:hunter2-not-printed@127.0.0.1:1/rapport' });
    expect(output).toMatch(/Rapport could not start/);
    expect(output).not.toContain('hunter2-not-printed');
  });

  describe('a production start', () => {
    let server: ServerProcess;
    let db: Db;
    let data: FreshDatabase;
    afterAll(async () => {
      await server?.stop();
      await db?.close();
      await data?.drop();
    });

    it('serves, reports the database kind, seeds no demo accounts even when asked, and sends HSTS', async () => {
      data = await freshDatabase('sqlite');
      server = await startServer({
        database: data,
        baseUrl: 'https://rapport.example.org',
        env: { RAPPORT_ENV: 'production', AUTH_SECRET: TEST_AUTH_SECRET, SEED_DEMO: 'true' },
      });
      const health = await new Client(server).get('/api/health');
      expect(health.body).toEqual({ status: 'ok', database: 'sqlite' });
      expect(health.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(server.output()).not.toMatch(/demo/i);
      db = openTestDatabase(data);
      expect(await db.kysely.selectFrom('user').select('id').execute()).toEqual([]);
      // Over HTTPS the session cookie is a __Secure- one.
      const signUp = await new Client(server.url, 'https://rapport.example.org').post('/api/auth/sign-up/email', {
        email: 'first.person@rapport.test',
        password: 'a perfectly long passphrase',
        name: 'First Person',
      });
      expect(signUp.status, signUp.text).toBe(200);
      expect(signUp.headers.getSetCookie().join('\n')).toMatch(/^__Secure-better-auth\.session_token=.*; Secure/m);
    });
  });

  it('SIGTERM stops the server cleanly (exit code 0)', async () => {
    const data = await freshDatabase('sqlite');
    try {
      const server = await startServer({ database: data });
      const exit = await server.stop();
      expect(exit).toEqual({ code: 0, signal: null });
      expect(server.output()).toMatch(/SIGTERM: stopping Rapport/);
    } finally {
      await data.drop();
    }
  });
});
