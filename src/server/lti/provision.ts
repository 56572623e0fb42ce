/**
 * What a valid launch does in Rapport, in one transaction: the account of the person (keyed by the platform's
 * issuer and their subject; the name from the claims where given; the claimed email kept on the link only), the cohort that mirrors the course
 * (made on its first launch), their place in it (an Instructor or TeachingAssistant supervises it, anyone else is a
 * trainee in it), the course's roster and grade service URLs, and where they go next.
 */
import type { Kysely, Transaction } from 'kysely';
import { assessUrl } from '../../engine/bundle.ts';
import { Problem } from '../core/errors.ts';
import { readScenarioList } from '../core/json-column.ts';
import type { Database } from '../db/schema.ts';
import { CLAIM, courseRole } from './claims.ts';
import type { LtiContext } from './context.ts';
import { accountFor, cohortFor, type PersonClaims } from './first-sight.ts';
import { serviceUrlAllowed } from './url-policy.ts';
import type { ValidLaunch } from './validate.ts';

export interface Provisioned {
  userId: string;
  cohortId: string;
  courseRole: 'supervisor' | 'trainee';
  /** Where the browser goes after the launch (a path on this site). */
  next: string;
  /** The assignment the link opens, if it opens one. */
  assignmentId: string | null;
}

/**
 * Ends the supervision of a person the platform now lists as a learner only (a teaching assistant demoted), unless
 * they are the cohort's last supervisor: a cohort always keeps one. True when a row was removed.
 */
export async function unsupervise(
  trx: Kysely<Database> | Transaction<Database>,
  cohortId: string,
  userId: string,
): Promise<boolean> {
  const supervisors = await trx
    .selectFrom('cohort_supervisor')
    .select('user_id')
    .where('cohort_id', '=', cohortId)
    .execute();
  if (!supervisors.some((s) => s.user_id === userId) || supervisors.length <= 1) return false;
  await trx.deleteFrom('cohort_supervisor').where('cohort_id', '=', cohortId).where('user_id', '=', userId).execute();
  return true;
}

/**
 * Puts a person in a cohort in their course role (a supervisor row or a member row); does nothing when they are.
 * A learner loses a supervisor row the platform gave them earlier (see `unsupervise`).
 */
export async function placeIn(
  trx: Kysely<Database> | Transaction<Database>,
  cohortId: string,
  userId: string,
  role: 'supervisor' | 'trainee',
  at: string,
): Promise<void> {
  if (role === 'trainee') await unsupervise(trx, cohortId, userId);
  if (role === 'supervisor') {
    await trx
      .insertInto('cohort_supervisor')
      .values({ cohort_id: cohortId, user_id: userId, added_at: at })
      .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
      .execute();
  } else {
    await trx
      .insertInto('cohort_member')
      .values({ cohort_id: cohortId, user_id: userId, joined_at: at })
      .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
      .execute();
  }
}

export async function provision(ctx: LtiContext, launch: ValidLaunch): Promise<Provisioned> {
  const c = launch.claims;
  const course = c[CLAIM.context] as { id?: unknown; title?: unknown; label?: unknown } | undefined;
  if (typeof course?.id !== 'string' || !course.id)
    throw new Problem(400, 'The launch names no course (context), so Rapport cannot tell which cohort it is for.');
  const roles = Array.isArray(c[CLAIM.roles])
    ? (c[CLAIM.roles] as unknown[]).filter((r): r is string => typeof r === 'string')
    : [];
  const role = courseRole(roles);
  const custom = (c[CLAIM.custom] ?? {}) as Record<string, unknown>;
  const nrps = c[CLAIM.nrps] as { context_memberships_url?: unknown } | undefined;
  const ags = c[CLAIM.ags] as { lineitems?: unknown; lineitem?: unknown } | undefined;
  const at = ctx.now().toISOString();
  // Service URLs are kept only when Rapport may call them (in production: https on the platform's own site).
  const allowed = (url: unknown): url is string => serviceUrlAllowed(url, launch.platform, ctx.production ?? false);
  return ctx.db.transaction().execute(async (trx) => {
    const userId = await accountFor(trx, launch.platform.issuer, { ...(c as PersonClaims), sub: c.sub as string }, at);
    const cohortId = await cohortFor(
      trx,
      launch.platform.id,
      { id: course.id as string, title: course.title, label: course.label },
      at,
    );
    await placeIn(trx, cohortId, userId, role, at);
    const services = {
      ...(allowed(nrps?.context_memberships_url) ? { memberships_url: nrps.context_memberships_url } : {}),
      ...(allowed(ags?.lineitems) ? { lineitems_url: ags.lineitems } : {}),
    };
    if (Object.keys(services).length)
      await trx
        .updateTable('lti_context')
        .set(services)
        .where('platform_id', '=', launch.platform.id)
        .where('context_id', '=', course.id as string)
        .execute();
    if (launch.messageType === 'LtiDeepLinkingRequest') {
      if (role !== 'supervisor')
        throw new Problem(403, 'Only an instructor of the course adds Rapport activities to it.');
      return { userId, cohortId, courseRole: role, next: '/lti/deep-link/', assignmentId: null };
    }
    const assignmentId = typeof custom.rapport_assignment === 'string' ? custom.rapport_assignment : null;
    if (!assignmentId)
      return {
        userId,
        cohortId,
        courseRole: role,
        next: role === 'supervisor' ? `/cohorts/${cohortId}/dashboard/` : '/dashboard/',
        assignmentId: null,
      };
    // The link must open an assignment of this course's cohort: a link copied into another course opens nothing there.
    const assignment = await trx
      .selectFrom('assignment')
      .select(['id', 'mode', 'scenarios', 'cohort_id'])
      .where('id', '=', assignmentId)
      .executeTakeFirst();
    if (!assignment || assignment.cohort_id !== cohortId)
      throw new Problem(
        404,
        'This link opens an activity of another course. Ask your instructor to add it to this course again.',
      );
    if (allowed(ags?.lineitem)) {
      await trx
        .updateTable('lti_link')
        .set({ lineitem_url: ags.lineitem })
        .where('assignment_id', '=', assignment.id)
        .where('lineitem_url', 'is', null)
        .execute();
    }
    if (role === 'supervisor')
      return {
        userId,
        cohortId,
        courseRole: role,
        next: `/cohorts/${cohortId}/dashboard/`,
        assignmentId: assignment.id,
      };
    const slugs = readScenarioList(assignment.scenarios);
    if (slugs.length !== 1)
      return { userId, cohortId, courseRole: role, next: '/dashboard/', assignmentId: assignment.id };
    const slug = encodeURIComponent(slugs[0]!);
    const page = assignment.mode === 'assessment' ? assessUrl(slug) : `/scenarios/${slug}/`;
    return {
      userId,
      cohortId,
      courseRole: role,
      next: `${page}?assignment=${encodeURIComponent(assignment.id)}&mode=${assignment.mode}`,
      assignmentId: assignment.id,
    };
  });
}
