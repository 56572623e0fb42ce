/**
 * Recording one event of the actor's own attempt. Each event carries an id the browser generated and the
 * attempt's next sequence number. The same event sent again is acknowledged again and stored once; an event
 * with a gap, a repeat of an old number, or an id reused for different content is refused with 409 and changes
 * nothing. A `complete` event scores the attempt (finish.ts).
 */
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { eventMessage } from '../../../lib/attempt-protocol.ts';
import type { Actor } from '../../core/actor.ts';
import { notFound, Problem } from '../../core/errors.ts';
import { parseOrProblem, uuid } from '../../core/input.ts';
import { prepared } from '../../db/prepared.ts';
import type { AttemptEventTable, AttemptTable, Database } from '../../db/schema.ts';
import type { AttemptContext } from './context.ts';
import { finishAttempt } from './finish.ts';
import { summarise, type EventResult } from './summary.ts';

/**
 * The attempt, locked on PostgreSQL, with the event already recorded under this event id, whatever its attempt:
 * every event asks both, and one round trip is cheaper than two. Prepared, like the writes below: every event
 * runs them, and building them with Kysely cost more than running them.
 */
const attemptAndEvent = (db: Kysely<Database>, id: string, eventId: string) =>
  db
    .selectFrom('attempt')
    .leftJoin('attempt_event as seen', (join) => join.on('seen.event_id', '=', eventId))
    .selectAll('attempt')
    .select([
      'seen.attempt_id as seen_attempt_id',
      'seen.seq as seen_seq',
      'seen.type as seen_type',
      'seen.payload as seen_payload',
    ])
    .where('attempt.id', '=', id);
const lockAttemptAndEvent = {
  sqlite: prepared(2, attemptAndEvent),
  postgres: prepared(2, (db, id: string, eventId: string) => attemptAndEvent(db, id, eventId).forUpdate('attempt')),
};

type EventRow = Insertable<AttemptEventTable>;
const insertEvent = prepared(
  6,
  (
    db,
    attempt_id: string,
    seq: number,
    event_id: string,
    type: EventRow['type'],
    payload: string,
    received_at: string,
  ) => db.insertInto('attempt_event').values({ attempt_id, seq, event_id, type, payload, received_at }),
);
const advanceAttempt = prepared(4, (db, id: string, last_seq: number, path_len: number, updated_at: string) =>
  db.updateTable('attempt').set({ last_seq, path_len, updated_at }).where('id', '=', id),
);
/** On PostgreSQL both writes of a choice in one statement (a data-modifying WITH), so one round trip. */
const insertEventAndAdvance = prepared(
  7,
  (
    db,
    attempt_id: string,
    seq: number,
    event_id: string,
    type: EventRow['type'],
    payload: string,
    received_at: string,
    path_len: number,
  ) =>
    db
      .with('recorded', (w) =>
        w.insertInto('attempt_event').values({ attempt_id, seq, event_id, type, payload, received_at }),
      )
      .updateTable('attempt')
      .set({ last_seq: seq, path_len, updated_at: received_at })
      .where('id', '=', attempt_id),
);

/**
 * PostgreSQL, a choice that breaks no rule: locked, checked, stored and the attempt advanced in one statement, in
 * one round trip with no transaction around it (a data-modifying WITH is atomic), where the transaction below takes
 * four (BEGIN, the locked read, the write, COMMIT). It holds only when the full path would accept the event: the
 * attempt is the actor's and in progress, the event is the next one, its point has been reached (and, in assessment,
 * is the current one), and its id is new (`on conflict do nothing`). Anything else stores nothing and answers no row,
 * and the full path then says why (or acknowledges a repeat). The lock is taken before the conditions are read
 * again (PostgreSQL re-checks a locked row's newest version), so two copies of one event sent at once store one.
 */
async function choiceAtOnce(
  db: Kysely<Database>,
  c: { attemptId: string; userId: string; seq: number; point: number; eventId: string; payload: string; at: string },
): Promise<AttemptTable | null> {
  const { rows } = await sql<AttemptTable>`
    with a as (
      select id from attempt
      where id = ${c.attemptId} and user_id = ${c.userId} and status = 'in_progress'
        and last_seq + 1 = ${c.seq}::integer and ${c.point}::integer <= path_len
        and (${c.point}::integer = path_len or mode = 'practice')
      for update
    ), recorded as (
      insert into attempt_event (attempt_id, seq, event_id, type, payload, received_at)
      select id, ${c.seq}::integer, ${c.eventId}, 'choice', ${c.payload}, ${c.at} from a
      on conflict (event_id) do nothing
      returning attempt_id
    )
    update attempt set last_seq = ${c.seq}::integer, path_len = ${c.point + 1}::integer, updated_at = ${c.at}
    from recorded where attempt.id = recorded.attempt_id
    returning attempt.*`.execute(db);
  return rows[0] ?? null;
}

