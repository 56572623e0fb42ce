/**
 * What the exports read: attempts with their trainee, story version and assignment, the cohort a supervisor
 * exports (or the same 404 as a cohort that does not exist), and the attempts' recorded choices.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { isId } from '../../core/input.ts';
import { readChoicePayload } from '../../core/json-column.ts';
import type { AttemptTable, Database } from '../../db/schema.ts';
import { supervisesCohort } from '../supervision-access.ts';
import type { RecordedChoiceEvent } from './answered-choices.ts';

export interface AttemptRow extends AttemptTable {
  user_name: string;
  user_email: string;
  title: string;
  assignment_title: string | null;
  pass_marks: string | null;
}

/** Read a batch of attempts' events this many at a time. */
const CHUNK = 500;

/** Attempts with the columns every export needs; narrowed by the caller. */
export function attemptsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('attempt')
    .innerJoin('user', 'user.id', 'attempt.user_id')
    .innerJoin('story_version', 'story_version.hash', 'attempt.story_hash')
    .leftJoin('assignment', 'assignment.id', 'attempt.assignment_id')
    .selectAll('attempt')
    .select([
      'user.name as user_name',
      'user.email as user_email',
      'story_version.title as title',
      'assignment.title as assignment_title',
      'assignment.pass_marks as pass_marks',
    ]);
}

/** One attempt's row, or undefined. */
export async function attemptRow(db: Kysely<Database>, attemptId: string): Promise<AttemptRow | undefined> {
  return (await attemptsQuery(db).where('attempt.id', '=', attemptId).executeTakeFirst()) as AttemptRow | undefined;
}

/** The cohort when the actor may export it (its supervisors and admins); 404 otherwise. */
export async function exportableCohort(
  db: Kysely<Database>,
  actor: Actor,
  cohortId: string,
): Promise<{ id: string; name: string }> {
  if (!isId(cohortId)) throw notFound('cohort');
  const cohort = await db.selectFrom('cohort').select(['id', 'name']).where('id', '=', cohortId).executeTakeFirst();
  if (!cohort || !(await supervisesCohort(db, actor, cohortId))) throw notFound('cohort');
  return cohort;
}

/** The attempts made for the cohort's assignments by its members (never their other cohorts' or practice). */
export async function cohortAttempts(db: Kysely<Database>, cohortId: string): Promise<AttemptRow[]> {
  return (await attemptsQuery(db)
    .innerJoin('cohort_member', (j) =>
      j
        .onRef('cohort_member.user_id', '=', 'attempt.user_id')
        .onRef('cohort_member.cohort_id', '=', 'assignment.cohort_id'),
    )
    .where('assignment.cohort_id', '=', cohortId)
    .orderBy('user.name')
    .orderBy('user.id')
    .orderBy('attempt.started_at')
    .orderBy('attempt.id')
    .execute()) as AttemptRow[];
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

/** How much of a cohort one query reads: members per batch, and rows per page. */
export interface CohortPaging {
  members: number;
  rows: number;
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

/**
 * The rows of `cohortAttempts`, in its order, a page at a time, never the whole cohort at once. The members by
 * name and id in batches (keyset: after the last member read), and each batch's attempts in pages of at most
 * `paging.rows` (keyset on the whole sort key, so a trainee with more attempts than a page still pages). A page is
 * two queries: its sort keys in order (small rows, sorted cheaply), then its attempts by id, put in that order
 * here; sorting the full rows in the database copies every score report through the sort. The trainee's name and
 * email come from the batch, the story's title and the assignment's from small maps read once, rather than joined
 * again for every attempt. A batch keeps each query to its members' attempts (by the index on the trainee), where
 * one keyset over the whole cohort would sort the rest of the cohort again for every page.
 *
 * Not one snapshot: an attempt completed while the pages are read may appear as it was or as it is.
 */
export async function* cohortAttemptPages(
  db: Kysely<Database>,
  cohortId: string,
  paging: CohortPaging = { members: 50, rows: 2500 },
): AsyncGenerator<AttemptRow[]> {
  const assignments = new Map(
    (
      await db
        .selectFrom('assignment')
        .select(['id', 'title', 'pass_marks'])
        .where('cohort_id', '=', cohortId)
        .execute()
    ).map((a) => [a.id, a]),
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
      const attempts = await db
        .selectFrom('attempt')
        .selectAll()
        .where(
          'id',
          'in',
          page.map((k) => k.id),
        )
        .execute();
      const unnamed = [...new Set(attempts.map((a) => a.story_hash))].filter((h) => !titles.has(h));
      if (unnamed.length > 0) {
        const found = await db
          .selectFrom('story_version')
          .select(['hash', 'title'])
          .where('hash', 'in', unnamed)
          .execute();
        for (const v of found) titles.set(v.hash, v.title);
      }
      const byId = new Map(attempts.map((a) => [a.id, a]));
      const rows: AttemptRow[] = [];
      for (const k of page) {
        const a = byId.get(k.id);
        // An attempt erased between the two queries is left out.
        if (!a) continue;
        const person = people.get(a.user_id)!;
        const assignment = a.assignment_id ? assignments.get(a.assignment_id) : undefined;
        rows.push({
          ...a,
          user_name: person.name,
          user_email: person.email,
          title: titles.get(a.story_hash) ?? '',
          assignment_title: assignment?.title ?? null,
          pass_marks: assignment?.pass_marks ?? null,
        });
      }
      yield rows;
      if (page.length < paging.rows) break;
      last = page[page.length - 1]!;
    }
  }
}

/** The choice events of these attempts, in the order they were recorded, by attempt. */
export async function choiceEvents(
  db: Kysely<Database>,
  attemptIds: readonly string[],
): Promise<Map<string, RecordedChoiceEvent[]>> {
  const out = new Map<string, RecordedChoiceEvent[]>();
  for (let i = 0; i < attemptIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('attempt_event')
      .select(['attempt_id', 'seq', 'payload', 'received_at'])
      .where('attempt_id', 'in', attemptIds.slice(i, i + CHUNK))
      .where('type', '=', 'choice')
      .orderBy('attempt_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) {
      const data = readChoicePayload(r.payload);
      const list = out.get(r.attempt_id) ?? [];
      list.push({
        seq: Number(r.seq),
        receivedAt: r.received_at,
        point: data.point,
        index: data.index,
        ...(typeof data.response === 'string' ? { response: data.response } : {}),
      });
      out.set(r.attempt_id, list);
    }
  }
  return out;
}
