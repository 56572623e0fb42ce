/**
 * Completing an attempt: every recorded choice is replayed against the story version the attempt began on and
 * scored with the shared engine; nothing the browser says about scores is read. Choices that do not replay
 * leave the attempt rejected, with the reason.
 */
import type { Kysely, Transaction } from 'kysely';
import { ReplayError, scoreRecorded, type RecordedChoice } from '../../../engine/replay.ts';
import { StoryRuntimeError } from '../../../engine/story-runner.ts';
import { readChoicePayload } from '../../core/json-column.ts';
import { writeScoreSummary } from '../../core/score-summary.ts';
import type { AttemptTable, Database } from '../../db/schema.ts';
import type { AttemptContext } from './context.ts';

/** An attempt's recorded choices, in the order they were made (rewinds included). */
export async function recordedChoices(executor: Kysely<Database>, attemptId: string): Promise<RecordedChoice[]> {
  const rows = await executor
    .selectFrom('attempt_event')
    .select(['payload'])
    .where('attempt_id', '=', attemptId)
    .where('type', '=', 'choice')
    .orderBy('seq')
    .execute();
  return rows.map((r) => readChoicePayload(r.payload));
}

/** Replays and scores on completion: the attempt becomes completed, or rejected with the reason. */
export async function finishAttempt(
  ctx: AttemptContext,
  trx: Transaction<Database>,
  attempt: AttemptTable,
  reflection: string,
  at: string,
): Promise<Partial<AttemptTable>> {
  const { bundle } = await ctx.versions.get(attempt.story_hash, trx);
  const choices = await recordedChoices(trx, attempt.id);
  try {
    const { report } = scoreRecorded(bundle.ink, bundle.rubric, choices, { allowRewind: attempt.mode === 'practice' });
    return {
      status: 'completed',
      completed_at: at,
      reflection: reflection.trim(),
      overall: report.overall,
      band: report.band,
      score: JSON.stringify(report),
      score_summary: writeScoreSummary(report),
    };
  } catch (error) {
    if (error instanceof ReplayError || error instanceof StoryRuntimeError) {
      return {
        status: 'rejected',
        completed_at: at,
        reflection: reflection.trim(),
        rejection: `The recorded choices do not replay: ${error.message}.`,
      };
    }
    throw error;
  }
}
