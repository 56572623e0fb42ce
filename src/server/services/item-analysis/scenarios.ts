/** The scenarios with recorded attempts, and how many (completed among them), as the actor may see them. */
import type { Actor } from '../../core/actor.ts';
import { supervisedAttemptIds } from '../supervision-access.ts';
import { analysisScope, type AnalysisContext } from './analyse.ts';
import type { ScenarioActivity } from './types.ts';

export async function scenarioActivity(ctx: AnalysisContext, actor: Actor): Promise<ScenarioActivity[]> {
  const scope = analysisScope(actor);
  let q = ctx.db
    .selectFrom('attempt')
    .select(['attempt.scenario'])
    .select((eb) => [
      eb.fn.count<number | string>('attempt.id').as('attempts'),
      eb.fn
        .sum<number | string>(eb.case().when('attempt.status', '=', 'completed').then(1).else(0).end())
        .as('completed'),
    ])
    .groupBy('attempt.scenario');
  if (scope === 'supervised') q = q.where('attempt.id', 'in', supervisedAttemptIds(ctx.db, actor.id));
  const counts = await q.execute();
  const titleOf = await ctx.versions.titlesBySlug();
  return counts
    .map((c) => ({
      slug: c.scenario,
      title: titleOf.get(c.scenario) ?? c.scenario,
      attempts: Number(c.attempts),
      completed: Number(c.completed ?? 0),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
