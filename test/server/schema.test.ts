/** Rapport's migrations create what better-auth needs, on both databases, and apply once when raced. */
import { afterEach, describe, expect, it } from 'vitest';
import { getMigrations } from 'better-auth/db/migration';
import { createAuth } from '../../src/server/auth/auth.ts';
import { migrate, openDatabase } from '../../src/server/db/connect.ts';
import { migrations } from '../../src/server/db/migrations.ts';
import { Migrator } from 'kysely/migration';
import { scoreAttempt } from '../../src/engine/scoring.ts';
import { readScoreSummary, scoreSummaryOf } from '../../src/server/core/score-summary.ts';
import { storyVersions } from '../../src/server/services/story-versions.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { playIndependently } from './helpers.ts';
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

  it('0012 writes every stored report’s summary beside it, in batches, and none for an attempt in progress', async () => {
    fresh = await freshDatabase(kind);
    const db = openDatabase(fresh.database);
    try {
      const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations(kind) } });
      const before = await migrator.migrateTo('0011_attempt_scenario_index');
      expect(before.error).toBeUndefined();
      const k = db.kysely;
      const bundle = fixtureBundle();
      await storyVersions(k).keep(k, bundle, '2026-03-01T00:00:00.000Z');
      const at = '2026-03-02T09:00:00.000Z';
      await k
        .insertInto('user')
        .values({
          id: 'u1',
          name: 'Ana',
          email: 'ana@rapport.test',
          emailVerified: false,
          image: null,
          createdAt: at,
          updatedAt: at,
          role: 'trainee',
          demo: false,
        })
        .execute();
      // More attempts than one batch of the migration (500), each with a report of its own path.
      const picks = [
        [0, 0, 0],
        [2, 1, 1],
        [1, 2, 0],
        [0, 2, 1],
      ];
      const reports = new Map<string, ReturnType<typeof scoreAttempt>>();
      const rows = [];
      for (let i = 0; i < 1_203; i++) {
        const id = `a${String(i).padStart(5, '0')}`;
        const done = i % 7 !== 0;
        const report = scoreAttempt(bundle.rubric, playIndependently(bundle, picks[i % 4]!).points);
        if (done) reports.set(id, report);
        rows.push({
          id,
          user_id: 'u1',
          scenario: bundle.slug,
          story_hash: bundle.hash,
          mode: 'assessment' as const,
          status: done ? ('completed' as const) : ('in_progress' as const),
          last_seq: 3,
          path_len: 3,
          started_at: at,
          updated_at: at,
          completed_at: done ? at : null,
          reflection: null,
          overall: done ? report.overall : null,
          band: done ? report.band : null,
          score: done ? JSON.stringify(report) : null,
          rejection: null,
        });
      }
      for (let i = 0; i < rows.length; i += 100)
        await k
          .insertInto('attempt' as never)
          .values(rows.slice(i, i + 100) as never)
          .execute();
      const after = await migrator.migrateToLatest();
      expect(after.error).toBeUndefined();
      expect(after.results?.map((r) => r.migrationName)).toContain('0012_attempt_score_summary');
      const stored = await k.selectFrom('attempt').select(['id', 'score_summary']).execute();
      expect(stored).toHaveLength(1_203);
      for (const r of stored) {
        const report = reports.get(r.id);
        if (!report) expect(r.score_summary, r.id).toBeNull();
        else expect(readScoreSummary(r.score_summary!), r.id).toEqual(scoreSummaryOf(report));
      }
      expect(reports.size).toBeGreaterThan(1_000);
    } finally {
      await db.close();
    }
  });

  it('0012 finishes on a later start when a start was stopped after adding the column (SQLite has no transaction round it)', async () => {
    fresh = await freshDatabase(kind);
    const db = openDatabase(fresh.database);
    try {
      const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations(kind) } });
      expect((await migrator.migrateTo('0011_attempt_scenario_index')).error).toBeUndefined();
      if (kind === 'sqlite') {
        // What a stop between the column and the migration's record leaves.
        await db.kysely.schema.alterTable('attempt').addColumn('score_summary', 'text').execute();
      }
      const after = await migrator.migrateToLatest();
      expect(after.error).toBeUndefined();
      expect(after.results?.map((r) => r.migrationName)).toContain('0012_attempt_score_summary');
      expect(await db.kysely.selectFrom('attempt').select('score_summary').execute()).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
