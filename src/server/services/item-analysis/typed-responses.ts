/**
 * What trainees actually said (issue 16): per choice point of a scenario, the responses typed in respond-first play
 * before the options were shown, most recent first and capped, with the option picked after each and any
 * supervisors' ratings, so educators can write better options. The same attempts as the rest of item analysis
 * (completed; everyone's for educators and admins, the supervisor's cohorts' for a supervisor), and the points are
 * named the same way (choice-points.ts). Trainees are not named: the analysis is about the options.
 */
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import { replayChoices } from '../../../engine/replay.ts';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { isScenarioSlug } from '../../core/input.ts';
import { pointIdOf } from '../choice-points.ts';
import { supervisedAttemptIds } from '../supervision-access.ts';
import { choicesOf, ratingsOf, typedResponsesOf } from '../typed-responses.ts';
import { analysisScope, type AnalysisContext } from './analyse.ts';

/** How many responses a point shows; the rest are counted. */
export const RESPONSES_PER_POINT = 20;

export interface PointResponse {
  response: string;
  /** The option picked after writing it, as the trainee saw it. */
  optionText: string | null;
  optionSource: string | null;
  /** When the attempt was completed. */
  at: string;
  ratings: { rating: number; note: string | null }[];
}

export interface PointResponses {
  /** All the responses typed at the point; `responses` holds the most recent of them. */
  total: number;
  responses: PointResponse[];
}

/** The typed responses of a scenario's analysed attempts, by choice point id. */
export async function typedResponsesByPoint(
  ctx: AnalysisContext,
  actor: Actor,
  slug: string,
  cap = RESPONSES_PER_POINT,
): Promise<Map<string, PointResponses>> {
  const scope = analysisScope(actor);
  if (!isScenarioSlug(slug)) throw notFound('scenario');
  // Only attempts played respond-first can hold typed words, so the rest are never read.
  let q = ctx.db
    .selectFrom('attempt')
    .select(['attempt.id', 'attempt.story_hash', 'attempt.mode', 'attempt.seed', 'attempt.completed_at'])
    .where('attempt.scenario', '=', slug)
    .where('attempt.status', '=', 'completed')
    .where('attempt.style', '=', 'respond-first');
  if (scope === 'supervised') q = q.where('attempt.id', 'in', supervisedAttemptIds(ctx.db, actor.id));
  const attempts = await q.orderBy('attempt.completed_at', 'desc').orderBy('attempt.id').execute();
  const out = new Map<string, PointResponses>();
  if (attempts.length === 0) return out;

  const choices = await choicesOf(
    ctx.db,
    attempts.map((a) => a.id),
  );
  const typed = await typedResponsesOf(ctx.db, attempts, choices);
  const withWords = attempts.filter((a) => typed.has(a.id));
  const [ratings, versions] = await Promise.all([
    ratingsOf(
      ctx.db,
      withWords.map((a) => a.id),
    ),
    ctx.versions.many(withWords.map((a) => a.story_hash)),
  ]);
  for (const a of withWords) {
    const bundle: ScenarioBundle | undefined = versions.get(a.story_hash)?.bundle;
    if (!bundle) continue;
    let points;
    try {
      points = replayChoices(bundle.ink, choices.get(a.id) ?? [], {
        allowRewind: a.mode === 'practice',
        seed: a.seed,
      }).points;
    } catch {
      continue; // Left out of item analysis as a whole too.
    }
    for (const t of typed.get(a.id)!) {
      const point = points[t.point];
      if (!point) continue;
      const id = pointIdOf(point.options);
      const entry = out.get(id) ?? { total: 0, responses: [] };
      entry.total++;
      if (entry.responses.length < cap) {
        const chosen = point.options.find((o) => o.index === t.optionIndex) ?? null;
        entry.responses.push({
          response: t.response,
          optionText: chosen?.text ?? t.optionText,
          optionSource: chosen?.source ?? null,
          at: a.completed_at ?? '',
          ratings: (ratings.get(a.id) ?? [])
            .filter((r) => r.point === t.point)
            .map((r) => ({ rating: r.rating, note: r.note })),
        });
      }
      out.set(id, entry);
    }
  }
  return out;
}
