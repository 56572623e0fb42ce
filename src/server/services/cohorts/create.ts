/** Creating a cohort: a supervisor (or an admin) creates one and becomes its supervisor. */
import { z } from 'zod';
import { isSupervising, type Actor } from '../../core/actor.ts';
import { forbidden } from '../../core/errors.ts';
import { parseOrProblem } from '../../core/input.ts';
import { nameText } from '../../text.ts';
import type { CohortContext } from './context.ts';
import type { CohortSummary } from './types.ts';

const nameSchema = z.strictObject({ name: nameText({ empty: 'give the cohort a name' }) });

export async function createCohort(ctx: CohortContext, actor: Actor, input: unknown): Promise<CohortSummary> {
  if (!isSupervising(actor.role)) throw forbidden('Only supervisors and administrators create cohorts.');
  const { name } = parseOrProblem(nameSchema, input, 'cohort');
  const at = ctx.now().toISOString();
  const cohortId = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cohort')
      .values({ id: cohortId, name, created_by: actor.id, created_at: at, archived_at: null })
      .execute();
    await trx
      .insertInto('cohort_supervisor')
      .values({ cohort_id: cohortId, user_id: actor.id, added_at: at })
      .execute();
  });
  return { id: cohortId, name, createdAt: at, members: 0, supervisors: 1 };
}
