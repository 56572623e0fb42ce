/**
 * The suggested order of scenarios, the one the module primers recommend: by module, then from introductory to
 * advanced, then by the client's session number, then by slug. The catalogue lists scenarios in it, and a module
 * assigned to a cohort keeps it, so a trainee meets the module's scenarios in the order its primer suggests.
 */
import { DIFFICULTIES, MODULE_IDS } from './scenario-vocabulary.ts';
import type { ScenarioMeta } from './scenario-meta.ts';

type Ranked = { slug: string; meta: Pick<ScenarioMeta, 'module' | 'difficulty' | 'session'> };

export function bySuggestedOrder(a: Ranked, b: Ranked): number {
  return (
    MODULE_IDS.indexOf(a.meta.module) - MODULE_IDS.indexOf(b.meta.module) ||
    DIFFICULTIES.indexOf(a.meta.difficulty) - DIFFICULTIES.indexOf(b.meta.difficulty) ||
    a.meta.session - b.meta.session ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}
