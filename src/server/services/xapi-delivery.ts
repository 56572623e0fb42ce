/**
 * Delivering xAPI statements to a Learning Record Store, with retries.
 *
 * A sweep finds completed attempts whose statements are not yet queued (by the deterministic id of each attempt's
 * "completed" statement) and queues all of that attempt's statements in `xapi_delivery`. The first sweep after a
 * start looks at every completed attempt; later ones at attempts completed since shortly before the previous
 * sweep. A sweep queues at most 200 attempts (building statements replays each one), so switching an LRS on for
 * a large database catches up over successive rounds instead of holding the server up. Because it reads the attempts themselves, nothing in the attempt service has to call it, and an attempt
 * completed while the server was stopping is still sent after the next start.
 *
 * The sender takes due statements (unsent, next_try_at reached) in batches, leases them (next_try_at moved two
 * minutes ahead, so a second app server does not send the same batch meanwhile), and POSTs each batch as one JSON
 * array to `${XAPI_ENDPOINT}/statements` with Basic authentication and `X-Experience-API-Version: 1.0.3`. A 2xx
 * marks the batch sent; anything else (or no answer within 15 s) counts a try, keeps the error and waits
 * 30 s × 2^(tries − 1), at most an hour, before the next. Statement ids are UUID v5 of the attempt, so a batch
 * sent twice (a lost answer, two servers) is stored once by the LRS.
 */
import type { Kysely } from 'kysely';
import type { XapiConfig } from '../config.ts';
import { deliveryRounds, type SendResult } from '../core/delivery-rounds.ts';
import type { Dialect } from '../db/migrations.ts';
import type { Database } from '../db/schema.ts';
import type { ExportService } from './exports/service.ts';
import { uuidV5 } from './exports/statement-id.ts';

export interface DeliveryOptions {
  now?: () => Date;
  fetch?: typeof fetch;
  /** Statements per POST. */
  batch?: number;
  /** First wait after a failure, in milliseconds; doubled for each further failure. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a batch being sent is held back from other senders, in milliseconds. */
  leaseMs?: number;
  timeoutMs?: number;
  /** Most attempts one sweep queues (building statements replays the attempt); the next sweep goes on from there. */
  sweepBatch?: number;
}

