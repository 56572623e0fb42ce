/** The demo accounts seeded by startApp: one per role, only on an empty database, never in production, and usable. */
import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../../src/server/app.ts';
import { ROLES } from '../../src/server/db/schema.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES, freshDatabase, testConfig, type FreshDatabase } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';

const catalog = catalogOf([fixtureBundle('mini')]);

describe.each(DATABASES)('demo accounts on %s', (kind) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  async function fresh(): Promise<FreshDatabase> {
    const f = await freshDatabase(kind);
    cleanup.push(() => f.drop());
    return f;
  }
  async function start(f: FreshDatabase, env: Record<string, string>) {
    const started = await startApp(testConfig(f.database, env), catalog);
    cleanup.push(() => started.app.close());
    return started;
  }

  it('seeds one account per role, flagged demo and signed out, on an empty database; the demo trainee can sign in', async () => {
    const f = await fresh();
    const { app, seeded } = await start(f, { SEED_DEMO: 'true' });
    expect(seeded.map((a) => a.role).sort()).toEqual([...ROLES].sort());

    const users = await app.db.kysely.selectFrom('user').select(['id', 'email', 'role', 'demo']).execute();
    expect(users.map((u) => [u.email, u.role, Boolean(u.demo)]).sort()).toEqual(
      seeded.map((a) => [a.email, a.role, true]).sort(),
    );
    const accounts = await app.db.kysely.selectFrom('account').select(['providerId', 'password']).execute();
    expect(accounts).toHaveLength(ROLES.length);
    for (const a of accounts) {
      expect(a.providerId).toBe('credential');
      expect(a.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      for (const account of seeded) expect(a.password).not.toContain(account.password);
    }
    expect(await app.db.kysely.selectFrom('session').select('id').execute()).toEqual([]);

    const trainee = seeded.find((a) => a.role === 'trainee')!;
    const signedIn = await app.auth.api.signInEmail({
      body: { email: trainee.email, password: trainee.password },
      returnHeaders: true,
    });
    expect(signedIn.response.user.email).toBe(trainee.email);
    const cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const session = await app.session(new Headers({ cookie }));
    expect(session.user).toMatchObject({ email: trainee.email, role: 'trainee', demo: true });
    await expect(
      app.auth.api.signInEmail({ body: { email: trainee.email, password: `${trainee.password}!` } }),
    ).rejects.toMatchObject({ statusCode: 401 });

    // Started again on the same database: nothing more is seeded.
    const again = await start(f, { SEED_DEMO: 'true' });
    expect(again.seeded).toEqual([]);
    expect(await again.app.db.kysely.selectFrom('user').select('id').execute()).toHaveLength(ROLES.length);
  });

  it('seeds nothing on a database that already has an account', async () => {
    const f = await fresh();
    const first = await start(f, { SEED_DEMO: 'false' });
    expect(first.seeded).toEqual([]);
    const at = new Date().toISOString();
    await first.app.db.kysely
      .insertInto('user')
      .values({
        id: crypto.randomUUID(),
        name: 'Real Person',
        email: 'real@rapport.test',
        emailVerified: false,
        image: null,
        createdAt: at,
        updatedAt: at,
        role: 'admin',
        demo: false,
      })
      .execute();
    const { app, seeded } = await start(f, { SEED_DEMO: 'true' });
    expect(seeded).toEqual([]);
    expect((await app.db.kysely.selectFrom('user').select('email').execute()).map((u) => u.email)).toEqual([
      'real@rapport.test',
    ]);
  });

  it('never seeds in production, even when SEED_DEMO asks for it', async () => {
    const f = await fresh();
    const { app, seeded } = await start(f, {
      RAPPORT_ENV: 'production',
      AUTH_SECRET: 'a-production-secret-of-at-least-32-chars',
      BASE_URL: 'https://rapport.example.org',
      SEED_DEMO: 'true',
    });
    expect(app.config.production).toBe(true);
    expect(seeded).toEqual([]);
    expect(await app.db.kysely.selectFrom('user').select('id').execute()).toEqual([]);
  });
});
