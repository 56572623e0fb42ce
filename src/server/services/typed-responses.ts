/**
 * The words trainees typed in respond-first play (issue 16), read from the choice events that carry them, and
 * the supervisors' ratings of them. Plain readers for many attempts at once, used by the review, the debrief,
 * the cohort's CSV, the personal data export and item analysis; who may read is checked by their callers.
 *
 * A response belongs to a choice point of the attempt's final path (after any rewinds in practice), the same
 * numbering the debrief and the review show, so a rating made at point n stays beside choice n + 1.
 */
import type { Kysely } from 'kysely';
import { finalPath, type RecordedChoice } from '../../engine/replay.ts';
import { readChoicePayload } from '../core/json-column.ts';
import type { Database } from '../db/schema.ts';

/** One typed response at one choice point, with the option picked after it (its ink index and text). */
export interface TypedResponse {
  point: number;
  response: string;
  optionIndex: number;
  optionText: string | null;
}

export interface ResponseRating {
  id: string;
  attemptId: string;
  point: number;
  /** -2 (harmful) to +2 (excellent). */
  rating: number;
  note: string | null;
  authorId: string | null;
  /** The rater's name; null when their account was erased. */
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The typed responses on the final path of recorded choices; a path that cannot be followed keeps the last choice per point. */
export function responsesOnPath(choices: readonly RecordedChoice[], allowRewind: boolean): TypedResponse[] {
  let path: RecordedChoice[];
  try {
    path = finalPath(choices, allowRewind).path;
  } catch {
    const byPoint = new Map<number, RecordedChoice>();
    for (const c of choices) byPoint.set(c.point, c);
    path = [...byPoint.values()].sort((a, b) => a.point - b.point);
  }
  return path.flatMap((c) =>
    typeof c.response === 'string' && c.response.trim() !== ''
      ? [{ point: c.point, response: c.response, optionIndex: c.index, optionText: c.text ?? null }]
      : [],
  );
}

/** The recorded choices of each attempt, in the order they were recorded. */
export async function choicesOf(
  db: Kysely<Database>,
  attemptIds: readonly string[],
): Promise<Map<string, RecordedChoice[]>> {
  const choices = new Map<string, RecordedChoice[]>();
  // In slices, so a cohort's worth of attempts never exceeds a database's limit on bound parameters.
  for (let i = 0; i < attemptIds.length; i += 500) {
    const ids = attemptIds.slice(i, i + 500);
    const rows = await db
      .selectFrom('attempt_event')
      .select(['attempt_id', 'payload'])
      .where('attempt_id', 'in', ids)
      .where('type', '=', 'choice')
      .orderBy('attempt_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) {
      const list = choices.get(r.attempt_id) ?? [];
      list.push(readChoicePayload(r.payload));
      choices.set(r.attempt_id, list);
    }
  }
  return choices;
}

/** The typed responses of each attempt (those with none are absent from the map). */
export async function typedResponsesOf(
  db: Kysely<Database>,
  attempts: readonly { id: string; mode: 'practice' | 'assessment' }[],
  recorded?: Map<string, RecordedChoice[]>,
): Promise<Map<string, TypedResponse[]>> {
  const out = new Map<string, TypedResponse[]>();
  if (attempts.length === 0) return out;
  const choices =
    recorded ??
    (await choicesOf(
      db,
      attempts.map((a) => a.id),
    ));
  for (const a of attempts) {
    const list = choices.get(a.id);
    if (!list?.some((c) => typeof c.response === 'string')) continue;
    const found = responsesOnPath(list, a.mode === 'practice');
    if (found.length) out.set(a.id, found);
  }
  return out;
}

/** The ratings of the typed responses of each attempt, oldest first. */
export async function ratingsOf(
  db: Kysely<Database>,
  attemptIds: readonly string[],
): Promise<Map<string, ResponseRating[]>> {
  const out = new Map<string, ResponseRating[]>();
  for (let i = 0; i < attemptIds.length; i += 500) {
    const rows = await db
      .selectFrom('response_rating as r')
      .leftJoin('user as u', 'u.id', 'r.author_id')
      .select([
        'r.id',
        'r.attempt_id',
        'r.point',
        'r.rating',
        'r.note',
        'r.author_id',
        'r.created_at',
        'r.updated_at',
        'u.name as author_name',
      ])
      .where('r.attempt_id', 'in', attemptIds.slice(i, i + 500))
      .orderBy('r.updated_at')
      .orderBy('r.id')
      .execute();
    for (const r of rows) {
      const list = out.get(r.attempt_id) ?? [];
      list.push({
        id: r.id,
        attemptId: r.attempt_id,
        point: Number(r.point),
        rating: Number(r.rating),
        note: r.note,
        authorId: r.author_id,
        authorName: r.author_name ?? null,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      });
      out.set(r.attempt_id, list);
    }
  }
  return out;
}
