/**
 * Names and Role Provisioning Services 2.0 (issue 17): the course's roster into the cohort that mirrors it, on
 * launch and on demand. Every active member gets an account keyed by the platform's issuer and their subject (made
 * now when they have not launched yet, so the cohort's dashboard lists them) and a place in the cohort by role; a
 * person the platform knows who is no longer an active member of the course leaves the cohort (their account and
 * attempts stay). People who joined the cohort in Rapport itself (an invite) are not the LMS's to remove.
 */
import { type Actor } from '../core/actor.ts';
import { Problem, notFound } from '../core/errors.ts';
import { isId } from '../core/input.ts';
import { SCOPE, courseRole } from './claims.ts';
import type { LtiContext } from './context.ts';
import { accountFor } from './first-sight.ts';
import { placeIn, unsupervise } from './provision.ts';
import { PlatformError, type ServiceTokens } from './service-token.ts';
import { serviceUrlAllowed } from './url-policy.ts';

const MEMBERSHIPS_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json';
/** Most pages of a roster followed (a course of thousands is a handful of pages). */
const MAX_PAGES = 50;

export interface RosterMember {
  user_id: string;
  status?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  roles?: string[];
}

export interface SyncResult {
  added: number;
  removed: number;
  members: number;
}

/** The `next` page of an NRPS answer, from its Link header. */
function nextPage(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (m) return m[1]!;
  }
  return null;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * The roster, or a 502 in Rapport's words when the platform cannot give it: its token endpoint refusing, the network
 * failing, an answer that is not JSON. Only the status and fixed words are said, never the platform's answer.
 */
async function fetchRoster(
  ctx: LtiContext,
  tokens: ServiceTokens,
  platform: { id: string; issuer: string; client_id: string; token_url: string },
  url: string,
): Promise<RosterMember[]> {
  try {
    return await readRoster(ctx, tokens, platform, url);
  } catch (e) {
    if (e instanceof Problem) throw e;
    const why = e instanceof PlatformError ? ` (${e.message})` : '';
    throw new Problem(
      502,
      `The learning platform could not be reached for the course's roster${why}. Try again later.`,
    );
  }
}

