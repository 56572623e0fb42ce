/**
 * Reading attempts: a person's own list (or, for a supervisor, the attempts of a trainee they supervise that were
 * made for their cohorts' assignments), and one attempt in full, rebuilt from its choices, for whoever may read it.
 */
import { replayChoices, type Replay } from '../../../engine/replay.ts';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { uuid } from '../../core/input.ts';
import { readScoreReport } from '../../core/json-column.ts';
import type { AttemptTable } from '../../db/schema.ts';
import { supervisedAttemptIds, supervisesAttempt, supervisesTrainee } from '../supervision-access.ts';
import type { AttemptContext } from './context.ts';
import { recordedChoices } from './finish.ts';
import { summarise, type AttemptDetail, type AttemptSummary } from './summary.ts';

/**
 * Whether `actor` may read `attempt`: its owner, an admin, or a supervisor of the cohort whose assignment
 * it was made for (supervision-access.ts).
 */
export async function mayReadAttempt(
  ctx: AttemptContext,
  actor: Actor,
  attempt: Pick<AttemptTable, 'user_id' | 'assignment_id'>,
): Promise<boolean> {
  return attempt.user_id === actor.id || supervisesAttempt(ctx.db, actor, attempt);
}

/** The actor's own attempts, newest first; or, for a supervisor, those of a trainee they supervise. */
export async function listAttempts(ctx: AttemptContext, actor: Actor, userId = actor.id): Promise<AttemptSummary[]> {
  if (userId !== actor.id && !(await supervisesTrainee(ctx.db, actor, userId))) throw notFound('user');
  let q = ctx.db.selectFrom('attempt');
  if (userId !== actor.id && actor.role !== 'admin')
    q = q.where('attempt.id', 'in', supervisedAttemptIds(ctx.db, actor.id));
  const rows = await q
    .innerJoin('story_version', 'story_version.hash', 'attempt.story_hash')
    .selectAll('attempt')
    .select('story_version.title')
    .where('attempt.user_id', '=', userId)
    .orderBy('attempt.started_at', 'desc')
    .orderBy('attempt.id')
    .execute();
  return rows.map((r) => summarise(r, ctx.versions));
}

/** One attempt in full, rebuilt from its choices; for whoever may read it (see mayReadAttempt). */
export async function getAttempt(ctx: AttemptContext, actor: Actor, attemptId: string): Promise<AttemptDetail> {
  if (!uuid.safeParse(attemptId).success) throw notFound('attempt');
  const row = await ctx.db.selectFrom('attempt').selectAll().where('id', '=', attemptId).executeTakeFirst();
  if (!row || !(await mayReadAttempt(ctx, actor, row))) throw notFound('attempt');
  const { bundle } = await ctx.versions.get(row.story_hash);
  const choices = await recordedChoices(ctx.db, attemptId);
  let replay: Replay | null;
  try {
    replay = replayChoices(bundle.ink, choices, { allowRewind: row.mode === 'practice', seed: row.seed });
  } catch {
    replay = null;
  }
  const summary = summarise(row, ctx.versions);
  return { ...summary, report: row.score ? readScoreReport(row.score) : null, replay, rubric: bundle.rubric };
}
