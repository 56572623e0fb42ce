/**
 * The cohort dashboard: every trainee of a cohort against every assignment, for its supervisors and admins; and
 * the page of it the dashboard page shows (view.ts). Per request: the members, the assignments and the light rows
 * of the attempts (no score reports); each completed attempt's scores and critical incidents come from the
 * service's kept scores, read from its report once.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import type { Dialect } from '../../db/migrations.ts';
import type { Database } from '../../db/schema.ts';
import { cohortMembers } from '../cohorts/people.ts';
import { buildCells, type ReportScores } from './cells.ts';
import {
  cohortAssignments,
  cohortLightAttempts,
  reportScoresOf,
  supervisedCohort,
  type KeptScores,
  type ReportScoresCache,
} from './reads.ts';
import type { CohortDashboard, DashboardAssignment } from './types.ts';
import { dashboardPage, type DashboardPage, type DashboardView } from './view.ts';

const DOMAIN_ORDER = ['trust', 'boundaries', 'power', 'support'];

/** Domains seen in any report shown or any pass mark, id and name, in rubric order where known. */
function domainList(assignments: readonly DashboardAssignment[], reports: Iterable<ReportScores>) {
  const names = new Map<string, string>();
  for (const r of reports) for (const d of r.domains) if (!names.has(d.id)) names.set(d.id, d.name);
  for (const a of assignments)
    for (const id of Object.keys(a.passMarks))
      if (!names.has(id)) names.set(id, id.charAt(0).toUpperCase() + id.slice(1));
  const order = (id: string) => (DOMAIN_ORDER.indexOf(id) === -1 ? DOMAIN_ORDER.length : DOMAIN_ORDER.indexOf(id));
  return [...names]
    .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))
    .map(([id, name]) => ({ id, name }));
}

/** What one dashboard reads: the cohort, its members and assignments, its attempts' light rows and kept scores. */
async function readCohort(
  db: Kysely<Database>,
  dialect: Dialect,
  actor: Actor,
  cohortId: string,
  kept: ReportScoresCache,
) {
  const cohort = await supervisedCohort(db, actor, cohortId);
  const members = await cohortMembers(db, cohortId);
  const assignments = await cohortAssignments(db, cohortId);
  const rows = await cohortLightAttempts(db, dialect, cohortId);
  // Every completed attempt's kept scores: its critical incidents count in its cell, and the cells' best and latest
  // are among them.
  const completed: string[] = [];
  for (const r of rows) if (r.status === 'completed') completed.push(r.id);
  const scores = await reportScoresOf(db, completed, kept);
  for (const r of rows) if (r.status === 'completed') r.incidents = scores.get(r.id)?.incidents ?? 0;
  const readReports = async (ids: string[]) => {
    const out = new Map<string, KeptScores>();
    for (const id of ids) {
      const s = scores.get(id);
      if (s) out.set(id, s);
    }
    return out;
  };
  return { cohort, members, assignments, rows, readReports };
}

type CohortRead = Awaited<ReturnType<typeof readCohort>>;

/** The dashboard of what was read, with or without the cells' latest scores (see buildCells). */
async function boardOf(read: CohortRead, at: string, latest: boolean): Promise<CohortDashboard> {
  const { cohort, members, assignments, rows, readReports } = read;
  const { cells, reports } = await buildCells(
    members.map((m) => m.id),
    assignments,
    rows,
    at,
    readReports,
    { latest },
  );
  return {
    cohort: { id: cohort.id, name: cohort.name, archivedAt: cohort.archived_at },
    assignments,
    domains: domainList(assignments, reports.values()),
    trainees: members.map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      joinedAt: m.since,
      cells: cells.get(m.id)!,
    })),
    generatedAt: at,
  };
}

export async function cohortDashboard(
  db: Kysely<Database>,
  dialect: Dialect,
  at: string,
  actor: Actor,
  cohortId: string,
  kept: ReportScoresCache,
): Promise<CohortDashboard> {
  return boardOf(await readCohort(db, dialect, actor, cohortId, kept), at, true);
}

/**
 * One page of the dashboard, found, filtered and sorted over the whole cohort (view.ts). Finding, sorting and the
 * totals need every cell's best scores, not its latest: those are worked out for the page's own rows only.
 */
export async function cohortDashboardPage(
  db: Kysely<Database>,
  dialect: Dialect,
  at: string,
  actor: Actor,
  cohortId: string,
  kept: ReportScoresCache,
  view: DashboardView,
): Promise<DashboardPage> {
  const read = await readCohort(db, dialect, actor, cohortId, kept);
  const page = dashboardPage(await boardOf(read, at, false), view);
  const shown = new Set(page.rows.map((t) => t.id));
  const { cells } = await buildCells(
    [...shown],
    read.assignments,
    read.rows.filter((r) => shown.has(r.user_id)),
    at,
    read.readReports,
  );
  for (const t of page.rows) t.cells = cells.get(t.id)!;
  return page;
}
