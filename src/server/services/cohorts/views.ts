/**
 * Reading cohorts: a supervisor's list (an admin's: every cohort), one cohort in full (its people and invites),
 * and a trainee's own memberships.
 */
import { isSupervising, type Actor } from '../../core/actor.ts';
import { forbidden } from '../../core/errors.ts';
import { visibleCohort } from './access.ts';
import type { CohortContext } from './context.ts';
import { inviteOf } from './invites.ts';
import { cohortMembers, cohortSupervisors } from './people.ts';
import type { CohortDetail, CohortSummary } from './types.ts';

/** How many trainees and supervisors each of these cohorts has. */
async function counts(ctx: CohortContext, ids: string[]) {
  const members = new Map<string, number>();
  const supervisors = new Map<string, number>();
  if (ids.length === 0) return { members, supervisors };
  const m = await ctx.db
    .selectFrom('cohort_member')
    .select(['cohort_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('cohort_id', 'in', ids)
    .groupBy('cohort_id')
    .execute();
  const s = await ctx.db
    .selectFrom('cohort_supervisor')
    .select(['cohort_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('cohort_id', 'in', ids)
    .groupBy('cohort_id')
    .execute();
  for (const r of m) members.set(r.cohort_id, Number(r.n));
  for (const r of s) supervisors.set(r.cohort_id, Number(r.n));
  return { members, supervisors };
}

/** An admin's: every cohort; a supervisor's: those they supervise. Newest first. */
export async function listCohorts(ctx: CohortContext, actor: Actor): Promise<CohortSummary[]> {
  if (!isSupervising(actor.role)) throw forbidden('Only supervisors and administrators have cohorts.');
  let q = ctx.db.selectFrom('cohort').selectAll('cohort').where('cohort.archived_at', 'is', null);
  if (actor.role !== 'admin') {
    q = q.where(
      'cohort.id',
      'in',
      ctx.db.selectFrom('cohort_supervisor').select('cohort_id').where('user_id', '=', actor.id),
    );
  }
  const rows = await q.orderBy('cohort.created_at', 'desc').orderBy('cohort.id').execute();
  const { members, supervisors } = await counts(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    members: members.get(r.id) ?? 0,
    supervisors: supervisors.get(r.id) ?? 0,
  }));
}

export async function cohortDetail(ctx: CohortContext, actor: Actor, cohortId: string): Promise<CohortDetail> {
  const row = await visibleCohort(ctx, actor, cohortId);
  const supervisorList = await cohortSupervisors(ctx.db, cohortId);
  const memberList = await cohortMembers(ctx.db, cohortId);
  const at = ctx.now().toISOString();
  const invites = await ctx.db
    .selectFrom('cohort_invite')
    .selectAll()
    .where('cohort_id', '=', cohortId)
    .orderBy('created_at', 'desc')
    .orderBy('code')
    .execute();
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    members: memberList.length,
    supervisors: supervisorList.length,
    supervisorList,
    memberList,
    invites: invites.map((i) => inviteOf(i, at)),
  };
}

/** The cohorts `actor` is a member of (a trainee's view). */
export async function memberships(
  ctx: CohortContext,
  actor: Actor,
): Promise<{ id: string; name: string; joinedAt: string }[]> {
  return ctx.db
    .selectFrom('cohort_member as m')
    .innerJoin('cohort as c', 'c.id', 'm.cohort_id')
    .select(['c.id', 'c.name', 'm.joined_at as joinedAt'])
    .where('m.user_id', '=', actor.id)
    .orderBy('c.name')
    .execute();
}
