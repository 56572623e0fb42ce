/**
 * Real databases for integration tests: a fresh SQLite file, and a fresh PostgreSQL database created
 * through TEST_DATABASE_URL (a role that may create databases; `.ci/run` starts Debian's PostgreSQL and
 * sets it). Without that variable PostgreSQL tests are skipped locally, and fail under CI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../src/server/config.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

if (!postgresUrl && process.env.CI) {
  throw new Error('TEST_DATABASE_URL is not set: under CI the PostgreSQL integration tests must run (see .ci/run).');
}

/** The databases to test against here: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DATABASES: DatabaseKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface FreshDatabase {
  kind: DatabaseKind;
  database: Config['database'];
  /** The URL (PostgreSQL) or file (SQLite), for handing to a server process. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function freshDatabase(kind: DatabaseKind): Promise<FreshDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-test-'));
    return {
      kind,
      database: { kind: 'sqlite', file: join(dir, 'rapport.sqlite') },
      env: { DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `rapport_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    database: { kind: 'postgres', url: url.toString(), poolSize: 10 },
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      try {
        // WITH (FORCE) may meet a backend it is not allowed to end (an autovacuum worker that has just connected to
        // the new database): wait a moment and try again rather than fail the test that used it.
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query(`drop database if exists ${name} with (force)`);
            break;
          } catch (error) {
            if (attempt >= 5 || !/must be a member of the role|is being accessed by other users/.test(String(error)))
              throw error;
            await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}

/** A Config for tests: development defaults, the given database, and any overrides. */
export function testConfig(database: Config['database'], env: Record<string, string> = {}): Config {
  return { ...loadConfig({ SEED_DEMO: 'false', ...env }), database };
}
