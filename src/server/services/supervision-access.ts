/**
 * Who supervises what. An admin supervises everyone. A supervisor supervises the cohorts they are a
 * supervisor of (co-supervisors share a cohort), and, of a trainee's attempts, only those made for an
 * assignment of one of those cohorts while the trainee is a member of it. A trainee in two cohorts is
 * therefore seen by each cohort's supervisors only through that cohort's assignments; practice attempts
 * made outside any assignment are seen by no supervisor (README: Security). Every check reads the records.
 *
 * A supervisor row counts for an account whose role is supervisor, and otherwise only for the cohort of an LMS
 * course whose platform knows the account (LTI: the instructor of that course, issue 17). An LMS grants supervision
 * of its course's cohort and nothing else: it never changes an account's role, which opens every scenario's branch
 * map, analytics and making cohorts. A supervisor demoted in Rapport keeps no access through old rows of ordinary
 * cohorts.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/actor.ts';
import type { AttemptTable, Database } from '../db/schema.ts';

/**
 * The supervisor rows that count, as a subquery of (cohort_id, user_id) for one person: all of theirs when their
 * role is supervisor; otherwise those of cohorts mirroring a course of a platform that knows them (see above).
 */
export function supervisorRows(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('cohort_supervisor as sr')
    .select(['sr.cohort_id', 'sr.user_id'])
    .where('sr.user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('user as su')
            .select('su.id')
            .whereRef('su.id', '=', 'sr.user_id')
            .where('su.role', '=', 'supervisor'),
        ),
        eb.exists(
          eb
            .selectFrom('lti_context as lc')
            .innerJoin('lti_platform as lp', 'lp.id', 'lc.platform_id')
            .innerJoin('lti_user as lu', 'lu.issuer', 'lp.issuer')
            .select('lc.cohort_id')
            .whereRef('lc.cohort_id', '=', 'sr.cohort_id')
            .whereRef('lu.user_id', '=', 'sr.user_id'),
        ),
      ]),
    );
}

export async function supervisesCohort(db: Kysely<Database>, actor: Actor, cohortId: string): Promise<boolean> {
  if (actor.role === 'admin') return true;
  const row = await supervisorRows(db, actor.id).where('sr.cohort_id', '=', cohortId).executeTakeFirst();
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
    .innerJoin(supervisorRows(db, supervisorId).as('s'), 's.cohort_id', 'm.cohort_id')
    .select(['m.cohort_id', 'm.user_id']);
}

/** Whether the trainee is a member of a cohort the actor supervises (not, by itself, access to their attempts). */
export async function supervisesTrainee(db: Kysely<Database>, actor: Actor, traineeId: string): Promise<boolean> {
  if (actor.role === 'admin') return true;
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
    .innerJoin(supervisedTrainees(db, supervisorId).as('st'), (j) =>
      j.onRef('st.cohort_id', '=', 'sg.cohort_id').onRef('st.user_id', '=', 'sa.user_id'),
    )
    .select('sa.id');
}

/** Whether the actor supervises this attempt (see above); the attempt's owner is not asked about here. */
export async function supervisesAttempt(
  db: Kysely<Database>,
  actor: Actor,
  attempt: Pick<AttemptTable, 'user_id' | 'assignment_id'>,
): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (!attempt.assignment_id) return false;
  const row = await db
    .selectFrom('assignment as g')
    .innerJoin(supervisedTrainees(db, actor.id).as('st'), 'st.cohort_id', 'g.cohort_id')
    .select('g.id')
    .where('g.id', '=', attempt.assignment_id)
    .where('st.user_id', '=', attempt.user_id)
    .executeTakeFirst();
  return row !== undefined;
}