function recordedEvent(trx: Transaction<Database>, eventId: string) {
  return trx
    .selectFrom('attempt_event')
    .select(['attempt_id', 'seq', 'type', 'payload'])
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

export async function recordEvent(
  ctx: AttemptContext,
  actor: Actor,
  attemptId: string,
  input: unknown,
): Promise<EventResult> {
  parseOrProblem(uuid, attemptId, 'attempt id');
  const event = parseOrProblem(eventMessage, input, 'event');
  const { eventId, seq, type, ...data } = event;
  const payload = JSON.stringify(data);
  if (ctx.dialect === 'postgres' && event.type === 'choice') {
    const at = ctx.now().toISOString();
    const advanced = await choiceAtOnce(ctx.db, {
      attemptId,
      userId: actor.id,
      seq,
      point: event.point,
      eventId,
      payload,
      at,
    });
    if (advanced) return { seq, duplicate: false, attempt: summarise(advanced, ctx.versions) };
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = (await lockAttemptAndEvent[ctx.dialect].run(trx, attemptId, eventId)).rows[0];
    if (!row || row.user_id !== actor.id) throw notFound('attempt');
    const { seen_attempt_id, seen_seq, seen_type, seen_payload, ...attempt } = row;
    let seen =
      seen_attempt_id === null
        ? undefined
        : { attempt_id: seen_attempt_id, seq: seen_seq!, type: seen_type!, payload: seen_payload! };
    // On PostgreSQL the join read the events before this waited for the lock: the same event, sent twice at
    // once, may have been recorded meanwhile. Only then does the attempt refuse it, so look again before that.
    if (!seen && (attempt.status !== 'in_progress' || seq !== Number(attempt.last_seq) + 1))
      seen = await recordedEvent(trx, eventId);
    if (seen) {
      if (seen.attempt_id === attemptId && Number(seen.seq) === seq && seen.type === type && seen.payload === payload) {
        return { seq, duplicate: true, attempt: summarise(attempt, ctx.versions) };
      }
      throw new Problem(409, `Event ${eventId} was already recorded with different content.`);
    }
    if (attempt.status !== 'in_progress') {
      throw new Problem(
        409,
        `This attempt is already ${attempt.status === 'completed' ? 'complete' : 'closed'}; it takes no more events.`,
        {
          attemptStatus: attempt.status,
        },
      );
    }
    const expected = Number(attempt.last_seq) + 1;
    if (seq !== expected) {
      throw new Problem(
        409,
        seq < expected
          ? `Event ${seq} is out of date: this attempt has already recorded ${expected - 1} events.`
          : `Event ${seq} arrived before event ${expected}; send the events in order.`,
        {
          expectedSeq: expected,
        },
      );
    }
    let pathLen = Number(attempt.path_len);
    if (event.type === 'choice') {
      if (event.point > pathLen) {
        throw new Problem(
          422,
          `Choice point ${event.point + 1} has not been reached: the attempt is at point ${pathLen + 1}.`,
        );
      }
      if (event.point < pathLen && attempt.mode === 'assessment') {
        throw new Problem(422, 'Assessment attempts cannot go back to an earlier choice.');
      }
      pathLen = event.point + 1;
    }
    const at = ctx.now().toISOString();
    const update: Partial<AttemptTable> = { last_seq: seq, path_len: pathLen, updated_at: at };
    if (event.type === 'complete') {
      Object.assign(update, await finishAttempt(ctx, trx, attempt, event.reflection, at));
      await insertEvent.run(trx, attemptId, seq, eventId, type, payload, at);
      await trx.updateTable('attempt').set(update).where('id', '=', attemptId).execute();
    } else if (ctx.dialect === 'postgres') {
      await insertEventAndAdvance.run(trx, attemptId, seq, eventId, type, payload, at, pathLen);
    } else {
      await insertEvent.run(trx, attemptId, seq, eventId, type, payload, at);
      await advanceAttempt.run(trx, attemptId, seq, pathLen, at);
    }
    return { seq, duplicate: false, attempt: summarise({ ...attempt, ...update }, ctx.versions) };
  });
}
