/**
 * A cohort's supervisors: co-supervisors added by email share it; any supervisor of it (or an admin) may remove
 * one, and one added without asking may leave. The last supervisor cannot be removed: a cohort always has one.
 */
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { notFound, Problem } from '../../core/errors.ts';
import { isId, parseOrProblem } from '../../core/input.ts';
import { visibleCohort } from './access.ts';
import type { CohortContext } from './context.ts';

const emailSchema = z.strictObject({ email: z.email('must be an email address').max(320) });

/** The answer to adding a co-supervisor, whether or not the address could be used (it reveals no account). */
export const CO_SUPERVISOR_MESSAGE =
  'If the address belongs to an account with the supervisor role, that person is now a co-supervisor of this cohort (the list of supervisors shows who is). Otherwise nothing changed: co-supervisors need a Rapport account with the supervisor role.';

/**
 * Adds a co-supervisor by email when the address is a supervisor's account; adding one twice is harmless.
 * The answer is the same whether or not the address can be used, so it does not tell who has an account.
 * A co-supervisor who did not want to be added removes themselves (`removeSupervisor`).
 */
export async function addSupervisor(
  ctx: CohortContext,
  actor: Actor,
  cohortId: string,
  input: unknown,
): Promise<{ message: string }> {
  await visibleCohort(ctx, actor, cohortId);
  const { email } = parseOrProblem(emailSchema, input, 'co-supervisor');
  const person = await ctx.db
    .selectFrom('user')
    .select(['id', 'role'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  if (person && person.role === 'supervisor') {
    await ctx.db
      .insertInto('cohort_supervisor')
      .values({ cohort_id: cohortId, user_id: person.id, added_at: ctx.now().toISOString() })
      .onConflict((oc) => oc.columns(['cohort_id', 'user_id']).doNothing())
      .execute();
  }
  return { message: CO_SUPERVISOR_MESSAGE };
}

/** Removes a supervisor from the cohort (or the person leaves); never the last one. */
export async function removeSupervisor(
  ctx: CohortContext,
  actor: Actor,
  cohortId: string,
  userId: string,
): Promise<{ remaining: number }> {
  await visibleCohort(ctx, actor, cohortId);
  if (!isId(userId)) throw notFound('supervisor');
  return ctx.db.transaction().execute(async (trx) => {
    // Taking the cohort's row first serialises concurrent removals (PostgreSQL locks it; SQLite has one writer).
    const touched = await trx
      .updateTable('cohort')
      .set((eb) => ({ name: eb.ref('name') }))
      .where('id', '=', cohortId)
      .executeTakeFirst();
    if (Number(touched.numUpdatedRows) === 0) throw notFound('cohort');
    const supervisors = await trx
      .selectFrom('cohort_supervisor')
      .select('user_id')
      .where('cohort_id', '=', cohortId)
      .execute();
    if (!supervisors.some((s) => s.user_id === userId)) throw notFound('supervisor');
    if (supervisors.length <= 1) {
      throw new Problem(
        409,
        'A cohort must keep at least one supervisor: add another supervisor before removing the last one.',
      );
    }
    await trx.deleteFrom('cohort_supervisor').where('cohort_id', '=', cohortId).where('user_id', '=', userId).execute();
    return { remaining: supervisors.length - 1 };
  });
}
