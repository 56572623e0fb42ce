/**
 * The cohort an attempt was made for, through its assignment: the review page's way back to the cohort and the
 * trainee. Only for someone who supervises the attempt (README: Security); for anyone else, and for practice
 * outside any assignment, there is none.
 */
import type { Actor } from '../../core/actor.ts';
import { isId } from '../../core/input.ts';
import { supervisesAttempt } from '../supervision-access.ts';
import type { CohortContext } from './context.ts';

export async function cohortOfAttempt(
  ctx: CohortContext,
  actor: Actor,
  attemptId: string,
): Promise<{ id: string; name: string } | null> {
  if (!isId(attemptId)) return null;
  const row = await ctx.db
    .selectFrom('attempt as a')
    .innerJoin('assignment as g', 'g.id', 'a.assignment_id')
    .innerJoin('cohort as c', 'c.id', 'g.cohort_id')
    .select(['a.user_id', 'a.assignment_id', 'c.id', 'c.name'])
    .where('a.id', '=', attemptId)
    .executeTakeFirst();
  if (!row || !(await supervisesAttempt(ctx.db, actor, row))) return null;
  return { id: row.id, name: row.name };
}
