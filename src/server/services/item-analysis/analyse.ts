/**
 * Item analysis of one scenario, from its completed attempts: how often each option is chosen at every choice
 * point and how the trainees who chose it scored overall, beside the evidence the option is keyed with
 * (tally.ts counts, flags.ts flags).
 *
 * Educators and admins see every trainee's attempts; supervisors only those made for their cohorts'
 * assignments (supervision-access.ts); trainees are refused.
 */
import { sql, type Kysely } from 'kysely';
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import type { RecordedChoice } from '../../../engine/replay.ts';
import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { isScenarioSlug } from '../../core/input.ts';
import { StoredValueError } from '../../core/json-column.ts';
import type { Database } from '../../db/schema.ts';
import type { StoryCatalog } from '../story-catalog.ts';
import type { StoryVersions } from '../story-versions.ts';
import { supervisedAttemptIds } from '../supervision-access.ts';
import { analysePoints, tallyAttempts, type ReplayCache } from './tally.ts';
import type { ItemAnalysis } from './types.ts';

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

/** A stored choice payload as readChoicePayload reads it, checked by hand: there are tens of thousands per analysis. */
function choiceOf(value: unknown): RecordedChoice {
  const v = value as Partial<RecordedChoice> | null;
  if (
    typeof v !== 'object' ||
    v === null ||
    typeof v.point !== 'number' ||
    typeof v.index !== 'number' ||
    (v.text !== undefined && typeof v.text !== 'string')
  )
    throw new StoredValueError('attempt_event.payload', 'a choice must have a numeric point and index');
  return v as RecordedChoice;
}

/** An attempt's choice payloads as the database joined them (below), read as one JSON list. */
function choicesIn(payloads: string | null): RecordedChoice[] {
  if (!payloads) return [];
  let list: unknown[];
  try {
    list = JSON.parse(`[${payloads}]`) as unknown[];
  } catch (error) {
    throw new StoredValueError('attempt_event.payload', `it is not JSON (${(error as Error).message})`);
  }
  return list.map(choiceOf);
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

  // Each attempt with its choice payloads joined in order by the database (`string_agg … order by seq`, in SQLite
  // since 3.44 and in PostgreSQL), one row per attempt read through the events' primary key: a row per event (some
  // 20,000 for 2,000 attempts), each parsed and checked on its own, was most of an analysis once replays were kept.
  let q = ctx.db
    .selectFrom('attempt')
    .select(['attempt.id', 'attempt.story_hash', 'attempt.mode', 'attempt.overall'])
    .select((eb) =>
      eb
        .selectFrom('attempt_event')
        .select(sql<string>`string_agg(attempt_event.payload, ',' order by attempt_event.seq)`.as('payloads'))
        .whereRef('attempt_event.attempt_id', '=', 'attempt.id')
        .where('attempt_event.type', '=', 'choice')
        .as('payloads'),
    )
    .where('attempt.scenario', '=', slug)
    .where('attempt.status', '=', 'completed');
  if (scope === 'supervised') q = q.where('attempt.id', 'in', supervisedAttemptIds(ctx.db, actor.id));
  const attempts = await q.orderBy('attempt.id').execute();
  const choices = new Map(attempts.map((a) => [a.id, choicesIn(a.payloads)]));

  const tally = tallyAttempts(attempts, choices, bundles, rank, ctx.replays);
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
