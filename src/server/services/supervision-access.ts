/**
 * Who supervises whom: an admin supervises everyone; a supervisor supervises the cohorts they are a
 * supervisor of (co-supervisors share a cohort) and the trainees who are members of those cohorts.
 * Every check reads the records themselves.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from './attempts.ts';

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

export async function supervisesTrainee(db: Kysely<Database>, actor: Actor, traineeId: string): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'supervisor') return false;
  const row = await db
    .selectFrom('cohort_member as m')
    .innerJoin('cohort_supervisor as s', 's.cohort_id', 'm.cohort_id')
    .select('m.user_id')
    .where('m.user_id', '=', traineeId)
    .where('s.user_id', '=', actor.id)
    .executeTakeFirst();
  return row !== undefined;
}
