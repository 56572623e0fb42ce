/** Rapport's migrations create what better-auth needs, on both databases, and apply once when raced. */
import { afterEach, describe, expect, it } from 'vitest';
import { getMigrations } from 'better-auth/db/migration';
import { createAuth } from '../../src/server/auth/auth.ts';
import { migrate, openDatabase } from '../../src/server/db/connect.ts';
import { migrations } from '../../src/server/db/migrations.ts';
import { DATABASES, freshDatabase, testConfig, type FreshDatabase } from '../support/databases.ts';

describe.each(DATABASES)('migrations on %s', (kind) => {
  const names = Object.keys(migrations(kind)).sort();
  let fresh: FreshDatabase | null = null;
  afterEach(async () => {
    await fresh?.drop();
    fresh = null;
  });

  it('leave better-auth nothing to create or add', async () => {
    fresh = await freshDatabase(kind);
    const db = openDatabase(fresh.database);
    try {
      const applied = await migrate(db);
      expect(names.length).toBeGreaterThanOrEqual(4);
      expect(applied.map((r) => r.status)).toEqual(names.map(() => 'Success'));
      const auth = createAuth(testConfig(fresh.database), db);
      const pending = await getMigrations(auth.options);
      expect(pending.toBeCreated.map((t) => t.table)).toEqual([]);
      expect(pending.toBeAdded.map((t) => t.table)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('apply each migration once when several servers start together', async () => {
    fresh = await freshDatabase(kind);
    const dbs = [openDatabase(fresh.database), openDatabase(fresh.database), openDatabase(fresh.database)];
    try {
      const results = await Promise.allSettled(dbs.map((db) => migrate(db)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      const applied = results
        .flatMap((r) => (r.status === 'fulfilled' ? r.value : []))
        .filter((m) => m.status === 'Success');
      expect(applied.map((m) => m.migrationName).sort()).toEqual(names);
      const rows = await dbs[0]!.kysely
        .selectFrom('kysely_migration' as never)
        .selectAll()
        .execute();
      expect(rows).toHaveLength(names.length);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});
