/**
 * Cohorts: a supervisor (or an admin) creates one and becomes its supervisor; co-supervisors added by email
 * share it. Trainees join with an invite code that expires and can be revoked. An admin sees every cohort, a
 * supervisor only those they supervise; a cohort you may not see answers 404 like one that does not exist.
 * One job per file: create.ts, views.ts, supervisors.ts, members.ts, invites.ts, join.ts, of-attempt.ts.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import type { Database } from '../../db/schema.ts';
import type { CohortContext } from './context.ts';
import { createCohort } from './create.ts';
import { createInvite, revokeInvite } from './invites.ts';
import { checkInvite, joinCohort } from './join.ts';
import { removeMember } from './members.ts';
import { cohortOfAttempt } from './of-attempt.ts';
import { addSupervisor, removeSupervisor } from './supervisors.ts';
import { cohortDetail, listCohorts, memberships } from './views.ts';

export type { CohortPerson } from './people.ts';
export type { CohortDetail, CohortInvite, CohortSummary } from './types.ts';

export function cohortService(db: Kysely<Database>, now: () => Date = () => new Date()) {
  const ctx: CohortContext = { db, now };
  return {
    create: (actor: Actor, input: unknown) => createCohort(ctx, actor, input),
    /** An admin's: every cohort; a supervisor's: those they supervise. Newest first. */
    list: (actor: Actor) => listCohorts(ctx, actor),
    get: (actor: Actor, cohortId: string) => cohortDetail(ctx, actor, cohortId),
    addSupervisor: (actor: Actor, cohortId: string, input: unknown) => addSupervisor(ctx, actor, cohortId, input),
    removeSupervisor: (actor: Actor, cohortId: string, userId: string) =>
      removeSupervisor(ctx, actor, cohortId, userId),
    removeMember: (actor: Actor, cohortId: string, userId: string) => removeMember(ctx, actor, cohortId, userId),
    createInvite: (actor: Actor, cohortId: string, input: unknown = {}) => createInvite(ctx, actor, cohortId, input),
    revokeInvite: (actor: Actor, cohortId: string, rawCode: string) => revokeInvite(ctx, actor, cohortId, rawCode),
    /** What an invite leads to, for the join page: the cohort's name and when the code expires. */
    checkInvite: (raw: unknown) => checkInvite(ctx, raw),
    /** A trainee joins the cohort of a usable invite; joining a cohort they are already in changes nothing. */
    join: (actor: Actor, input: unknown) => joinCohort(ctx, actor, input),
    /** The cohorts `actor` is a member of (a trainee's view). */
    memberships: (actor: Actor) => memberships(ctx, actor),
    /** The cohort an attempt was made for, when `actor` supervises the attempt; null otherwise. */
    ofAttempt: (actor: Actor, attemptId: string) => cohortOfAttempt(ctx, actor, attemptId),
  };
}

export type CohortService = ReturnType<typeof cohortService>;
