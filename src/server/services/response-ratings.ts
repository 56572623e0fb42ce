/**
 * Supervisors' ratings of typed responses (issue 16): -2..+2 with an optional note, like a pinned comment but on
 * the words the trainee wrote at one choice point. One current rating per supervisor per point: rating again
 * replaces it. The review service (review.ts) checks who may rate (the attempt's supervisors and admins, as for
 * comments) and who may read (also the trainee) before calling these.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { Problem } from '../core/errors.ts';
import { parseOrProblem } from '../core/input.ts';
import type { Database } from '../db/schema.ts';
import { storableText } from '../text.ts';
import { ratingsOf, typedResponsesOf, type ResponseRating, type TypedResponse } from './typed-responses.ts';

export const RATING_MIN = -2;
export const RATING_MAX = 2;
export const RATING_NOTE_MAX = 2_000;

export const ratingSchema = z.strictObject({
  point: z.number().int().min(0).max(10_000),
  rating: z
    .number()
    .int('must be a whole number')
    .min(RATING_MIN, `at least ${RATING_MIN}`)
    .max(RATING_MAX, `at most +${RATING_MAX}`),
  /** Blank is no note. */
  note: storableText(RATING_NOTE_MAX, 'must be at most 2,000 characters')
    .transform((s) => s.trim())
    .nullable()
    .optional(),
});

/** A typed response with the ratings supervisors gave it. */
export interface RatedResponse extends TypedResponse {
  ratings: ResponseRating[];
}

/** The attempt's typed responses, each with its ratings (oldest first). */
export async function ratedResponses(
  db: Kysely<Database>,
  attempt: { id: string; mode: 'practice' | 'assessment' },
): Promise<RatedResponse[]> {
  const [responses, ratings] = await Promise.all([typedResponsesOf(db, [attempt]), ratingsOf(db, [attempt.id])]);
  const all = ratings.get(attempt.id) ?? [];
  return (responses.get(attempt.id) ?? []).map((r) => ({ ...r, ratings: all.filter((x) => x.point === r.point) }));
}

/** Rates the typed response at a point as `actor` (already checked to supervise the attempt), replacing their earlier rating. */
export async function rateResponse(
  db: Kysely<Database>,
  actor: Actor,
  attempt: { id: string; mode: 'practice' | 'assessment' },
  input: unknown,
  at: string,
): Promise<ResponseRating> {
  const body = parseOrProblem(ratingSchema, input, 'rating');
  const responses = (await typedResponsesOf(db, [attempt])).get(attempt.id) ?? [];
  if (!responses.some((r) => r.point === body.point)) {
    throw new Problem(422, `There is no typed response at choice ${body.point + 1} of this attempt to rate.`);
  }
  const note = body.note ? body.note : null;
  const id = crypto.randomUUID();
  // One statement on both databases, so two saves at once leave one rating (the unique constraint decides).
  await db
    .insertInto('response_rating')
    .values({
      id,
      attempt_id: attempt.id,
      point: body.point,
      author_id: actor.id,
      rating: body.rating,
      note,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['attempt_id', 'point', 'author_id']).doUpdateSet({ rating: body.rating, note, updated_at: at }),
    )
    .execute();
  const saved = (await ratingsOf(db, [attempt.id]))
    .get(attempt.id)
    ?.find((r) => r.point === body.point && r.authorId === actor.id);
  if (!saved) throw new Error('the rating was not saved');
  return saved;
}
