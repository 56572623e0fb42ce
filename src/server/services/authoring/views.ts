/** The author's lists and one draft in full. */
import type { Actor } from '../../core/actor.ts';
import { readableDraft, requireAuthoring } from './access.ts';
import type { AuthoringContext } from './context.ts';
import { reviewsOf, reviewsOfDraft } from './review-rows.ts';
import { baseOf, draftSummaries, draftSummary, revisionOf, revisionRow } from './summaries.ts';
import type { BaseFiles, DraftSummary, Review, Revision } from './types.ts';

/** The drafts `actor` owns or co-authors (not discarded), newest first, and the pending reviews asked of them. */
export async function listDrafts(
  ctx: AuthoringContext,
  actor: Actor,
): Promise<{ drafts: DraftSummary[]; reviews: (Review & { draft: DraftSummary })[] }> {
  requireAuthoring(actor);
  const drafts = await ctx.db
    .selectFrom('scenario_draft')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('owner_id', '=', actor.id),
        eb.exists(
          eb
            .selectFrom('draft_coauthor as c')
            .select('c.user_id')
            .whereRef('c.draft_id', '=', 'scenario_draft.id')
            .where('c.user_id', '=', actor.id),
        ),
      ]),
    )
    .where('status', '!=', 'discarded')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  const pending = await ctx.db
    .selectFrom('draft_review')
    .selectAll()
    .where('reviewer_id', '=', actor.id)
    .where('status', '=', 'pending')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const reviewed = pending.length
    ? await ctx.db
        .selectFrom('scenario_draft')
        .selectAll()
        .where(
          'id',
          'in',
          pending.map((r) => r.draft_id),
        )
        .execute()
    : [];
  const reviewedSummaries = new Map((await draftSummaries(ctx.db, actor.id, reviewed)).map((d) => [d.id, d] as const));
  const reviews = await reviewsOf(ctx.db, pending);
  return {
    drafts: await draftSummaries(ctx.db, actor.id, drafts),
    reviews: reviews.map((r) => ({ ...r, draft: reviewedSummaries.get(r.draftId)! })),
  };
}

/** One draft: its summary, newest revision, reviews (newest first) and, when it revises a release, that release's files. */
export async function getDraft(
  ctx: AuthoringContext,
  actor: Actor,
  draftId: string,
): Promise<{ draft: DraftSummary; revision: Revision; reviews: Review[]; base: BaseFiles | null }> {
  const { draft } = await readableDraft(ctx, actor, draftId);
  return {
    draft: await draftSummary(ctx.db, actor.id, draft),
    revision: await revisionOf(ctx.db, (await revisionRow(ctx.db, draft.id, Number(draft.revision)))!),
    reviews: await reviewsOfDraft(ctx.db, draft.id),
    base: await baseOf(ctx.db, draft),
  };
}
