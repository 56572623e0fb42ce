/**
 * What the player receives for a checked scenario, as the build serves it at /scenarios/<slug>/bundle.json
 * (src/lib/catalogue.ts `bundleOf` over the content entry src/pipeline/astro-loaders.ts stores): the same
 * fields in the same order, so a draft checked on the server plays exactly as the built scenario would.
 */
import type { ScenarioBundle } from '../engine/bundle.ts';
import { narrowRubric, type Rubric } from '../engine/rubric.ts';
import type { LoadedScenario } from './scenario-files.ts';

/** Only the criteria the scenario can score or names in its focus, with their citations. */
export function scenarioRubric(s: Pick<LoadedScenario, 'meta' | 'criteria'>, rubric: Rubric): Rubric {
  return narrowRubric(rubric, new Set([...(s.meta?.focus ?? []), ...s.criteria]));
}

/** The bundle of a scenario that compiled without errors; null otherwise. */
export function scenarioBundle(s: LoadedScenario, rubric: Rubric): ScenarioBundle | null {
  if (!s.meta || !s.json || !s.hash) return null;
  return {
    slug: s.slug,
    hash: s.hash,
    meta: s.meta,
    rubric: scenarioRubric(s, rubric),
    points: s.points,
    map: s.map ?? null,
    ink: JSON.parse(s.json),
  };
}
