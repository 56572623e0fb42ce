/** A cohort's people: its trainees and its supervisors, by name, with when each joined or was added. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface CohortPerson {
  id: string;
  name: string;
  email: string;
  since: string;
}

/** A cohort's trainees, by name: who they are and when they joined. */
export function cohortMembers(db: Kysely<Database>, cohortId: string): Promise<CohortPerson[]> {
  return db
    .selectFrom('cohort_member as m')
    .innerJoin('user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.joined_at as since'])
    .where('m.cohort_id', '=', cohortId)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** A cohort's supervisors, by name, and when each was added. */
export function cohortSupervisors(db: Kysely<Database>, cohortId: string): Promise<CohortPerson[]> {
  return db
    .selectFrom('cohort_supervisor as s')
    .innerJoin('user as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.name', 'u.email', 's.added_at as since'])
    .where('s.cohort_id', '=', cohortId)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}
