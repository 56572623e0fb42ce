/**
 * Who supervises what. An admin supervises everyone. A supervisor supervises the cohorts they are a
 * supervisor of (co-supervisors share a cohort), and, of a trainee's attempts, only those made for an
 * assignment of one of those cohorts while the trainee is a member of it. A trainee in two cohorts is
 * therefore seen by each cohort's supervisors only through that cohort's assignments; practice attempts
 * made outside any assignment are seen by no supervisor (README: Security). Every check reads the records.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/actor.ts';
import type { AttemptTable, Database } from '../db/schema.ts';

export async function supervisesCohort(db: Kysely<Database>, actor: Actor, cohortId: string): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'supervisor') return false;
  const row = await db
    .selectFrom('cohort_supervisor')
    .select('cohort_id')
    .where('cohort_id', '=', cohortId)
    .where('user_id', '=', actor.id)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The trainees a supervisor supervises, as a subquery of (cohort_id, user_id): every member of every cohort they
 * supervise, one row per cohort the trainee shares with them. The one place this is written; the checks below
 * join it.
 */
export function supervisedTrainees(db: Kysely<Database>, supervisorId: string) {
  return db
    .selectFrom('cohort_member as m')
    .innerJoin('cohort_supervisor as s', 's.cohort_id', 'm.cohort_id')
    .select(['m.cohort_id', 'm.user_id'])
    .where('s.user_id', '=', supervisorId);
}

/** Whether the trainee is a member of a cohort the actor supervises (not, by itself, access to their attempts). */
export async function supervisesTrainee(db: Kysely<Database>, actor: Actor, traineeId: string): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'supervisor') return false;
  const row = await supervisedTrainees(db, actor.id).where('m.user_id', '=', traineeId).executeTakeFirst();
  return row !== undefined;
}

/**
 * The ids of the attempts a supervisor sees, as a subquery: made for an assignment of a cohort they
 * supervise, by a member of that cohort.
 */
export function supervisedAttemptIds(db: Kysely<Database>, supervisorId: string) {
  return db
    .selectFrom('attempt as sa')
    .innerJoin('assignment as sg', 'sg.id', 'sa.assignment_id')
    .innerJoin(supervisedTrainees(db, supervisorId).as('st'), (j) => j.onRef('st.cohort_id', '=', 'sg.cohort_id').onRef('st.user_id', '=', 'sa.user_id'))
    .select('sa.id');
}

/** Whether the actor supervises this attempt (see above); the attempt's owner is not asked about here. */
export async function supervisesAttempt(db: Kysely<Database>, actor: Actor, attempt: Pick<AttemptTable, 'user_id' | 'assignment_id'>): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'supervisor' || !attempt.assignment_id) return false;
  const row = await db
    .selectFrom('assignment as g')
    .innerJoin(supervisedTrainees(db, actor.id).as('st'), 'st.cohort_id', 'g.cohort_id')
    .select('g.id')
    .where('g.id', '=', attempt.assignment_id)
    .where('st.user_id', '=', attempt.user_id)
    .executeTakeFirst();
  return row !== undefined;
}
