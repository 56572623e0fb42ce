/**
 * better-auth's rate-limit storage, kept in Rapport's database so the count holds across app servers.
 * One statement records the request and reads the count back (an upsert with RETURNING), so concurrent
 * requests on any number of servers cannot all slip past a stale read.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface RateLimitStorage {
  consume(key: string, rule: { window: number; max: number }): Promise<{ allowed: boolean; retryAfter: number | null }>;
}

export function databaseRateLimit(db: Kysely<Database>, now: () => number = Date.now): RateLimitStorage {
  return {
    async consume(key, rule) {
      const t = now();
      const expired = t - rule.window * 1000;
      const row = await db
        .insertInto('rate_limit')
        .values({ key, count: 1, window_start: t })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when rate_limit.window_start <= ${expired} then 1 else rate_limit.count + 1 end`,
            window_start: sql<number>`case when rate_limit.window_start <= ${expired} then ${t} else rate_limit.window_start end`,
          }),
        )
        .returning(['count', 'window_start'])
        .executeTakeFirstOrThrow();
      const allowed = Number(row.count) <= rule.max;
      const retryAfter = allowed
        ? null
        : Math.max(1, Math.ceil((Number(row.window_start) + rule.window * 1000 - t) / 1000));
      return { allowed, retryAfter };
    },
  };
}
