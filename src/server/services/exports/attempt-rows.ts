/**
 * What the exports read: attempts with their trainee, story version and assignment, the cohort a supervisor
 * exports (or the same 404 as a cohort that does not exist), and the attempts' recorded choices.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { isId } from '../../core/input.ts';
import { readChoicePayload } from '../../core/json-column.ts';
import type { AttemptTable, Database } from '../../db/schema.ts';
import { supervisesCohort } from '../supervision-access.ts';
import type { RecordedChoiceEvent } from './answered-choices.ts';

export interface AttemptRow extends AttemptTable {
  user_name: string;
  user_email: string;
  title: string;
  assignment_title: string | null;
  pass_marks: string | null;
}

/** Read a batch of attempts' events this many at a time. */
const CHUNK = 500;

/** Attempts with the columns every export needs; narrowed by the caller. */
export function attemptsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('attempt')
    .innerJoin('user', 'user.id', 'attempt.user_id')
    .innerJoin('story_version', 'story_version.hash', 'attempt.story_hash')
    .leftJoin('assignment', 'assignment.id', 'attempt.assignment_id')
    .selectAll('attempt')
    .select([
      'user.name as user_name',
      'user.email as user_email',
      'story_version.title as title',
      'assignment.title as assignment_title',
      'assignment.pass_marks as pass_marks',
    ]);
}

/** One attempt's row, or undefined. */
export async function attemptRow(db: Kysely<Database>, attemptId: string): Promise<AttemptRow | undefined> {
  return (await attemptsQuery(db).where('attempt.id', '=', attemptId).executeTakeFirst()) as AttemptRow | undefined;
}

/** The cohort when the actor may export it (its supervisors and admins); 404 otherwise. */
export async function exportableCohort(
  db: Kysely<Database>,
  actor: Actor,
  cohortId: string,
): Promise<{ id: string; name: string }> {
  if (!isId(cohortId)) throw notFound('cohort');
  const cohort = await db.selectFrom('cohort').select(['id', 'name']).where('id', '=', cohortId).executeTakeFirst();
  if (!cohort || !(await supervisesCohort(db, actor, cohortId))) throw notFound('cohort');
  return cohort;
}

/** The attempts made for the cohort's assignments by its members (never their other cohorts' or practice). */
export async function cohortAttempts(db: Kysely<Database>, cohortId: string): Promise<AttemptRow[]> {
  return (await attemptsQuery(db)
    .innerJoin('cohort_member', (j) =>
      j
        .onRef('cohort_member.user_id', '=', 'attempt.user_id')
        .onRef('cohort_member.cohort_id', '=', 'assignment.cohort_id'),
    )
    .where('assignment.cohort_id', '=', cohortId)
    .orderBy('user.name')
    .orderBy('user.id')
    .orderBy('attempt.started_at')
    .orderBy('attempt.id')
    .execute()) as AttemptRow[];
}

/** The choice events of these attempts, in the order they were recorded, by attempt. */
export async function choiceEvents(
  db: Kysely<Database>,
  attemptIds: readonly string[],
): Promise<Map<string, RecordedChoiceEvent[]>> {
  const out = new Map<string, RecordedChoiceEvent[]>();
  for (let i = 0; i < attemptIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('attempt_event')
      .select(['attempt_id', 'seq', 'payload', 'received_at'])
      .where('attempt_id', 'in', attemptIds.slice(i, i + CHUNK))
      .where('type', '=', 'choice')
      .orderBy('attempt_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) {
      const data = readChoicePayload(r.payload);
      const list = out.get(r.attempt_id) ?? [];
      list.push({
        seq: Number(r.seq),
        receivedAt: r.received_at,
        point: data.point,
        index: data.index,
        ...(typeof data.response === 'string' ? { response: data.response } : {}),
      });
      out.set(r.attempt_id, list);
    }
  }
  return out;
}
