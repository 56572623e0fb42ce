/**
 * A cohort's attempts for its results CSV, read a page at a time (cohort-csv-stream.ts), in the order of
 * `cohortAttempts` (attempt-rows.ts): by the trainee's name and id, then when each attempt started and its id.
 *
 * The members by name and id in batches (keyset: after the last member read), and each batch's attempts in pages
 * of at most `paging.rows` (keyset on the whole sort key, so a trainee with more attempts than a page still pages).
 * A page is two queries: its sort keys in order (small rows, sorted cheaply), then its attempts by id, put in that
 * order here; sorting the full rows in the database copies every score report through the sort. The trainee's
 * name and email come from the batch, the story's title and the assignment's from small maps, rather than joined
 * again for every attempt. A batch keeps each query to its members' attempts (by the index on the trainee), where
 * one keyset over the whole cohort would sort the rest of the cohort again for every page.
 *
 * Not one snapshot: an attempt completed while the pages are read may appear as it was or as it is.
 */
import type { Kysely } from 'kysely';
import type { ScoreReport } from '../../../engine/scoring.ts';
import { readScoreReport } from '../../core/json-column.ts';
import type { Database } from '../../db/schema.ts';
import type { AttemptRow } from './attempt-rows.ts';

/** What a row of the results CSV needs of an attempt, with its score report read. */
export type CsvAttempt = Pick<
  AttemptRow,
  | 'id'
  | 'user_id'
  | 'user_name'
  | 'user_email'
  | 'scenario'
  | 'title'
  | 'story_hash'
  | 'mode'
  | 'status'
  | 'assignment_title'
  | 'started_at'
  | 'completed_at'
  | 'overall'
  | 'band'
> & { report: ScoreReport | null };

/** How much of a cohort one query reads: members per batch, and rows per page. */
export interface CohortPaging {
  members: number;
  rows: number;
}

/** The story versions of the cohort's attempts that have a score report: the versions whose rubrics make its columns. */
export async function cohortScoredVersions(db: Kysely<Database>, cohortId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('attempt')
    .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
    .innerJoin('cohort_member', (j) =>
      j
        .onRef('cohort_member.user_id', '=', 'attempt.user_id')
        .onRef('cohort_member.cohort_id', '=', 'assignment.cohort_id'),
    )
    .select('attempt.story_hash')
    .distinct()
    .where('assignment.cohort_id', '=', cohortId)
    .where('attempt.score', 'is not', null)
    .execute();
  return rows.map((r) => r.story_hash);
}

/** Members read per query when batching: a name, an email and an id each. */
const MEMBERS_PER_READ = 500;

/** The cohort's members by name and id, in batches of `size`, read a few hundred at a time (keyset on name and id). */
async function* memberBatches(
  db: Kysely<Database>,
  cohortId: string,
  size: number,
): AsyncGenerator<{ name: string; id: string; email: string }[]> {
  let after: { name: string; id: string } | null = null;
  for (;;) {
    let q = db
      .selectFrom('cohort_member')
      .innerJoin('user', 'user.id', 'cohort_member.user_id')
      .select(['user.name', 'user.id', 'user.email'])
      .where('cohort_member.cohort_id', '=', cohortId);
    if (after) {
      const last = after;
      q = q.where((eb) => eb(eb.refTuple('user.name', 'user.id'), '>', eb.tuple(last.name, last.id)));
    }
    const read = Math.max(size, MEMBERS_PER_READ);
    const members = await q.orderBy('user.name').orderBy('user.id').limit(read).execute();
    for (let i = 0; i < members.length; i += size) yield members.slice(i, i + size);
    if (members.length < read) return;
    after = members[members.length - 1]!;
  }
}

/** The columns of an attempt a CSV row needs, with its report read. */
type AttemptFields = Pick<
  CsvAttempt,
  'id' | 'user_id' | 'scenario' | 'story_hash' | 'mode' | 'status' | 'started_at' | 'completed_at' | 'overall' | 'band'
> & { assignment_id: string | null; report: ScoreReport | null };

