/**
 * Supervisors' review of an attempt: comments pinned to a choice point or to the attempt as a whole,
 * marking an attempt reviewed, and the trainee's side (reading the comments, which marks them seen, and
 * how many are new to them), and ratings of the words typed in respond-first play (response-ratings.ts).
 *
 * Who may do what, checked on the records each time: a supervisor of the cohort whose assignment the attempt
 * was made for (or an administrator) comments, rates typed responses and marks reviewed; the trainee and those
 * supervisors read the comments and ratings; only
 * the trainee marks them seen. Anyone else is told the attempt does not exist.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { MapLayout } from '../../engine/branch-map.ts';
import type { Actor } from '../core/actor.ts';
import { notFound, Problem } from '../core/errors.ts';
import { parseOrProblem, uuid } from '../core/input.ts';
import type { Database } from '../db/schema.ts';
import { storableText } from '../text.ts';
import type { AttemptDetail, AttemptService } from './attempts/service.ts';
import type { StoryVersions } from './story-versions.ts';
import type { CsvExport } from './exports/cohort-csv.ts';
import { cohortResponsesCsv } from './exports/responses-csv.ts';
import { rateResponse, ratedResponses, type RatedResponse } from './response-ratings.ts';
import { supervisesAttempt } from './supervision-access.ts';
import type { ResponseRating } from './typed-responses.ts';

export const commentSchema = z.strictObject({
  point: z.number().int().min(0).max(10_000).nullable(),
  body: storableText(5_000, 'must be at most 5,000 characters')
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, 'must not be empty'),
});

export const reviewedSchema = z.strictObject({ reviewed: z.boolean() });

export interface AttemptComment {
  id: string;
  attemptId: string;
  /** The choice point (0-based) it is pinned to, or null for the whole attempt. */
  point: number | null;
  body: string;
  authorId: string | null;
  /** The author's name; null when their account was erased. */
  authorName: string | null;
  createdAt: string;
  seenAt: string | null;
}

export interface ReviewDetail {
  attempt: AttemptDetail;
  trainee: { id: string; name: string; email: string } | null;
  comments: AttemptComment[];
  /** The words typed before each choice in respond-first play, with their ratings; empty for ordinary play. */
  responses: RatedResponse[];
  reviewedAt: string | null;
  reviewedBy: string | null;
  /** The story version's branch map, where the authoring toolkit made one. */
  map: MapLayout | null;
  /** Whether the actor may comment and mark it reviewed. */
  canReview: boolean;
}

export interface UnseenComments {
  count: number;
  attempts: { id: string; title: string; count: number }[];
}

