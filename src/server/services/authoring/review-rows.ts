/** Reviews and their line comments as the API shows them. */
import type { Kysely } from 'kysely';
import type { Database, DraftReviewTable } from '../../db/schema.ts';
import { namesOf, personOf } from './people.ts';
import type { Comment, Review } from './types.ts';

/** These reviews with their comments (oldest comment first), in the order given. */
export async function reviewsOf(db: Kysely<Database>, rows: readonly DraftReviewTable[]): Promise<Review[]> {
  if (rows.length === 0) return [];
  const comments = await db
    .selectFrom('review_comment')
    .selectAll()
    .where(
      'review_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const names = await namesOf(db, [
    ...rows.flatMap((r) => [r.requested_by, r.reviewer_id]),
    ...comments.map((c) => c.author_id),
  ]);
  return rows.map((r) => ({
    id: r.id,
    draftId: r.draft_id,
    revision: Number(r.revision),
    status: r.status,
    requestedBy: personOf(r.requested_by, names),
    reviewer: personOf(r.reviewer_id, names),
    summary: r.summary,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
    comments: comments
      .filter((c) => c.review_id === r.id)
      .map((c): Comment => ({
        id: c.id,
        reviewId: c.review_id,
        file: c.file,
        line: c.line === null ? null : Number(c.line),
        body: c.body,
        author: personOf(c.author_id, names),
        createdAt: c.created_at,
      })),
  }));
}

/** A draft's reviews, newest first. */
export async function reviewsOfDraft(db: Kysely<Database>, draftId: string): Promise<Review[]> {
  const rows = await db
    .selectFrom('draft_review')
    .selectAll()
    .where('draft_id', '=', draftId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return reviewsOf(db, rows);
}
