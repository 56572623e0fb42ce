/**
 * Item analysis for educators (and supervisors, for the attempts made for their cohorts' assignments): per
 * scenario, how often each option is chosen at every choice point and how its choosers scored, beside its key,
 * with possible miskeys and ambiguous splits flagged. analyse.ts is the view, item-csv.ts the same as CSV,
 * scenarios.ts the list of scenarios to analyse.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import type { Database } from '../../db/schema.ts';
import type { StoryCatalog } from '../story-catalog.ts';
import type { StoryVersions } from '../story-versions.ts';
import { analyseScenario, type AnalysisContext } from './analyse.ts';
import { itemAnalysisCsv } from './item-csv.ts';
import { scenarioActivity } from './scenarios.ts';
import { ReplayCache } from './tally.ts';
import { typedResponsesByPoint } from './typed-responses.ts';

export type * from './types.ts';

export function itemAnalysisService(db: Kysely<Database>, stories: StoryCatalog, versions: StoryVersions) {
  const ctx: AnalysisContext = { db, stories, versions, replays: new ReplayCache() };
  return {
    analyse: (actor: Actor, slug: string) => analyseScenario(ctx, actor, slug),
    /** The same analysis as CSV, one row per option. */
    csv: async (actor: Actor, slug: string) => itemAnalysisCsv(await analyseScenario(ctx, actor, slug)),
    /** Scenarios with recorded attempts and how many (completed among them), as the actor may see them. */
    scenarios: (actor: Actor) => scenarioActivity(ctx, actor),
    /** Per choice point, what trainees typed in respond-first play before choosing (issue 16). */
    typedResponses: (actor: Actor, slug: string) => typedResponsesByPoint(ctx, actor, slug),
  };
}

export type ItemAnalysisService = ReturnType<typeof itemAnalysisService>;
