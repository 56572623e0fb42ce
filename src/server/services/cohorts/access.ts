/** Which cohort a request may touch: one the actor supervises (or any, for an admin); any other answers 404. */
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { isId } from '../../core/input.ts';
import { supervisesCohort } from '../supervision-access.ts';
import type { CohortContext } from './context.ts';

/** The cohort's row when `actor` supervises it (or is an admin); 404 otherwise. */
export async function visibleCohort(ctx: CohortContext, actor: Actor, cohortId: string) {
  if (!isId(cohortId)) throw notFound('cohort');
  const row = await ctx.db.selectFrom('cohort').selectAll().where('id', '=', cohortId).executeTakeFirst();
  if (!row || !(await supervisesCohort(ctx.db, actor, cohortId))) throw notFound('cohort');
  return row;
}
