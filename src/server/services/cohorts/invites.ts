/** A cohort's invites: made for 1–30 days (14 unless asked), revoked at once when a supervisor says so. */
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { parseOrProblem } from '../../core/input.ts';
import type { Database } from '../../db/schema.ts';
import { visibleCohort } from './access.ts';
import type { CohortContext } from './context.ts';
import { INVITE_DAYS, newInviteCode, normaliseCode } from './invite-codes.ts';
import type { CohortInvite } from './types.ts';

const inviteSchema = z.strictObject({
  days: z
    .number()
    .int()
    .min(INVITE_DAYS.min, `at least ${INVITE_DAYS.min} day`)
    .max(INVITE_DAYS.max, `at most ${INVITE_DAYS.max} days`)
    .default(INVITE_DAYS.default),
});

/** An invite's row as the service answers with it, and whether it is usable at `at`. */
export function inviteOf(r: Database['cohort_invite'], at: string): CohortInvite {
  return {
    code: r.code,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    uses: Number(r.uses),
    usable: r.revoked_at === null && r.expires_at > at,
  };
}

export async function createInvite(
  ctx: CohortContext,
  actor: Actor,
  cohortId: string,
  input: unknown = {},
): Promise<CohortInvite> {
  await visibleCohort(ctx, actor, cohortId);
  const { days } = parseOrProblem(inviteSchema, input ?? {}, 'invite');
  const created = ctx.now();
  const row = {
    code: newInviteCode(),
    cohort_id: cohortId,
    created_by: actor.id,
    created_at: created.toISOString(),
    expires_at: new Date(created.getTime() + days * 86_400_000).toISOString(),
    revoked_at: null,
    uses: 0,
  };
  await ctx.db.insertInto('cohort_invite').values(row).execute();
  return inviteOf(row, row.created_at);
}

export async function revokeInvite(ctx: CohortContext, actor: Actor, cohortId: string, rawCode: string): Promise<void> {
  await visibleCohort(ctx, actor, cohortId);
  const code = normaliseCode(rawCode);
  if (!code) throw notFound('invite');
  const result = await ctx.db
    .updateTable('cohort_invite')
    .set({ revoked_at: ctx.now().toISOString() })
    .where('cohort_id', '=', cohortId)
    .where('code', '=', code)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const exists = await ctx.db
      .selectFrom('cohort_invite')
      .select('code')
      .where('cohort_id', '=', cohortId)
      .where('code', '=', code)
      .executeTakeFirst();
    if (!exists) throw notFound('invite');
  }
}
