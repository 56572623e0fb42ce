/**
 * Sending a draft for review, taking it back, and discarding it. A draft goes to one reviewer at a time: an
 * educator or administrator who is not one of its authors, and only a revision that is its newest and has no
 * errors. While in review the draft is read-only; withdrawing or being sent back makes it editable again.
 */
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { forbidden, Problem } from '../../core/errors.ts';
import { parseOrProblem, uuid } from '../../core/input.ts';
import type { DraftStatus } from '../../db/schema.ts';
import { authoredDraft, authorIds, type DraftRow } from './access.ts';
import type { AuthoringContext } from './context.ts';
import { recordEvent } from './events.ts';
import { reviewsOf } from './review-rows.ts';
import { draftSummary, revisionRow } from './summaries.ts';
import type { DraftSummary, Review } from './types.ts';

const submitSchema = z.strictObject({ revision: z.number().int().min(1), reviewerId: uuid });

export async function submitDraft(
  ctx: AuthoringContext,
  actor: Actor,
  draftId: string,
  input: unknown,
): Promise<{ review: Review }> {
  const { draft } = await authoredDraft(ctx, actor, draftId);
  const body = parseOrProblem(submitSchema, input, 'request for review');
  if (draft.status === 'in_review') throw new Problem(409, 'This draft is already waiting for review.');
  if (draft.status === 'published' || draft.status === 'discarded')
    throw new Problem(409, `This draft has been ${draft.status} and cannot be sent for review.`);
  if (body.revision !== Number(draft.revision))
    throw new Problem(
      409,
      `Only the newest revision (${draft.revision}) can be sent for review; revision ${body.revision} is not it.`,
    );
  const revision = (await revisionRow(ctx.db, draft.id, body.revision))!;
  if (revision.check_status !== 'ok')
    throw new Problem(422, 'This revision has errors. Fix every error the checker marks before sending it for review.');
  if ((await authorIds(ctx.db, draft)).includes(body.reviewerId))
    throw forbidden('A draft cannot be reviewed by its own owner or co-authors: choose another educator.');
  const reviewer = await ctx.db
    .selectFrom('user')
    .select(['id', 'role'])
    .where('id', '=', body.reviewerId)
    .executeTakeFirst();
  if (!reviewer || (reviewer.role !== 'educator' && reviewer.role !== 'admin'))
    throw new Problem(400, 'Choose the reviewer from the list: an educator or an administrator.');
  const id = crypto.randomUUID();
  const at = ctx.now().toISOString();
  const sent = await ctx.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('scenario_draft')
      .set({ status: 'in_review', updated_at: at })
      .where('id', '=', draft.id)
      .where('revision', '=', body.revision)
      .where('status', 'in', ['draft', 'changes_requested'])
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) return false;
    await trx
      .insertInto('draft_review')
      .values({
        id,
        draft_id: draft.id,
        revision: body.revision,
        requested_by: actor.id,
        reviewer_id: reviewer.id,
        status: 'pending',
        summary: null,
        created_at: at,
        decided_at: null,
      })
      .execute();
    await recordEvent(trx, {
      slug: draft.slug,
      draftId: draft.id,
      actorId: actor.id,
      action: 'submit',
      detail: `revision ${body.revision}`,
      at,
    });
    return true;
  });
  if (!sent) throw new Problem(409, 'The draft changed while it was being sent for review. Reload it and try again.');
  const row = await ctx.db.selectFrom('draft_review').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { review: (await reviewsOf(ctx.db, [row]))[0]! };
}

/** Closes the draft's pending review as withdrawn (inside the caller's transaction). */
async function withdrawPending(trx: AuthoringContext['db'], draft: DraftRow, at: string): Promise<number> {
  const result = await trx
    .updateTable('draft_review')
    .set({ status: 'withdrawn', decided_at: at })
    .where('draft_id', '=', draft.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Moves the draft from one of the statuses `from` to `to`, withdrawing a pending review with it and recording
 * `action`, in one transaction; 409 with `refused` when the draft left those statuses meanwhile. Answers the draft
 * as it now stands.
 */
async function moveDraft(
  ctx: AuthoringContext,
  actor: Actor,
  draft: DraftRow,
  move: { from: DraftStatus[]; to: DraftStatus; action: 'withdraw' | 'discard'; refused: string },
): Promise<{ draft: DraftSummary }> {
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('scenario_draft')
      .set({ status: move.to, updated_at: at })
      .where('id', '=', draft.id)
      .where('status', 'in', move.from)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) === 0) throw new Problem(409, move.refused);
    await withdrawPending(trx, draft, at);
    await recordEvent(trx, { slug: draft.slug, draftId: draft.id, actorId: actor.id, action: move.action, at });
  });
  const after = await ctx.db
    .selectFrom('scenario_draft')
    .selectAll()
    .where('id', '=', draft.id)
    .executeTakeFirstOrThrow();
  return { draft: await draftSummary(ctx.db, actor.id, after) };
}

/** A change one of the draft's authors makes to it, answering the draft as it then stands. */
type DraftVerb = (ctx: AuthoringContext, actor: Actor, draftId: string) => Promise<{ draft: DraftSummary }>;

/** Takes a draft back from review: the review is withdrawn and the draft editable again. */
export const withdrawDraft: DraftVerb = async (ctx, actor, draftId) => {
  const { draft } = await authoredDraft(ctx, actor, draftId);
  const refused = 'This draft is not waiting for review.';
  if (draft.status !== 'in_review') throw new Problem(409, refused);
  return moveDraft(ctx, actor, draft, { from: ['in_review'], to: 'draft', action: 'withdraw', refused });
};

/** Discards a draft (a pending review is withdrawn with it); a published draft stays as the record of its release. */
export const discardDraft: DraftVerb = async (ctx, actor, draftId) => {
  const { draft } = await authoredDraft(ctx, actor, draftId);
  if (draft.status === 'published')
    throw new Problem(409, 'This draft has been published; retire the scenario instead of discarding the draft.');
  if (draft.status === 'discarded') throw new Problem(409, 'This draft has already been discarded.');
  return moveDraft(ctx, actor, draft, {
    from: ['draft', 'changes_requested', 'in_review'],
    to: 'discarded',
    action: 'discard',
    refused: 'This draft changed meanwhile; reload it.',
  });
};
