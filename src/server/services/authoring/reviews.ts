/**
 * A review as its reviewer and the draft's authors read it (the revision under review, the published version
 * it revises and the diff against it), and the reviewer's line comments. Nobody else reads a review, an
 * administrator included: it shows a private draft.
 */
import { z } from 'zod';
import type { Actor } from '../../core/actor.ts';
import { forbidden, notFound, Problem } from '../../core/errors.ts';
import { isId, parseOrProblem } from '../../core/input.ts';
import type { DraftReviewTable } from '../../db/schema.ts';
import { storableText } from '../../text.ts';
import { authorIds, requireAuthoring, type DraftRow } from './access.ts';
import type { AuthoringContext } from './context.ts';
import { diffOf } from './diff.ts';
import { recordEvent } from './events.ts';
import { reviewsOf } from './review-rows.ts';
import { baseOf, draftSummary, revisionOf, revisionRow } from './summaries.ts';
import { inkFileOf } from './texts.ts';
import type { BaseFiles, Comment, Diff, DraftSummary, Review, Revision } from './types.ts';

export interface ReviewAccess {
  review: DraftReviewTable;
  draft: DraftRow;
  /** Whether the actor is the reviewer (else they are one of the draft's authors). */
  reviewer: boolean;
}

/** The review when `actor` is its reviewer or an author of its draft; 404 for anyone else. */
export async function visibleReview(ctx: AuthoringContext, actor: Actor, reviewId: string): Promise<ReviewAccess> {
  requireAuthoring(actor);
  if (!isId(reviewId)) throw notFound('review');
  const review = await ctx.db.selectFrom('draft_review').selectAll().where('id', '=', reviewId).executeTakeFirst();
  if (!review) throw notFound('review');
  const draft = await ctx.db
    .selectFrom('scenario_draft')
    .selectAll()
    .where('id', '=', review.draft_id)
    .executeTakeFirstOrThrow();
  if (review.reviewer_id === actor.id) return { review, draft, reviewer: true };
  if ((await authorIds(ctx.db, draft)).includes(actor.id)) return { review, draft, reviewer: false };
  throw notFound('review');
}

/** The review's reviewer while it waits for a decision; 403 for an author, 409 once decided. */
export async function pendingForReviewer(ctx: AuthoringContext, actor: Actor, reviewId: string): Promise<ReviewAccess> {
  const found = await visibleReview(ctx, actor, reviewId);
  if (!found.reviewer) throw forbidden('Only the reviewer asked can comment on or decide a review, never an author.');
  // Someone made a co-author after the request cannot decide on what they now write.
  if ((await authorIds(ctx.db, found.draft)).includes(actor.id))
    throw forbidden('You are now one of this draft’s authors, so you cannot review it.');
  if (found.review.status !== 'pending') throw new Problem(409, 'This review has already been closed.');
  return found;
}

export async function readReview(
  ctx: AuthoringContext,
  actor: Actor,
  reviewId: string,
): Promise<{ review: Review; draft: DraftSummary; revision: Revision; base: BaseFiles | null; diff: Diff | null }> {
  const { review, draft } = await visibleReview(ctx, actor, reviewId);
  const revision = await revisionOf(ctx.db, (await revisionRow(ctx.db, draft.id, Number(review.revision)))!);
  const base = await baseOf(ctx.db, draft);
  return {
    review: (await reviewsOf(ctx.db, [review]))[0]!,
    draft: await draftSummary(ctx.db, actor.id, draft),
    revision,
    base,
    diff: base ? diffOf({ yaml: base.yaml, ink: base.ink, inkFile: inkFileOf(base.yaml) }, revision) : null,
  };
}

const commentSchema = z.strictObject({
  file: z.string().max(200),
  line: z.number().int().min(1).max(1_000_000).nullable(),
  body: storableText(4000)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'write the comment')),
});

export async function addComment(
  ctx: AuthoringContext,
  actor: Actor,
  reviewId: string,
  input: unknown,
): Promise<{ comment: Comment }> {
  const { review, draft } = await pendingForReviewer(ctx, actor, reviewId);
  const body = parseOrProblem(commentSchema, input, 'comment');
  const revision = (await revisionRow(ctx.db, draft.id, Number(review.revision)))!;
  const files = { 'scenario.yaml': revision.yaml, [inkFileOf(revision.yaml)]: revision.ink };
  const text = files[body.file];
  if (text === undefined)
    throw new Problem(
      400,
      `Comment on scenario.yaml or ${inkFileOf(revision.yaml)}: the draft has no file "${body.file}".`,
    );
  if (body.line !== null && body.line > text.split('\n').length)
    throw new Problem(400, `${body.file} has no line ${body.line}.`);
  const id = crypto.randomUUID();
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('review_comment')
      .values({
        id,
        review_id: review.id,
        file: body.file,
        line: body.line,
        body: body.body,
        author_id: actor.id,
        created_at: at,
      })
      .execute();
    await recordEvent(trx, {
      slug: draft.slug,
      draftId: draft.id,
      actorId: actor.id,
      action: 'comment',
      detail: body.line === null ? body.file : `${body.file}:${body.line}`,
      at,
    });
  });
  const after = (await reviewsOf(ctx.db, [review]))[0]!;
  return { comment: after.comments.find((c) => c.id === id)! };
}
