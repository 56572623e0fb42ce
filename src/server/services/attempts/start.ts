/**
 * Starting an attempt: on the scenario's current story version (kept in `story_version` so the attempt is always
 * replayed against it), for an assignment when one is named (assignment-start.ts checks it). Starting the same
 * id again is harmless.
 */
import { startMessage } from '../../../lib/attempt-protocol.ts';
import type { Actor } from '../../core/actor.ts';
import { Problem } from '../../core/errors.ts';
import { parseOrProblem } from '../../core/input.ts';
import type { AttemptTable } from '../../db/schema.ts';
import { checkAssignmentStart } from '../assignment-start.ts';
import type { AttemptContext } from './context.ts';
import { summarise, type AttemptSummary } from './summary.ts';

export async function startAttempt(
  ctx: AttemptContext,
  actor: Actor,
  input: unknown,
): Promise<{ attempt: AttemptSummary; created: boolean }> {
  const body = parseOrProblem(startMessage, input, 'attempt');
  const bundle = await ctx.stories.current(body.scenario);
  if (!bundle) throw new Problem(404, `There is no scenario called "${body.scenario}".`);
  if (bundle.hash !== body.storyHash) {
    throw new Problem(
      409,
      'This scenario has been revised since the page was loaded. Reload the page to play the current version.',
      {
        currentHash: bundle.hash,
      },
    );
  }
  const style = body.style ?? 'choose';
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await ctx.versions.keep(trx, bundle, at);
    const existing = await trx.selectFrom('attempt').selectAll().where('id', '=', body.id).executeTakeFirst();
    if (existing) {
      if (existing.user_id !== actor.id) throw new Problem(409, 'That attempt id is already in use.');
      if (
        existing.scenario !== body.scenario ||
        existing.mode !== body.mode ||
        existing.assignment_id !== (body.assignmentId ?? null) ||
        (existing.style ?? 'choose') !== style
      ) {
        throw new Problem(409, 'That attempt id was started for another scenario, mode, way of playing or assignment.');
      }
      return { attempt: summarise(existing, ctx.versions), created: false };
    }
    if (body.assignmentId)
      await checkAssignmentStart(
        trx,
        ctx.dialect,
        actor.id,
        { assignmentId: body.assignmentId, scenario: body.scenario, mode: body.mode, style },
        at,
      );
    const row: AttemptTable = {
      id: body.id,
      user_id: actor.id,
      scenario: body.scenario,
      story_hash: bundle.hash,
      mode: body.mode,
      status: 'in_progress',
      last_seq: 0,
      path_len: 0,
      started_at: at,
      updated_at: at,
      completed_at: null,
      reflection: null,
      overall: null,
      band: null,
      score: null,
      score_summary: null,
      rejection: null,
      assignment_id: body.assignmentId ?? null,
      seed: body.seed ?? null,
      // Null for ordinary play, as attempts recorded before respond-first are.
      style: style === 'respond-first' ? style : null,
      reviewed_at: null,
      reviewed_by: null,
    };
    await trx.insertInto('attempt').values(row).execute();
    return { attempt: summarise(row, ctx.versions), created: true };
  });
}