export function xapiDelivery(
  db: Kysely<Database>,
  dialect: Dialect,
  exports: ExportService,
  lrs: XapiConfig | null,
  options: DeliveryOptions = {},
) {
  const now = options.now ?? (() => new Date());
  const doFetch = options.fetch ?? fetch;
  const batch = options.batch ?? 50;
  const baseDelay = options.baseDelayMs ?? 30_000;
  const maxDelay = options.maxDelayMs ?? 60 * 60_000;
  const lease = options.leaseMs ?? 120_000;
  const timeout = options.timeoutMs ?? 15_000;
  const sweepBatch = options.sweepBatch ?? 200;
  /** Completion time from which the next sweep looks; null until the first sweep has looked at everything. */
  let since: string | null = null;

  async function enqueue(attemptId: string): Promise<number> {
    const statements = await exports.statementsForDelivery(attemptId);
    if (statements.length === 0) return 0;
    const at = now().toISOString();
    await db
      .insertInto('xapi_delivery')
      .values(
        statements.map((s) => ({
          statement_id: s.id,
          attempt_id: attemptId,
          statement: JSON.stringify(s),
          tries: 0,
          next_try_at: at,
          sent_at: null,
          last_error: null,
        })),
      )
      .onConflict((oc) => oc.column('statement_id').doNothing())
      .execute();
    return statements.length;
  }

  /** Queues the statements of completed attempts not queued yet; returns how many attempts it queued. */
  async function sweep(): Promise<number> {
    const started = now();
    let q = db.selectFrom('attempt').select('id').where('status', '=', 'completed');
    if (since !== null) q = q.where('completed_at', '>=', since);
    const ids = (await q.execute()).map((r) => r.id);
    let queued = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const marker = new Map(chunk.map((id) => [uuidV5(`${id}/completed`), id]));
      const known = await db
        .selectFrom('xapi_delivery')
        .select('statement_id')
        .where('statement_id', 'in', [...marker.keys()])
        .execute();
      for (const k of known) marker.delete(k.statement_id);
      for (const id of marker.values()) {
        // Not caught up yet: the next sweep looks from the same point again and finds the rest.
        if (queued >= sweepBatch) return queued;
        await enqueue(id);
        queued += 1;
      }
    }
    // Look back five minutes next time: an attempt completed in a transaction still open now commits later.
    since = new Date(started.getTime() - 5 * 60_000).toISOString();
    return queued;
  }

  /** Takes up to one batch of due statements and holds them back from other senders for the lease. */
  async function claim(): Promise<{ statement_id: string; statement: string; tries: number }[]> {
    return db.transaction().execute(async (trx) => {
      const at = now();
      let q = trx
        .selectFrom('xapi_delivery')
        .select(['statement_id', 'statement', 'tries'])
        .where('sent_at', 'is', null)
        .where('next_try_at', '<=', at.toISOString())
        .orderBy('next_try_at')
        .orderBy('statement_id')
        .limit(batch);
      if (dialect === 'postgres') q = q.forUpdate().skipLocked();
      const rows = await q.execute();
      if (rows.length === 0) return [];
      await trx
        .updateTable('xapi_delivery')
        .set({ next_try_at: new Date(at.getTime() + lease).toISOString() })
        .where(
          'statement_id',
          'in',
          rows.map((r) => r.statement_id),
        )
        .execute();
      return rows.map((r) => ({ ...r, tries: Number(r.tries) }));
    });
  }

  /** Sends one batch; returns how many statements were sent and how many failed. */
  async function sendBatch(): Promise<SendResult & { claimed: number }> {
    if (!lrs) return { sent: 0, failed: 0, claimed: 0 };
    const rows = await claim();
    if (rows.length === 0) return { sent: 0, failed: 0, claimed: 0 };
    let error: string | null = null;
    try {
      const response = await doFetch(`${lrs.endpoint}/statements`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-experience-api-version': '1.0.3',
          authorization: `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`).toString('base64')}`,
        },
        body: `[${rows.map((r) => r.statement).join(',')}]`,
        signal: AbortSignal.timeout(timeout),
      });
      if (!response.ok) error = `HTTP ${response.status}: ${(await response.text().catch(() => '')).slice(0, 300)}`;
      else await response.body?.cancel();
    } catch (e) {
      error = `No answer from the LRS: ${(e as Error).message}`.slice(0, 400);
    }
    const at = now();
    const ids = rows.map((r) => r.statement_id);
    if (error === null) {
      await db
        .updateTable('xapi_delivery')
        .set((eb) => ({ sent_at: at.toISOString(), last_error: null, tries: eb('tries', '+', 1) }))
        .where('statement_id', 'in', ids)
        .execute();
      return { sent: rows.length, failed: 0, claimed: rows.length };
    }
    // Rows of one batch may have different try counts (queued at different times); each backs off by its own.
    for (const r of rows) {
      const tries = r.tries + 1;
      const delay = Math.min(maxDelay, baseDelay * 2 ** (tries - 1));
      await db
        .updateTable('xapi_delivery')
        .set({ tries, next_try_at: new Date(at.getTime() + delay).toISOString(), last_error: error })
        .where('statement_id', '=', r.statement_id)
        .execute();
    }
    return { sent: 0, failed: rows.length, claimed: rows.length };
  }

  /** Sends batches until nothing is due or a batch fails. */
  async function sendDue(): Promise<SendResult> {
    const total = { sent: 0, failed: 0 };
    for (;;) {
      const r = await sendBatch();
      total.sent += r.sent;
      total.failed += r.failed;
      if (r.claimed === 0 || r.failed > 0) return total;
    }
  }

  const rounds = deliveryRounds('xAPI delivery', sweep, sendDue);

  return {
    configured: lrs !== null,
    enqueue,
    sweep,
    sendDue,
    tick: rounds.tick,
    /** Runs a round every `intervalMs` (the timer never keeps the process alive); returns a stop function. */
    start: rounds.start,
    /** Counts for the operator: queued, sent, waiting after a failure, and the newest error. */
    async status(): Promise<{ queued: number; sent: number; failing: number; lastError: string | null }> {
      const rows = await db
        .selectFrom('xapi_delivery')
        .select(['sent_at', 'tries', 'last_error', 'next_try_at'])
        .execute();
      const failing = rows.filter((r) => r.sent_at === null && r.last_error !== null);
      return {
        queued: rows.filter((r) => r.sent_at === null).length,
        sent: rows.filter((r) => r.sent_at !== null).length,
        failing: failing.length,
        lastError: failing.map((r) => r.last_error).find(Boolean) ?? null,
      };
    },
  };
}

export type XapiDelivery = ReturnType<typeof xapiDelivery>;