/** These attempts' fields and reports, by id: only the columns a row shows (not the reflection, the rejection…). */
async function attemptsById(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, AttemptFields>> {
  const rows = await db
    .selectFrom('attempt')
    .select([
      'id',
      'user_id',
      'scenario',
      'story_hash',
      'mode',
      'status',
      'started_at',
      'completed_at',
      'overall',
      'band',
      'assignment_id',
      'score',
    ])
    .where('id', 'in', ids)
    .execute();
  const out = new Map<string, AttemptFields>();
  for (const r of rows)
    out.set(r.id, {
      id: r.id,
      user_id: r.user_id,
      scenario: r.scenario,
      story_hash: r.story_hash,
      mode: r.mode,
      status: r.status,
      started_at: r.started_at,
      completed_at: r.completed_at,
      overall: r.overall,
      band: r.band,
      assignment_id: r.assignment_id,
      report: r.score ? readScoreReport(r.score) : null,
    });
  return out;
}

/** The cohort's attempts for its results CSV, a page at a time (see above). */
export async function* cohortAttemptPages(
  db: Kysely<Database>,
  cohortId: string,
  paging: CohortPaging = { members: 50, rows: 2500 },
): AsyncGenerator<CsvAttempt[]> {
  const assignments = new Map(
    (await db.selectFrom('assignment').select(['id', 'title']).where('cohort_id', '=', cohortId).execute()).map((a) => [
      a.id,
      a.title,
    ]),
  );
  const titles = new Map<string, string>();
  for await (const batch of memberBatches(db, cohortId, paging.members)) {
    const people = new Map(batch.map((m) => [m.id, m]));
    let last: { name: string; user_id: string; started_at: string; id: string } | null = null;
    for (;;) {
      // The batch is of the cohort's members, so no join to the membership is needed to keep to them.
      let keys = db
        .selectFrom('attempt')
        .innerJoin('user', 'user.id', 'attempt.user_id')
        .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
        .select(['attempt.id', 'user.name', 'user.id as user_id', 'attempt.started_at'])
        .where('assignment.cohort_id', '=', cohortId)
        .where('attempt.user_id', 'in', [...people.keys()]);
      if (last) {
        const after = last;
        keys = keys.where((eb) =>
          eb(
            eb.refTuple('user.name', 'user.id', 'attempt.started_at', 'attempt.id'),
            '>',
            eb.tuple(after.name, after.user_id, after.started_at, after.id),
          ),
        );
      }
      const page = await keys
        .orderBy('user.name')
        .orderBy('user.id')
        .orderBy('attempt.started_at')
        .orderBy('attempt.id')
        .limit(paging.rows)
        .execute();
      if (page.length === 0) break;
      // The keyset and the order are one key, so each page starts after the last; never read a page twice.
      if (last && page.some((k) => k.id === last!.id)) throw new Error('The cohort’s attempts did not page forward.');
      const attempts = await attemptsById(
        db,
        page.map((k) => k.id),
      );
      const unnamed = [...new Set([...attempts.values()].map((a) => a.story_hash))].filter((h) => !titles.has(h));
      if (unnamed.length > 0) {
        const found = await db
          .selectFrom('story_version')
          .select(['hash', 'title'])
          .where('hash', 'in', unnamed)
          .execute();
        for (const v of found) titles.set(v.hash, v.title);
      }
      const rows: CsvAttempt[] = [];
      for (const k of page) {
        const a = attempts.get(k.id);
        // An attempt erased between the two queries is left out.
        if (!a) continue;
        const person = people.get(a.user_id)!;
        rows.push({
          id: a.id,
          user_id: a.user_id,
          user_name: person.name,
          user_email: person.email,
          scenario: a.scenario,
          title: titles.get(a.story_hash) ?? '',
          story_hash: a.story_hash,
          mode: a.mode,
          status: a.status,
          assignment_title: a.assignment_id ? (assignments.get(a.assignment_id) ?? null) : null,
          started_at: a.started_at,
          completed_at: a.completed_at,
          overall: a.overall,
          band: a.band,
          report: a.report,
        });
      }
      yield rows;
      if (page.length < paging.rows) break;
      last = page[page.length - 1]!;
    }
  }
}
