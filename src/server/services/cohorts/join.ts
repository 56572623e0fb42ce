/**
 * Joining a cohort with an invite: the join page first checks the code (what it leads to), then a trainee joins.
 * A code that was never made, was withdrawn or has expired says which, so the trainee knows to ask for a new one.
 */
import type { Actor } from '../../core/actor.ts';
import { forbidden, Problem } from '../../core/errors.ts';
import type { CohortContext } from './context.ts';
import { normaliseCode } from './invite-codes.ts';

/** The invite for `raw`, or the Problem a person trying to join with it should see. */
async function usableInvite(ctx: CohortContext, raw: unknown) {
  const code = normaliseCode(raw);
  const invite = code
    ? await ctx.db.selectFrom('cohort_invite').selectAll().where('code', '=', code).executeTakeFirst()
    : undefined;
  if (!invite) throw new Problem(404, 'That invite code is not valid. Check it, or ask your supervisor for a new one.');
  if (invite.revoked_at !== null)
    throw new Problem(410, 'That invite has been withdrawn. Ask your supervisor for a new one.', { reason: 'revoked' });
  if (invite.expires_at <= ctx.now().toISOString()) {
    throw new Problem(
      410,
      `That invite expired on ${invite.expires_at.slice(0, 10)}. Ask your supervisor for a new one.`,
      { reason: 'expired', expiresAt: invite.expires_at },
    );
  }
  const cohort = await ctx.db
    .selectFrom('cohort')
    .select(['id', 'name', 'archived_at'])
    .where('id', '=', invite.cohort_id)
    .executeTakeFirstOrThrow();
  return { invite, cohort };
}

/** What an invite leads to, for the join page: the cohort's name and when the code expires. */
export async function checkInvite(
  ctx: CohortContext,
  raw: unknown,
): Promise<{ cohortName: string; expiresAt: string }> {
  const { invite, cohort } = await usableInvite(ctx, raw);
  return { cohortName: cohort.name, expiresAt: invite.expires_at };
}

/** A trainee joins the cohort of a usable invite; joining a cohort they are already in changes nothing. */
export async function joinCohort(
  ctx: CohortContext,
  actor: Actor,
  input: unknown,
): Promise<{ cohort: { id: string; name: string }; joined: boolean }> {
  if (actor.role !== 'trainee')
    throw forbidden(
      'Only trainees join cohorts with an invite. Supervisors are added by another supervisor of the cohort.',
    );
  const raw = typeof input === 'object' && input !== null ? (input as { code?: unknown }).code : input;
  const { invite, cohort } = await usableInvite(ctx, raw);
  const at = ctx.now().toISOString();
  const joined = await ctx.db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom('cohort_member')
      .select('user_id')
      .where('cohort_id', '=', cohort.id)
      .where('user_id', '=', actor.id)
      .executeTakeFirst();
    if (already) return false;
    await trx
      .insertInto('cohort_member')
      .values({ cohort_id: cohort.id, user_id: actor.id, joined_at: at })
      .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
      .execute();
    await trx
      .updateTable('cohort_invite')
      .set((eb) => ({ uses: eb('uses', '+', 1) }))
      .where('code', '=', invite.code)
      .execute();
    return true;
  });
  return { cohort: { id: cohort.id, name: cohort.name }, joined };
}