async function readRoster(
  ctx: LtiContext,
  tokens: ServiceTokens,
  platform: { id: string; issuer: string; client_id: string; token_url: string },
  url: string,
): Promise<RosterMember[]> {
  const scopes = [SCOPE.memberships];
  const members: RosterMember[] = [];
  let page: string | null = url;
  for (let i = 0; page && i < MAX_PAGES; i++) {
    const token = await tokens.get(platform, scopes);
    // Never a redirect: the Bearer token would follow it to wherever the platform's answer points.
    const response: Response = await ctx.fetch(page, {
      headers: { accept: MEMBERSHIPS_TYPE, authorization: `Bearer ${token}` },
      redirect: 'error',
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status === 401) tokens.drop(platform, scopes);
    if (!response.ok)
      throw new Problem(
        502,
        `The learning platform did not give the course's roster (HTTP ${response.status}). Try again later.`,
      );
    const body = (await response.json()) as { members?: unknown };
    if (!Array.isArray(body.members))
      throw new Problem(502, 'The learning platform answered the roster request with no members list.');
    for (const m of body.members as RosterMember[])
      if (m && typeof m.user_id === 'string' && m.user_id.length > 0 && m.user_id.length <= 255) members.push(m);
    // The next page only on the roster's own origin (and, in production, on the platform's site: url-policy.ts).
    const next = nextPage(response.headers.get('link'));
    page = next && sameOrigin(next, url) && serviceUrlAllowed(next, platform, ctx.production ?? false) ? next : null;
  }
  return members;
}

/** Syncs the roster of the course a cohort mirrors. Nothing changes if the roster cannot be read. `keep`: a subject never removed. */
export async function syncRoster(
  ctx: LtiContext,
  tokens: ServiceTokens,
  cohortId: string,
  options: { keep?: string } = {},
): Promise<SyncResult> {
  const course = await ctx.db
    .selectFrom('lti_context')
    .innerJoin('lti_platform', 'lti_platform.id', 'lti_context.platform_id')
    .select([
      'lti_context.memberships_url',
      'lti_platform.id',
      'lti_platform.issuer',
      'lti_platform.client_id',
      'lti_platform.token_url',
    ])
    .where('lti_context.cohort_id', '=', cohortId)
    .executeTakeFirst();
  if (!course) throw new Problem(404, 'This cohort is not a course of a learning platform.');
  if (!course.memberships_url)
    throw new Problem(
      409,
      "The learning platform has not offered this course's roster yet: it is read once someone launches Rapport from the course with roster sharing on.",
    );
  const roster = await fetchRoster(ctx, tokens, course, course.memberships_url);
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    // The person launching now is a member, whatever a roster read a moment earlier says.
    const active = new Set<string>(options.keep ? [options.keep] : []);
    let added = 0;
    const learners: string[] = [];
    for (const m of roster) {
      if (m.status !== undefined && m.status !== 'Active') continue;
      active.add(m.user_id);
      const role = courseRole(Array.isArray(m.roles) ? m.roles.filter((r): r is string => typeof r === 'string') : []);
      const userId = await accountFor(
        trx,
        course.issuer,
        { sub: m.user_id, name: m.name, given_name: m.given_name, family_name: m.family_name, email: m.email },
        at,
      );
      const table = role === 'supervisor' ? 'cohort_supervisor' : 'cohort_member';
      const there = await trx
        .selectFrom(table)
        .select('user_id')
        .where('cohort_id', '=', cohortId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!there) {
        await placeIn(trx, cohortId, userId, role, at);
        added += 1;
      }
      if (role === 'trainee') learners.push(userId);
    }
    // A supervisor the platform now lists as a learner only stops supervising (after the loop, so a new instructor
    // listed later counts before the last supervisor rule is applied).
    for (const userId of learners) await unsupervise(trx, cohortId, userId);
    // The platform's people in this cohort who are no longer active members of the course.
    const known = await trx
      .selectFrom('lti_user')
      .select(['user_id', 'subject'])
      .where('issuer', '=', course.issuer)
      .where((eb) =>
        eb.or([
          eb('user_id', 'in', eb.selectFrom('cohort_member').select('user_id').where('cohort_id', '=', cohortId)),
          eb('user_id', 'in', eb.selectFrom('cohort_supervisor').select('user_id').where('cohort_id', '=', cohortId)),
        ]),
      )
      .execute();
    // An empty roster is a platform sharing none (its privacy settings), not a course everyone left: nobody is removed.
    const listed = roster.some((m) => m.status === undefined || m.status === 'Active');
    const gone = listed ? known.filter((k) => !active.has(k.subject)).map((k) => k.user_id) : [];
    let removed = 0;
    if (gone.length) {
      removed += Number(
        (
          await trx
            .deleteFrom('cohort_member')
            .where('cohort_id', '=', cohortId)
            .where('user_id', 'in', gone)
            .executeTakeFirst()
        ).numDeletedRows,
      );
      // A cohort keeps at least one supervisor: the last is not removed by a roster that lists no instructor.
      const supervisors = await trx
        .selectFrom('cohort_supervisor')
        .select('user_id')
        .where('cohort_id', '=', cohortId)
        .execute();
      const leaving = supervisors.filter((s) => gone.includes(s.user_id)).map((s) => s.user_id);
      const removable = leaving.length === supervisors.length ? leaving.slice(1) : leaving;
      if (removable.length)
        removed += Number(
          (
            await trx
              .deleteFrom('cohort_supervisor')
              .where('cohort_id', '=', cohortId)
              .where('user_id', 'in', removable)
              .executeTakeFirst()
          ).numDeletedRows,
        );
    }
    return { added, removed, members: active.size };
  });
}

/** On demand: a supervisor of the cohort, or an administrator. */
export async function syncRosterFor(
  ctx: LtiContext,
  tokens: ServiceTokens,
  actor: Actor,
  cohortId: string,
): Promise<SyncResult> {
  if (!isId(cohortId)) throw notFound('cohort');
  if (actor.role !== 'admin') {
    const supervises = await ctx.db
      .selectFrom('cohort_supervisor')
      .select('user_id')
      .where('cohort_id', '=', cohortId)
      .where('user_id', '=', actor.id)
      .executeTakeFirst();
    if (!supervises) throw notFound('cohort');
  }
  return syncRoster(ctx, tokens, cohortId);
}

/** Whether a cohort mirrors a course whose roster can be synced (for the cohort page's button). */
export async function hasRoster(ctx: LtiContext, cohortId: string): Promise<boolean> {
  if (!isId(cohortId)) return false;
  const row = await ctx.db
    .selectFrom('lti_context')
    .select('memberships_url')
    .where('cohort_id', '=', cohortId)
    .executeTakeFirst();
  return Boolean(row?.memberships_url);
}