export function reviewService(
  db: Kysely<Database>,
  attempts: AttemptService,
  versions: StoryVersions,
  now: () => Date = () => new Date(),
) {
  async function attemptRow(attemptId: string) {
    if (!uuid.safeParse(attemptId).success) return undefined;
    return db
      .selectFrom('attempt')
      .select(['id', 'user_id', 'assignment_id', 'status', 'path_len', 'mode', 'reviewed_at', 'reviewed_by'])
      .where('id', '=', attemptId)
      .executeTakeFirst();
  }

  /** The attempt, when the actor supervises it (made for their cohort's assignment); 404 otherwise (the trainee included). */
  async function forReviewer(actor: Actor, attemptId: string) {
    const row = await attemptRow(attemptId);
    if (!row || row.user_id === actor.id || !(await supervisesAttempt(db, actor, row))) throw notFound('attempt');
    return row;
  }

  async function comments(attemptId: string): Promise<AttemptComment[]> {
    const rows = await db
      .selectFrom('attempt_comment')
      .leftJoin('user', 'user.id', 'attempt_comment.author_id')
      .select([
        'attempt_comment.id',
        'attempt_comment.attempt_id',
        'attempt_comment.point',
        'attempt_comment.body',
        'attempt_comment.author_id',
        'attempt_comment.created_at',
        'attempt_comment.seen_at',
        'user.name as author_name',
      ])
      .where('attempt_comment.attempt_id', '=', attemptId)
      .orderBy('attempt_comment.created_at')
      .orderBy('attempt_comment.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      attemptId: r.attempt_id,
      point: r.point === null ? null : Number(r.point),
      body: r.body,
      authorId: r.author_id,
      authorName: r.author_name ?? null,
      createdAt: r.created_at,
      seenAt: r.seen_at,
    }));
  }

  return {
    /** Pins a comment to a choice point of the attempt's path, or (point null) to the whole attempt. */
    async addComment(actor: Actor, attemptId: string, input: unknown): Promise<AttemptComment> {
      const row = await forReviewer(actor, attemptId);
      const body = parseOrProblem(commentSchema, input, 'comment');
      if (body.point !== null) {
        // The points of the path as it stands (after any rewinds), as the review shows them.
        const detail = await attempts.get(actor, attemptId);
        const points = detail.replay?.points.length ?? Number(row.path_len);
        if (body.point >= points) {
          throw new Problem(
            422,
            `This attempt has ${points} choice point${points === 1 ? '' : 's'}; there is no choice ${body.point + 1} to comment on.`,
          );
        }
      }
      const comment = {
        id: crypto.randomUUID(),
        attempt_id: attemptId,
        author_id: actor.id,
        point: body.point,
        body: body.body,
        created_at: now().toISOString(),
        seen_at: null,
      };
      await db.insertInto('attempt_comment').values(comment).execute();
      const author = await db.selectFrom('user').select('name').where('id', '=', actor.id).executeTakeFirst();
      return {
        id: comment.id,
        attemptId,
        point: comment.point,
        body: comment.body,
        authorId: actor.id,
        authorName: author?.name ?? null,
        createdAt: comment.created_at,
        seenAt: null,
      };
    },

    /** The comments on an attempt, oldest first: for the trainee and those who supervise them. */
    async listComments(actor: Actor, attemptId: string): Promise<AttemptComment[]> {
      const row = await attemptRow(attemptId);
      if (!row || !(await attempts.mayRead(actor, row))) throw notFound('attempt');
      return comments(attemptId);
    },

    /** Rates the typed response at a choice point (-2..+2, optional note); the actor's earlier rating of it is replaced. */
    async rateResponse(actor: Actor, attemptId: string, input: unknown): Promise<ResponseRating> {
      const row = await forReviewer(actor, attemptId);
      return rateResponse(db, actor, row, input, now().toISOString());
    },

    /** The typed responses with their ratings: for the trainee and those who supervise them. */
    async listResponses(actor: Actor, attemptId: string): Promise<RatedResponse[]> {
      const row = await attemptRow(attemptId);
      if (!row || !(await attempts.mayRead(actor, row))) throw notFound('attempt');
      return ratedResponses(db, row);
    },

    /** A cohort's typed responses with their ratings as CSV; for the cohort's supervisors and admins (404 otherwise). */
    async cohortResponsesCsv(actor: Actor, cohortId: string): Promise<CsvExport> {
      return cohortResponsesCsv(db, versions, actor, cohortId);
    },

    /** The trainee has now seen every comment on their attempt; returns how many were new. */
    async markSeen(actor: Actor, attemptId: string): Promise<number> {
      const row = await attemptRow(attemptId);
      if (!row || row.user_id !== actor.id) throw notFound('attempt');
      const result = await db
        .updateTable('attempt_comment')
        .set({ seen_at: now().toISOString() })
        .where('attempt_id', '=', attemptId)
        .where('seen_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Marks the attempt reviewed by the actor (or, with `reviewed: false`, not reviewed). */
    async markReviewed(
      actor: Actor,
      attemptId: string,
      input: unknown = { reviewed: true },
    ): Promise<{ reviewedAt: string | null; reviewedBy: string | null }> {
      const row = await forReviewer(actor, attemptId);
      const { reviewed } = parseOrProblem(reviewedSchema, input, 'review');
      if (reviewed && row.status !== 'completed')
        throw new Problem(409, 'Only a completed attempt can be marked as reviewed.');
      const set = reviewed
        ? { reviewed_at: now().toISOString(), reviewed_by: actor.id }
        : { reviewed_at: null, reviewed_by: null };
      await db.updateTable('attempt').set(set).where('id', '=', attemptId).execute();
      return { reviewedAt: set.reviewed_at, reviewedBy: set.reviewed_by };
    },

    /** Everything the review page shows; for supervisors of the trainee and administrators only. */
    async reviewDetail(actor: Actor, attemptId: string): Promise<ReviewDetail> {
      const row = await forReviewer(actor, attemptId);
      const attempt = await attempts.get(actor, attemptId);
      const [trainee, reviewer, version] = await Promise.all([
        db.selectFrom('user').select(['id', 'name', 'email']).where('id', '=', row.user_id).executeTakeFirst(),
        row.reviewed_by
          ? db.selectFrom('user').select('name').where('id', '=', row.reviewed_by).executeTakeFirst()
          : Promise.resolve(undefined),
        versions.get(attempt.storyHash),
      ]);
      return {
        attempt,
        trainee: trainee ?? null,
        comments: await comments(attemptId),
        responses: await ratedResponses(db, row),
        reviewedAt: row.reviewed_at,
        reviewedBy: row.reviewed_by ? (reviewer?.name ?? 'an erased account') : null,
        map: version.bundle.map ?? null,
        canReview: true,
      };
    },

    /** Comments on the actor's own attempts that they have not seen yet, per attempt (newest first). */
    async unseenComments(actor: Actor): Promise<UnseenComments> {
      const rows = await db
        .selectFrom('attempt_comment')
        .innerJoin('attempt', 'attempt.id', 'attempt_comment.attempt_id')
        .innerJoin('story_version', 'story_version.hash', 'attempt.story_hash')
        .select(['attempt.id', 'story_version.title'])
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('attempt_comment.created_at').as('latest')])
        .where('attempt.user_id', '=', actor.id)
        .where('attempt_comment.seen_at', 'is', null)
        .groupBy(['attempt.id', 'story_version.title'])
        .execute();
      const list = rows
        .map((r) => ({ id: r.id, title: r.title, count: Number(r.n), latest: String(r.latest) }))
        .sort((a, b) => b.latest.localeCompare(a.latest))
        .map(({ latest: _, ...rest }) => rest);
      return { count: list.reduce((n, a) => n + a.count, 0), attempts: list };
    },

    /** How many comments on the actor's own attempts are new to them. */
    async unseenCommentCount(actor: Actor): Promise<number> {
      const row = await db
        .selectFrom('attempt_comment')
        .innerJoin('attempt', 'attempt.id', 'attempt_comment.attempt_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('attempt.user_id', '=', actor.id)
        .where('attempt_comment.seen_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type ReviewService = ReturnType<typeof reviewService>;
