/** Sign-in throttling kept in the database, on both databases: counts per window, resets, and holds under concurrency. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseRateLimit } from '../../src/server/auth/rate-limit.ts';
import { migrate, openDatabase, type Db } from '../../src/server/db/connect.ts';
import { DATABASES, freshDatabase, type FreshDatabase } from '../support/databases.ts';

const T0 = Date.parse('2026-05-01T08:00:00.000Z');

describe.each(DATABASES)('rate-limit storage on %s', (kind) => {
  let fresh: FreshDatabase;
  let db: Db;
  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    db = openDatabase(fresh.database);
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await fresh?.drop();
  });

  /** A storage whose clock reads `clock.now`. */
  const limiter = (clock: { now: number }, on: Db = db) => databaseRateLimit(on.kysely, () => clock.now);
  const stored = (key: string) =>
    db.kysely.selectFrom('rate_limit').selectAll().where('key', '=', key).executeTakeFirst();

  it('allows `max` requests in a window and refuses the rest, saying when to retry', async () => {
    const clock = { now: T0 };
    const storage = limiter(clock);
    const rule = { window: 60, max: 3 };
    const key = `${kind}:count`;
    for (let i = 0; i < 3; i++) {
      clock.now = T0 + i * 1000;
      expect(await storage.consume(key, rule)).toEqual({ allowed: true, retryAfter: null });
    }
    clock.now = T0 + 3000;
    expect(await storage.consume(key, rule)).toEqual({ allowed: false, retryAfter: 57 });
    clock.now = T0 + 10_500;
    expect(await storage.consume(key, rule)).toEqual({ allowed: false, retryAfter: 50 });
    // A refusal never says "retry in 0 seconds".
    clock.now = T0 + 59_999;
    expect(await storage.consume(key, rule)).toEqual({ allowed: false, retryAfter: 1 });
    const row = await stored(key);
    expect(Number(row?.count)).toBe(6);
    expect(Number(row?.window_start)).toBe(T0);
  });

  it('starts a new window once the old one is over', async () => {
    const clock = { now: T0 };
    const storage = limiter(clock);
    const rule = { window: 30, max: 2 };
    const key = `${kind}:reset`;
    expect((await storage.consume(key, rule)).allowed).toBe(true);
    expect((await storage.consume(key, rule)).allowed).toBe(true);
    expect((await storage.consume(key, rule)).allowed).toBe(false);
    clock.now = T0 + 30_000;
    expect(await storage.consume(key, rule)).toEqual({ allowed: true, retryAfter: null });
    expect(Number((await stored(key))?.window_start)).toBe(T0 + 30_000);
    expect((await storage.consume(key, rule)).allowed).toBe(true);
    clock.now = T0 + 45_000;
    expect(await storage.consume(key, rule)).toEqual({ allowed: false, retryAfter: 15 });
  });

  it('counts each key on its own', async () => {
    const clock = { now: T0 };
    const storage = limiter(clock);
    const rule = { window: 60, max: 1 };
    expect((await storage.consume(`${kind}:a`, rule)).allowed).toBe(true);
    expect((await storage.consume(`${kind}:a`, rule)).allowed).toBe(false);
    expect((await storage.consume(`${kind}:b`, rule)).allowed).toBe(true);
  });

  it('allows exactly `max` of 20 concurrent requests, from two app servers at once', async () => {
    const second = openDatabase(fresh.database);
    try {
      const clock = { now: T0 };
      const servers = [limiter(clock), limiter(clock, second)];
      const rule = { window: 60, max: 5 };
      const key = `${kind}:race`;
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => servers[i % 2]!.consume(key, rule)));
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
      expect(results.filter((r) => !r.allowed).every((r) => r.retryAfter === 60)).toBe(true);
      expect(Number((await stored(key))?.count)).toBe(20);
    } finally {
      await second.close();
    }
  });
});
