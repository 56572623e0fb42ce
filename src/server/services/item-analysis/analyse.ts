/**
 * Item analysis of one scenario, from its completed attempts: how often each option is chosen at every choice
 * point and how the trainees who chose it scored overall, beside the evidence the option is keyed with
 * (tally.ts counts, flags.ts flags).
 *
 * Educators and admins see every trainee's attempts; supervisors only those made for their cohorts'
 * assignments (supervision-access.ts); trainees are refused.
 */
import type { Kysely } from 'kysely';
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import type { RecordedChoice } from '../../../engine/replay.ts';
import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { isScenarioSlug } from '../../core/input.ts';
import { readChoicePayload } from '../../core/json-column.ts';
import type { Database } from '../../db/schema.ts';
import type { StoryCatalog } from '../story-catalog.ts';
import type { StoryVersions } from '../story-versions.ts';
import { supervisedAttemptIds } from '../supervision-access.ts';
import { analysePoints, tallyAttempts, type ReplayCache } from './tally.ts';
import type { ItemAnalysis } from './types.ts';

/** Read a batch of attempts' events this many at a time. */
const CHUNK = 500;

export interface AnalysisContext {
  db: Kysely<Database>;
  stories: StoryCatalog;
  versions: StoryVersions;
  /** Replays kept between analyses (a story version never changes); without it each analysis replays afresh. */
  replays?: ReplayCache;
}

/** Whose attempts the actor may analyse: everyone's, or only those made for their cohorts' assignments. */
export function analysisScope(actor: Actor): 'all' | 'supervised' {
  if (actor.role === 'educator' || actor.role === 'admin') return 'all';
  if (actor.role === 'supervisor') return 'supervised';
  throw forbidden('Item analysis is for educators, supervisors and administrators.');
}

async function choicesOf(db: Kysely<Database>, attemptIds: readonly string[]): Promise<Map<string, RecordedChoice[]>> {
  const choices = new Map<string, RecordedChoice[]>();
  for (let i = 0; i < attemptIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('attempt_event')
      .select(['attempt_id', 'payload'])
      .where('attempt_id', 'in', attemptIds.slice(i, i + CHUNK))
      .where('type', '=', 'choice')
      .orderBy('attempt_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) {
      const list = choices.get(r.attempt_id) ?? [];
      list.push(readChoicePayload(r.payload));
      choices.set(r.attempt_id, list);
    }
  }
  return choices;
}

export async function analyseScenario(ctx: AnalysisContext, actor: Actor, slug: string): Promise<ItemAnalysis> {
  const scope = analysisScope(actor);
  if (!isScenarioSlug(slug)) throw notFound('scenario');
  const current = await ctx.stories.current(slug);
  const stored = await ctx.versions.ofScenario(slug);
  if (!current && stored.length === 0) throw notFound('scenario');
  const bundles = new Map<string, ScenarioBundle>(stored.map((v) => [v.hash, v.bundle]));
  // Newest first: the current version, then the stored ones by when they were first played.
  const order = [...new Set([...(current ? [current.hash] : []), ...stored.map((v) => v.hash)])];
  const rank = new Map(order.map((h, i) => [h, i]));

  let q = ctx.db
    .selectFrom('attempt')
    .select(['attempt.id', 'attempt.story_hash', 'attempt.mode', 'attempt.overall'])
    .where('attempt.scenario', '=', slug)
    .where('attempt.status', '=', 'completed');
  if (scope === 'supervised') q = q.where('attempt.id', 'in', supervisedAttemptIds(ctx.db, actor.id));
  const attempts = await q.orderBy('attempt.id').execute();

  const tally = tallyAttempts(
    attempts,
    await choicesOf(
      ctx.db,
      attempts.map((a) => a.id),
    ),
    bundles,
    rank,
    ctx.replays,
  );
  const newestBundle =
    order.map((h) => (h === current?.hash ? current : bundles.get(h))).find((b): b is ScenarioBundle => !!b) ?? null;
  return {
    slug,
    title: current?.meta.title ?? stored[0]?.title ?? slug,
    attempts: [...tally.perVersion.values()].reduce((s, n) => s + n, 0),
    unreplayable: tally.unreplayable,
    versions: order
      .filter((h) => tally.perVersion.has(h))
      .map((hash) => ({ hash, attempts: tally.perVersion.get(hash)! })),
    scope,
    points: analysePoints(tally, newestBundle?.rubric ?? { domains: [] }),
    map: newestBundle?.map ?? null,
  };
}
