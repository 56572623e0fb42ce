/**
 * A cohort's attempts for its results CSV, read a page at a time (cohort-csv-stream.ts), in the order of
 * `cohortAttempts` (attempt-rows.ts): by the trainee's name and id, then when each attempt started and its id.
 *
 * The members by name and id in batches (keyset: after the last member read); for each batch, the keys of its
 * attempts in order (ids only: small, and sorted by the index on the trainee and start), then the attempts
 * themselves by id in pages of at most `paging.rows`, put in that order here (sorting the full rows in the database
 * would copy every score report through the sort). What is held at once is one batch's keys and one page of rows,
 * whatever the cohort's size. The trainee's name and email come from the batch, the story's title and the
 * assignment's from small maps, rather than joined again for every attempt. A batch keeps each query to its
 * members' attempts, where one keyset over the whole cohort would sort the rest of the cohort for every page.
 *
 * Not one snapshot: an attempt completed while the pages are read may appear as it was or as it is.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AttemptRow } from './attempt-rows.ts';

/**
 * What a row of the results CSV needs of an attempt, its score summary as stored (read as the row is written), and
 * its report only where it has no summary (src/server/core/score-summary.ts): a report is six times the size.
 */
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
> & { score_summary: string | null; score: string | null };

/**
 * How much of a cohort one query reads: members per batch, and rows per page. By default a batch of 50 trainees
 * (2,000 attempts at 40 each) is read in pages of 1,000, so a cohort of 2,000 attempts holds as much at once as one
 * of 20,000 (two pages, the one written and the one read ahead).
 */
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

/** The columns of an attempt a CSV row needs. */
type AttemptFields = Pick<
  CsvAttempt,
  'id' | 'user_id' | 'scenario' | 'story_hash' | 'mode' | 'status' | 'started_at' | 'completed_at' | 'overall' | 'band'
> & { assignment_id: string | null; score_summary: string | null; score: string | null };

/** These attempts by id: only the columns a row shows (not the reflection, the rejection…). */
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
      'score_summary',
      // The report is read only for a row without a summary: it is not copied out of the row nor parsed.
      (eb) => eb.case().when('score_summary', 'is', null).then(eb.ref('score')).end().as('score'),
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
      score_summary: r.score_summary,
      score: r.score,
    });
  return out;
}

type Member = { name: string; id: string; email: string };

/** The pages to read, in order: each page's attempt ids (in the export's order) and the trainees they belong to. */
async function* pagePlans(
  db: Kysely<Database>,
  cohortId: string,
  assignmentIds: string[],
  paging: CohortPaging,
): AsyncGenerator<{ ids: string[]; people: Map<string, Member> }> {
  for await (const batch of memberBatches(db, cohortId, paging.members)) {
    const people = new Map(batch.map((m) => [m.id, m]));
    const rank = new Map(batch.map((m, i) => [m.id, i]));
    // The batch's attempts' keys, each trainee's in the database's order (by when it started, then id), then put in
    // the batch's order of trainees (by name and id, as the database sorted them) by a stable sort: the same order
    // as sorting by name, id, start and id at once, without joining every attempt to its trainee to sort by name.
    // The batch is of the cohort's members, so no join to the membership is needed to keep to them.
    const keys = (
      await db
        .selectFrom('attempt')
        .select(['id', 'user_id'])
        .where('assignment_id', 'in', assignmentIds)
        .where('user_id', 'in', [...people.keys()])
        .orderBy('user_id')
        .orderBy('started_at')
        .orderBy('id')
        .execute()
    ).sort((a, b) => rank.get(a.user_id)! - rank.get(b.user_id)!);
    for (let from = 0; from < keys.length; from += paging.rows)
      yield { ids: keys.slice(from, from + paging.rows).map((k) => k.id), people };
  }
}

/** The cohort's attempts for its results CSV, a page at a time (see above). */
export async function* cohortAttemptPages(
  db: Kysely<Database>,
  cohortId: string,
  paging: CohortPaging = { members: 50, rows: 1000 },
): AsyncGenerator<CsvAttempt[]> {
  const assignments = new Map(
    (await db.selectFrom('assignment').select(['id', 'title']).where('cohort_id', '=', cohortId).execute()).map((a) => [
      a.id,
      a.title,
    ]),
  );
  if (assignments.size === 0) return;
  const titles = new Map<string, string>();
  const plans = pagePlans(db, cohortId, [...assignments.keys()], paging);
  // One page ahead: the next page's attempts are asked for before this one is handed on, so on PostgreSQL the query
  // runs while this page is written; what is held is at most two pages (and one batch's keys).
  const ahead = async () => {
    const plan = await plans.next();
    if (plan.done) return null;
    const attempts = attemptsById(db, plan.value.ids);
    // A download abandoned before this page is awaited must not leave its failure unhandled (awaiting still throws).
    attempts.catch(() => {});
    return { ...plan.value, attempts };
  };
  try {
    for (let next = await ahead(); next;) {
      const { ids, people } = next;
      const attempts = await next.attempts;
      next = await ahead();
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
      for (const id of ids) {
        const a = attempts.get(id);
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
          score_summary: a.score_summary,
          score: a.score,
        });
      }
      yield rows;
    }
  } finally {
    await plans.return(undefined);
  }
}
