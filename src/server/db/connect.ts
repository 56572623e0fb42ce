/**
 * Opens the database the configuration names: SQLite through Node's built-in `node:sqlite` (WAL,
 * synchronous=FULL, so an acknowledged write survives a killed process or a power cut), or PostgreSQL
 * through `pg`. Both give the same Kysely<Database>.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { NodeSqliteDialect } from '@better-auth/kysely-adapter/node-sqlite-dialect';
import { Kysely, PostgresDialect } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import pg from 'pg';
import type { Config } from '../config.ts';
import { migrations, type Dialect } from './migrations.ts';
import type { Database } from './schema.ts';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** A description for /api/health and logs, without credentials. */
  label: string;
  close(): Promise<void>;
}

export function openDatabase(database: Config['database']): Db {
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.url, max: database.poolSize });
    // A dropped connection is reported on the pool; without a listener it would end the process.
    pool.on('error', (error) => console.error(`PostgreSQL connection error: ${error.message}`));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const url = new URL(database.url);
    return {
      kysely,
      dialect: 'postgres',
      label: `postgres ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`,
      close: () => kysely.destroy(),
    };
  }
  if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
  const sqlite = new DatabaseSync(database.file, { timeout: 5000 });
  sqlite.exec('PRAGMA journal_mode = WAL');
  sqlite.exec('PRAGMA synchronous = FULL');
  sqlite.exec('PRAGMA foreign_keys = ON');
  const kysely = new Kysely<Database>({ dialect: new NodeSqliteDialect({ database: sqlite }) });
  return { kysely, dialect: 'sqlite', label: 'sqlite', close: () => kysely.destroy() };
}

export class MigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** Applies every migration not yet applied; safe to run from several servers at once on PostgreSQL. */
export async function migrate(db: Db): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations(db.dialect) },
  });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely locks migrations on PostgreSQL only. Two processes opening one SQLite file can both see a
  // migration as pending; the second one's transaction then fails and rolls back whole, so run again:
  // it finds the migration applied.
  for (let retry = 0; error && db.dialect === 'sqlite' && retry < 3; retry++) {
    await new Promise((r) => setTimeout(r, 50 * (retry + 1)));
    const again = await migrator.migrateToLatest();
    error = again.error;
    results = [...(results ?? []).filter((r) => r.status === 'Success'), ...(again.results ?? [])];
  }
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(
      `The database could not be migrated${failed ? ` (migration ${failed.migrationName})` : ''}: ${(error as Error).message ?? error}`,
      { cause: error },
    );
  }
  return results ?? [];
}
