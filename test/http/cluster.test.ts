/**
 * WEB_CONCURRENCY: one server started as several app processes on one port (node:cluster) on PostgreSQL. It
 * comes up with that many workers, migrates and seeds once, serves sessions and attempts whichever process
 * answers, and stops them all on SIGTERM. On SQLite it refuses to start, naming the variable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { freshDatabase, postgresUrl, type FreshDatabase } from '../support/databases.ts';
import { openTestDatabase, runUntilExit, signUp, startServer, type ServerProcess } from '../support/server-process.ts';
import { builtBundle, choiceEvent, planPath, postEvent, startAttempt } from './play.ts';

/** The process ids whose parent is this one, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return (
          Number(
            readFileSync(`/proc/${entry}/stat`, 'utf8')
              .replace(/^.*\) /, '')
              .split(' ')[1],
          ) === pid
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('WEB_CONCURRENCY', () => {
  it('is refused on SQLite, and when it is not a whole number, naming the variable', async () => {
    const fresh = await freshDatabase('sqlite');
    try {
      for (const value of ['2', 'many']) {
        const result = await runUntilExit({ database: fresh, env: { WEB_CONCURRENCY: value } });
        expect(result.code, result.output).not.toBe(0);
        expect(result.output).toMatch(/WEB_CONCURRENCY/);
      }
    } finally {
      await fresh.drop();
    }
  });

  describe.skipIf(!postgresUrl)('two app processes on PostgreSQL', () => {
    let fresh: FreshDatabase;
    let db: Db;
    let server: ServerProcess;
    beforeAll(async () => {
      fresh = await freshDatabase('postgres');
      server = await startServer({ database: fresh, env: { WEB_CONCURRENCY: '2', SEED_DEMO: 'true' } });
      db = openTestDatabase(fresh);
    });
    afterAll(async () => {
      await server?.stop();
      await db?.close();
      await fresh?.drop();
    });

    it('runs two workers, seeds once, and records every event of an attempt in order', async () => {
      expect(childrenOf(server.child.pid!).length).toBeGreaterThanOrEqual(2);
      const demo = await db.kysely
        .selectFrom('user')
        .select('email')
        .where('demo', '=', true as never)
        .execute();
      expect(demo).toHaveLength(4);
      const bundle = builtBundle();
      const path = planPath(bundle);
      const user = await signUp(server, 'cluster');
      const attempt = await startAttempt(user.client, bundle, 'practice');
      // Practice mode goes back to the first choice at any time: each event is a new one, in sequence.
      for (let seq = 1; seq <= 20; seq++) {
        const res = await postEvent(user.client, attempt, choiceEvent(seq, path[0]!));
        expect(res.status, `event ${seq}: ${JSON.stringify(res.body)}`).toBe(201);
      }
      const stored = await db.kysely
        .selectFrom('attempt_event')
        .select('seq')
        .where('attempt_id', '=', attempt)
        .orderBy('seq')
        .execute();
      expect(stored.map((e) => Number(e.seq))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });
});
