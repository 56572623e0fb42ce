/**
 * The cohort dashboard: every trainee of a cohort against every assignment, for its supervisors and admins; and
 * the page of it the dashboard page shows (view.ts). Per request: the members, the assignments and the light rows
 * of the attempts (no score reports); each completed attempt's scores and critical incidents come from the
 * service's kept scores, read from its report once.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import type { Database } from '../../db/schema.ts';
import { cohortMembers } from '../cohorts/people.ts';
import { buildCells, cellKey, type ReportScores } from './cells.ts';
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

export async function cohortDashboard(
  db: Kysely<Database>,
  at: string,
  actor: Actor,
  cohortId: string,
  kept: ReportScoresCache,
): Promise<CohortDashboard> {
  const cohort = await supervisedCohort(db, actor, cohortId);
  const members = await cohortMembers(db, cohortId);
  const assignments = await cohortAssignments(db, cohortId);
  const rows = await cohortLightAttempts(db, cohortId);
  // Every completed attempt's kept scores: its critical incidents count in its cell, and the cells' best and latest
  // are among them.
  const scores = await reportScoresOf(
    db,
    rows.filter((r) => r.status === 'completed').map((r) => r.id),
    kept,
  );
  for (const r of rows) if (r.status === 'completed') r.incidents = scores.get(r.id)?.incidents ?? 0;
  const { cells, reports } = await buildCells(
    members.map((m) => m.id),
    assignments,
    rows,
    at,
    async (ids) => {
      const out = new Map<string, KeptScores>();
      for (const id of ids) {
        const s = scores.get(id);
        if (s) out.set(id, s);
      }
      return out;
    },
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
      cells: assignments.map((a) => cells.get(cellKey(m.id, a.id)) ?? null),
    })),
    generatedAt: at,
  };
}

/** One page of the dashboard, found, filtered and sorted over the whole cohort (view.ts). */
export async function cohortDashboardPage(
  db: Kysely<Database>,
  at: string,
  actor: Actor,
  cohortId: string,
  kept: ReportScoresCache,
  view: DashboardView,
): Promise<DashboardPage> {
  return dashboardPage(await cohortDashboard(db, at, actor, cohortId, kept), view);
}
