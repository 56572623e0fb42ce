/**
 * SQLite's WAL is checkpointed on a worker thread (src/server/db/checkpointer.ts), not by the serving connection
 * as it commits: what committed reaches the database file without the serving connection checkpointing, and
 * survives closing and reopening.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/connect.ts';

describe('SQLite checkpoints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-checkpoints-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('moves committed pages into the database file off the serving thread, and they survive a reopen', async () => {
    const file = join(dir, 'rapport.sqlite');
    const db = openDatabase({ kind: 'sqlite', file });
    await sql`create table filler (n integer primary key, text text not null)`.execute(db.kysely);
    const sizeBefore = statSync(file).size;
    // About 2 MB of log: far below the serving connection's own checkpoint threshold (20,000 pages, about 80 MB).
    await db.kysely.transaction().execute(async (trx) => {
      for (let i = 0; i < 2000; i++)
        await sql`insert into filler (n, text) values (${i}, ${'x'.repeat(1000)})`.execute(trx);
    });
    const deadline = Date.now() + 5000;
    while (statSync(file).size <= sizeBefore + 1_000_000 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 1_000_000);
    await db.close();

    const again = openDatabase({ kind: 'sqlite', file });
    const { rows } = await sql<{ n: number }>`select count(*) as n from filler`.execute(again.kysely);
    expect(Number(rows[0]!.n)).toBe(2000);
    await again.close();
  });

  it('lets a script that closes the database finish: closing waits for the checkpoint thread, and nothing hangs', () => {
    const connect = pathToFileURL(join(import.meta.dirname, '../../src/server/db/connect.ts')).href;
    const script = `const { openDatabase } = await import(${JSON.stringify(connect)});
      const db = openDatabase({ kind: 'sqlite', file: ${JSON.stringify(join(dir, 'script.sqlite'))} });
      await db.close();
      console.log('closed');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.stderr).not.toMatch(/unsettled top-level await/);
    expect(run.stdout.trim()).toBe('closed');
    expect(run.status).toBe(0);
  });
});
