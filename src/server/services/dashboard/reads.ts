/**
 * What the dashboard and the trainee view read, in a fixed handful of set-based queries whatever the cohort's
 * size: the cohort (for its supervisors and admins only), its assignments, the light columns of every attempt
 * linked to them (for one trainee, with the number of critical incidents counted in SQL), and the score summaries
 * (src/server/core/score-summary.ts) of only the attempts shown, in chunks.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { isId } from '../../core/input.ts';
import { readPassMarks, readScenarioList } from '../../core/json-column.ts';
import { summaryOfRow } from '../../core/score-summary.ts';
import type { Dialect } from '../../db/migrations.ts';
import type { AssignmentTable, Database } from '../../db/schema.ts';
import { supervisesCohort } from '../supervision-access.ts';
import type { LightAttempt, ReportScores } from './cells.ts';
import type { DashboardAssignment } from './types.ts';

const CHUNK = 500;

/** The cohort when the actor supervises it (or is an admin); 404 otherwise. */
export async function supervisedCohort(db: Kysely<Database>, actor: Actor, cohortId: string) {
  if (!isId(cohortId)) throw notFound('cohort');
  const cohort = await db
    .selectFrom('cohort')
    .select(['id', 'name', 'archived_at'])
    .where('id', '=', cohortId)
    .executeTakeFirst();
  if (!cohort || !(await supervisesCohort(db, actor, cohortId))) throw notFound('cohort');
  return cohort;
}

function toAssignment(a: AssignmentTable): DashboardAssignment {
  return {
    id: a.id,
    title: a.title,
    scenarios: readScenarioList(a.scenarios),
    mode: a.mode,
    opensAt: a.opens_at,
    dueAt: a.due_at,
    traineeId: a.trainee_id,
    passMarks: readPassMarks(a.pass_marks),
  };
}

/** The cohort's assignments by due date; with a trainee, only those for the whole cohort or for them. */
export async function cohortAssignments(
  db: Kysely<Database>,
  cohortId: string,
  traineeId?: string,
): Promise<DashboardAssignment[]> {
  let q = db.selectFrom('assignment').selectAll().where('cohort_id', '=', cohortId);
  if (traineeId) q = q.where((eb) => eb.or([eb('trainee_id', 'is', null), eb('trainee_id', '=', traineeId)]));
  return (await q.orderBy('due_at').orderBy('created_at').orderBy('id').execute()).map(toAssignment);
}

/**
 * What the dashboards show of these completed attempts' reports, by id: the overall score (the attempt's own
 * column, written with the report), each domain's score and the number of critical incidents, read from the score
 * summaries (src/server/core/score-summary.ts, a sixth of a report) rather than the reports.
 */
export async function reportScoresOfAttempts(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, KeptScores>> {
  const out = new Map<string, KeptScores>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('attempt')
      .select([
        'id',
        'overall',
        'score_summary',
        // The report only for an attempt without a summary (see score-summary.ts).
        (eb) => eb.case().when('score_summary', 'is', null).then(eb.ref('score')).end().as('score'),
      ])
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      const summary = summaryOfRow(r);
      if (!summary) continue;
      out.set(r.id, {
        overall: r.overall === null ? null : Number(r.overall),
        domains: summary.domains.map(([id, name, score]) => ({ id, name, score })),
        incidents: summary.incidents.length,
      });
    }
  }
  return out;
}

/** What the cohort dashboard keeps of a completed attempt's report: its scores and how many critical incidents. */
export type KeptScores = ReportScores & { incidents: number };

/**
 * The scores of completed attempts' reports, kept between dashboards by attempt id: a report is written once, when
 * its attempt completes, and never changes, so a kept one is never stale (an erased attempt's is never asked for
 * again: ids come from the attempts that exist). Only the scores and the number of critical incidents are kept,
 * not the reports. Bounded, oldest out.
 */
export class ReportScoresCache {
  readonly #entries = new Map<string, KeptScores>();
  readonly #max: number;
  constructor(max = 200_000) {
    this.#max = max;
  }
  get(id: string): KeptScores | undefined {
    return this.#entries.get(id);
  }
  set(id: string, scores: KeptScores): void {
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(id, scores);
  }
  get size(): number {
    return this.#entries.size;
  }
}

