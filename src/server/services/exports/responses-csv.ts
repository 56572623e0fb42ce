/**
 * A cohort's typed responses as CSV (issue 16): one row per response typed in respond-first play in an attempt
 * made for the cohort's assignments, with the trainee, scenario, attempt, the choice point (its number on the path
 * and the passage it is in, named as item analysis names it), the words, the option picked, and the supervisors'
 * ratings. A separate document from the results CSV, which has one row per attempt. csv.ts guards every cell.
 */
import type { Kysely } from 'kysely';
import { replayChoices, type ReplayedPoint } from '../../../engine/replay.ts';
import type { Actor } from '../../core/actor.ts';
import type { Database } from '../../db/schema.ts';
import { pointIdOf, pointLabelOf } from '../choice-points.ts';
import { csvDocument, round2, type CsvCell } from '../csv.ts';
import type { StoryVersions } from '../story-versions.ts';
import { choicesOf, ratingsOf, typedResponsesOf, type ResponseRating } from '../typed-responses.ts';
import { cohortAttempts, exportableCohort } from './attempt-rows.ts';
import type { CsvExport } from './cohort-csv.ts';

export const RESPONSES_CSV_HEADER = [
  'trainee',
  'trainee_email',
  'trainee_id',
  'attempt_id',
  'scenario',
  'scenario_title',
  'mode',
  'assignment',
  'point',
  'point_id',
  'point_label',
  'typed_response',
  'option_picked',
  'ratings',
  'mean_rating',
  'rating_notes',
] as const;

/** "Ana: +2; Ben: -1": each rating after its rater (a cell starting with a sign would read as a formula and be guarded). */
function ratingCell(ratings: readonly ResponseRating[]): string {
  return ratings
    .map((r) => `${r.authorName ?? 'A former supervisor'}: ${r.rating > 0 ? '+' : ''}${r.rating}`)
    .join('; ');
}

export async function cohortResponsesCsv(
  db: Kysely<Database>,
  versions: StoryVersions,
  actor: Actor,
  cohortId: string,
): Promise<CsvExport> {
  const cohort = await exportableCohort(db, actor, cohortId);
  const rows = await cohortAttempts(db, cohort.id);
  const choices = await choicesOf(
    db,
    rows.map((r) => r.id),
  );
  const typed = await typedResponsesOf(db, rows, choices);
  const withWords = rows.filter((r) => typed.has(r.id));
  const [ratings, found] = await Promise.all([
    ratingsOf(
      db,
      withWords.map((r) => r.id),
    ),
    versions.many(withWords.map((r) => r.story_hash)),
  ]);
  const body: CsvCell[][] = [];
  for (const r of withWords) {
    // The options at each point name it (choice-points.ts); an attempt that no longer replays keeps its words, unnamed.
    let points: ReplayedPoint[];
    try {
      const version = found.get(r.story_hash) ?? (await versions.get(r.story_hash));
      points = replayChoices(version.bundle.ink, choices.get(r.id) ?? [], {
        allowRewind: r.mode === 'practice',
        seed: r.seed,
      }).points;
    } catch {
      points = [];
    }
    for (const t of typed.get(r.id)!) {
      const options = points[t.point]?.options;
      const pointId = options ? pointIdOf(options) : null;
      const rated = (ratings.get(r.id) ?? []).filter((x) => x.point === t.point);
      body.push([
        r.user_name,
        r.user_email,
        r.user_id,
        r.id,
        r.scenario,
        r.title,
        r.mode,
        r.assignment_title,
        t.point + 1,
        pointId,
        pointId ? pointLabelOf(pointId) : null,
        t.response,
        t.optionText ?? options?.find((o) => o.index === t.optionIndex)?.text ?? null,
        ratingCell(rated),
        rated.length ? round2(rated.reduce((n, x) => n + x.rating, 0) / rated.length) : null,
        rated.flatMap((x) => (x.note ? [`${x.authorName ?? 'a former supervisor'}: ${x.note}`] : [])).join('\n'),
      ]);
    }
  }
  const slug =
    cohort.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'cohort';
  return { filename: `rapport-${slug}-responses.csv`, csv: csvDocument(RESPONSES_CSV_HEADER, body), rows: body.length };
}
