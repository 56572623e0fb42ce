/**
 * The reviewer's decision. Sending back needs a summary or at least one comment, and makes the draft editable
 * again. Approving publishes: the revision is checked once more (the checker or the rubric may have changed
 * since it was saved) and, when it still has no errors, becomes the scenario's next release, live at once.
 */
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { Problem } from '../../core/errors.ts';
import { parseOrProblem } from '../../core/input.ts';
import { storableText } from '../../text.ts';
import { checkTexts } from './check.ts';
import type { AuthoringContext } from './context.ts';
import { recordEvent } from './events.ts';
import { publishRevision } from './publish.ts';
import { releaseOf } from './releases.ts';
import { reviewsOf } from './review-rows.ts';
import { pendingForReviewer } from './reviews.ts';
import { inCatalogue, slugTaken } from './slugs.ts';
import { revisionRow } from './summaries.ts';
import type { Release, Review } from './types.ts';

const decisionSchema = z.strictObject({
  decision: z.enum(['approve', 'send_back']),
  summary: storableText(4000)
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
});

export async function decideReview(
  ctx: AuthoringContext,
  actor: Actor,
  reviewId: string,
  input: unknown,
): Promise<{ review: Review; release?: Release }> {
  const { review, draft } = await pendingForReviewer(ctx, actor, reviewId);
  const body = parseOrProblem(decisionSchema, input, 'decision');
  const summary = body.summary ?? null;
  const at = ctx.now().toISOString();
  const reread = async () =>
    (
      await reviewsOf(ctx.db, [
        await ctx.db.selectFrom('draft_review').selectAll().where('id', '=', review.id).executeTakeFirstOrThrow(),
      ])
    )[0]!;
  const closed = () => new Problem(409, 'This review has already been closed.');

  if (body.decision === 'send_back') {
    const comments = await ctx.db
      .selectFrom('review_comment')
      .select('id')
      .where('review_id', '=', review.id)
      .executeTakeFirst();
    if (!summary && !comments)
      throw new Problem(
        400,
        'Say what to change: write a summary or comment on at least one line before sending it back.',
      );
    await ctx.db.transaction().execute(async (trx) => {
      const decided = await trx
        .updateTable('draft_review')
        .set({ status: 'changes_requested', summary, decided_at: at })
        .where('id', '=', review.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(decided.numUpdatedRows) === 0) throw closed();
      await trx
        .updateTable('scenario_draft')
        .set({ status: 'changes_requested', updated_at: at })
        .where('id', '=', draft.id)
        .where('status', '=', 'in_review')
        .execute();
      await recordEvent(trx, { slug: draft.slug, draftId: draft.id, actorId: actor.id, action: 'send_back', at });
    });
    return { review: await reread() };
  }

  const revision = (await revisionRow(ctx.db, draft.id, Number(review.revision)))!;
  if (draft.base_version === null && (await inCatalogue(ctx, draft.slug))) throw slugTaken(draft.slug);
  const checked = await checkTexts(ctx, draft.slug, revision.yaml, revision.ink);
  if (!checked.bundle)
    throw new Problem(
      422,
      'The checker now finds errors in this revision, so it cannot be published. Send it back so its authors can fix them.',
    );
  const bundle = checked.bundle;
  const version = await ctx.db.transaction().execute(async (trx) => {
    const decided = await trx
      .updateTable('draft_review')
      .set({ status: 'approved', summary, decided_at: at })
      .where('id', '=', review.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(decided.numUpdatedRows) === 0) throw closed();
    await recordEvent(trx, {
      slug: draft.slug,
      draftId: draft.id,
      actorId: actor.id,
      action: 'approve',
      detail: `revision ${revision.number}`,
      at,
    });
    return publishRevision(ctx, trx, {
      draft,
      revision: Number(revision.number),
      yaml: revision.yaml,
      ink: revision.ink,
      bundle,
      authorId: draft.owner_id,
      approverId: actor.id,
      at,
    });
  });
  return { review: await reread(), release: await releaseOf(ctx.db, draft.slug, version) };
}