/** The scores of these attempts' reports, by id: from the cache, and the rest read (and kept). */
export async function reportScoresOf(
  db: Kysely<Database>,
  ids: readonly string[],
  cache: ReportScoresCache,
): Promise<Map<string, KeptScores>> {
  const out = new Map<string, KeptScores>();
  const missing: string[] = [];
  for (const id of ids) {
    const kept = cache.get(id);
    if (kept) out.set(id, kept);
    else missing.push(id);
  }
  for (const [id, scores] of await reportScoresOfAttempts(db, missing)) {
    cache.set(id, scores);
    out.set(id, scores);
  }
  return out;
}

/**
 * Light rows of every attempt linked to the cohort's assignments by its members, without the score report: the
 * cohort dashboard takes each completed attempt's critical incidents from its kept scores (reportScoresOf), where
 * counting them in SQL read every report on every request (`json_array_length` parses the whole column).
 *
 * The rows come as one JSON list the database builds (SQLite writes a real with 17 digits, PostgreSQL the shortest
 * that reads back the same, so scores are exact), read with one JSON.parse: a cohort has tens of thousands of
 * attempts, and node:sqlite's row objects are slow to make and slower to read (many times a plain object's).
 */
export async function cohortLightAttempts(
  db: Kysely<Database>,
  dialect: Dialect,
  cohortId: string,
): Promise<LightAttempt[]> {
  const list =
    dialect === 'postgres'
      ? sql<unknown>`json_agg(json_build_array(attempt.id, attempt.user_id, attempt.assignment_id, attempt.scenario, attempt.status, attempt.overall, attempt.completed_at, attempt.reviewed_at))`
      : sql<unknown>`json_group_array(json_array(attempt.id, attempt.user_id, attempt.assignment_id, attempt.scenario, attempt.status, attempt.overall, attempt.completed_at, attempt.reviewed_at))`;
  const found = await db
    .selectFrom('attempt')
    .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
    .innerJoin('cohort_member', (j) =>
      j
        .onRef('cohort_member.user_id', '=', 'attempt.user_id')
        .onRef('cohort_member.cohort_id', '=', 'assignment.cohort_id'),
    )
    .select(list.as('rows'))
    .where('assignment.cohort_id', '=', cohortId)
    .executeTakeFirst();
  // PostgreSQL's driver parses json itself; SQLite answers text; no attempts at all is null (PostgreSQL) or [].
  const value = found?.rows ?? null;
  const rows = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as [
    string,
    string,
    string,
    string,
    string,
    number | string | null,
    string | null,
    string | null,
  ][];
  const out: LightAttempt[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [id, user_id, assignment_id, scenario, status, overall, completed_at, reviewed_at] = rows[i]!;
    out[i] = {
      id,
      user_id,
      assignment_id,
      scenario,
      status,
      overall: overall === null ? null : Number(overall),
      completed_at,
      reviewed_at,
      incidents: 0,
    };
  }
  return out;
}

/** Light rows of every attempt linked to the cohort's assignments by one member, critical incidents counted in SQL. */
export async function linkedAttempts(
  db: Kysely<Database>,
  dialect: Dialect,
  cohortId: string,
  traineeId: string,
): Promise<LightAttempt[]> {
  // The number of critical incidents in an attempt's score report, counted by the database.
  // From the score summary (its incidents are their kinds), the report only for a row without one.
  const incidentCount =
    dialect === 'postgres'
      ? sql<number>`coalesce(json_array_length((attempt.score_summary::json) -> 'incidents'), json_array_length((attempt.score::json) -> 'incidents'), 0)`
      : sql<number>`coalesce(json_array_length(attempt.score_summary, '$.incidents'), json_array_length(attempt.score, '$.incidents'), 0)`;
  const rows = await db
    .selectFrom('attempt')
    .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
    .innerJoin('cohort_member', (j) =>
      j
        .onRef('cohort_member.user_id', '=', 'attempt.user_id')
        .onRef('cohort_member.cohort_id', '=', 'assignment.cohort_id'),
    )
    .select([
      'attempt.id',
      'attempt.user_id',
      'attempt.assignment_id',
      'attempt.scenario',
      'attempt.status',
      'attempt.overall',
      'attempt.completed_at',
      'attempt.reviewed_at',
    ])
    .select(incidentCount.as('incidents'))
    .where('assignment.cohort_id', '=', cohortId)
    .where('attempt.user_id', '=', traineeId)
    .execute();
  return rows.map((r) => ({
    ...r,
    assignment_id: r.assignment_id!,
    overall: r.overall === null ? null : Number(r.overall),
    incidents: r.status === 'completed' ? Number(r.incidents ?? 0) : 0,
  }));
}
