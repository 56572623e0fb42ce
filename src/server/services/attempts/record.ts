/**
 * Recording one event of the actor's own attempt. Each event carries an id the browser generated and the
 * attempt's next sequence number. The same event sent again is acknowledged again and stored once; an event
 * with a gap, a repeat of an old number, or an id reused for different content is refused with 409 and changes
 * nothing. A `complete` event scores the attempt (finish.ts).
 */
import type { Transaction } from 'kysely';
import { eventMessage } from '../../../lib/attempt-protocol.ts';
import type { Actor } from '../../core/actor.ts';
import { notFound, Problem } from '../../core/errors.ts';
import { parseOrProblem, uuid } from '../../core/input.ts';
import type { AttemptTable, Database } from '../../db/schema.ts';
import type { AttemptContext } from './context.ts';
import { finishAttempt } from './finish.ts';
import { summarise, type EventResult } from './summary.ts';

async function lockAttempt(ctx: AttemptContext, trx: Transaction<Database>, id: string) {
  let q = trx.selectFrom('attempt').selectAll().where('id', '=', id);
  if (ctx.dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
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
  return ctx.db.transaction().execute(async (trx) => {
    const attempt = await lockAttempt(ctx, trx, attemptId);
    if (!attempt || attempt.user_id !== actor.id) throw notFound('attempt');

    const seen = await trx.selectFrom('attempt_event').selectAll().where('event_id', '=', eventId).executeTakeFirst();
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
    await trx
      .insertInto('attempt_event')
      .values({ attempt_id: attemptId, seq, event_id: eventId, type, payload, received_at: at })
      .execute();
    const update: Partial<AttemptTable> = { last_seq: seq, path_len: pathLen, updated_at: at };
    if (event.type === 'complete') Object.assign(update, await finishAttempt(ctx, trx, attempt, event.reflection, at));
    await trx.updateTable('attempt').set(update).where('id', '=', attemptId).execute();
    return { seq, duplicate: false, attempt: summarise({ ...attempt, ...update }, ctx.versions) };
  });
}
