/** A cohort's trainees: a supervisor of it (or an admin) removes one. Trainees join with an invite (join.ts). */
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { isId } from '../../core/input.ts';
import { visibleCohort } from './access.ts';
import type { CohortContext } from './context.ts';

export async function removeMember(ctx: CohortContext, actor: Actor, cohortId: string, userId: string): Promise<void> {
  await visibleCohort(ctx, actor, cohortId);
  if (!isId(userId)) throw notFound('member');
  const result = await ctx.db
    .deleteFrom('cohort_member')
    .where('cohort_id', '=', cohortId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound('member');
}
