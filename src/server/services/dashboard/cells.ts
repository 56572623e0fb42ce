/**
 * The cells of trainees × assignments, from the light rows of the attempts linked to the assignments: per
 * (trainee, assignment, scenario) the best and the latest completed attempt are picked, only their score reports
 * are read, and each cell averages them. Pure but for reading those reports, which the caller passes in.
 */
import { domainsBelow, type PassMarks } from '../../../engine/pass-marks.ts';
import type { ScoreReport } from '../../../engine/scoring.ts';
import type { CellScores, CellStatus, DashboardAssignment, DashboardCell } from './types.ts';

/** The columns of an attempt the cells are built from (its score report is read only when it is picked). */
export interface LightAttempt {
  id: string;
  user_id: string;
  assignment_id: string;
  scenario: string;
  status: string;
  overall: number | null;
  completed_at: string | null;
  reviewed_at: string | null;
  incidents: number;
}

/** What a cell needs of a score report: its overall and its domains' scores. */
export type ReportScores = Pick<ScoreReport, 'overall'> & {
  domains: Pick<ScoreReport['domains'][number], 'id' | 'name' | 'score'>[];
};

/** The mean of per-scenario reports: overall, and each domain over the reports that scored it. */
export function meanScores(reports: (ReportScores | null | undefined)[]): CellScores | null {
  let present = 0;
  let overallSum = 0;
  let overallN = 0;
  const sums = new Map<string, { total: number; n: number }>();
  for (const r of reports) {
    if (!r) continue;
    present += 1;
    if (r.overall !== null) {
      overallSum += r.overall;
      overallN += 1;
    }
    for (const d of r.domains) {
      if (d.score === null) continue;
      const s = sums.get(d.id);
      if (s) {
        s.total += d.score;
        s.n += 1;
      } else sums.set(d.id, { total: d.score, n: 1 });
    }
  }
  if (present === 0) return null;
  const domains: Record<string, number> = {};
  for (const [id, s] of sums) domains[id] = s.total / s.n;
  return { overall: overallN ? overallSum / overallN : null, domains };
}

/**
 * The dashboard's pass-mark verdict on a cell: the marked domains its best scores do not meet (src/engine/pass-marks.ts),
 * judged once something is completed; before that, nothing is below, only not started.
 */
export function cellBelowPass(marks: PassMarks, completedScenarios: number, best: CellScores | null): string[] {
  return completedScenarios > 0 ? domainsBelow(marks, best?.domains ?? {}) : [];
}

/** The key of a (trainee, assignment) cell. */
export const cellKey = (traineeId: string, assignmentId: string) => `${traineeId}\u0000${assignmentId}`;

/** A (trainee, assignment) cell's attempts, and per scenario its best and its latest completed one. */
interface CellGroup {
  rows: LightAttempt[];
  best: Map<string, LightAttempt>;
  latest: Map<string, LightAttempt>;
}

/**
 * Every cell of these trainees × assignments. The attempts are grouped by trainee and then assignment (maps of
 * maps: no key is built per attempt, a cohort has tens of thousands), and only the reports of the best and the
 * latest completed attempt per scenario are asked for.
 */
export async function buildCells<R extends ReportScores>(
  trainees: readonly string[],
  assignments: readonly DashboardAssignment[],
  rows: readonly LightAttempt[],
  at: string,
  readReports: (ids: string[]) => Promise<Map<string, R>>,
): Promise<{ cells: Map<string, DashboardCell>; reports: Map<string, R> }> {
  const byId = new Map(assignments.map((a) => [a.id, { a, scenarios: new Set(a.scenarios) }]));
  const groups = new Map<string, Map<string, CellGroup>>();
  for (const r of rows) {
    const known = byId.get(r.assignment_id);
    if (!known || !known.scenarios.has(r.scenario)) continue;
    let mine = groups.get(r.user_id);
    if (!mine) groups.set(r.user_id, (mine = new Map()));
    let g = mine.get(r.assignment_id);
    if (!g) mine.set(r.assignment_id, (g = { rows: [], best: new Map(), latest: new Map() }));
    g.rows.push(r);
    // Per scenario: the best and the latest completed attempt (the first of equals).
    if (r.status !== 'completed') continue;
    const b = g.best.get(r.scenario);
    if (!b || (r.overall ?? -1) > (b.overall ?? -1)) g.best.set(r.scenario, r);
    const l = g.latest.get(r.scenario);
    if (!l || (r.completed_at ?? '') > (l.completed_at ?? '')) g.latest.set(r.scenario, r);
  }
  const wanted: string[] = [];
  for (const mine of groups.values())
    for (const g of mine.values()) {
      for (const r of g.best.values()) wanted.push(r.id);
      for (const r of g.latest.values()) wanted.push(r.id);
    }
  const reports = await readReports([...new Set(wanted)]);
  const cells = new Map<string, DashboardCell>();
  for (const trainee of trainees) {
    const mine = groups.get(trainee);
    for (const a of assignments) {
      if (a.traineeId !== null && a.traineeId !== trainee) continue;
      const g = mine?.get(a.id);
      const completedScenarios = g ? g.best.size : 0;
      const total = a.scenarios.length;
      const status: CellStatus =
        total > 0 && completedScenarios >= total ? 'completed' : g && g.rows.length > 0 ? 'in_progress' : 'not_started';
      let best: CellScores | null = null;
      let latest: CellScores | null = null;
      let latestRow: LightAttempt | undefined;
      let incidents = 0;
      let unreviewed = 0;
      if (g) {
        best = meanScores([...g.best.values()].map((r) => reports.get(r.id)));
        latest = meanScores([...g.latest.values()].map((r) => reports.get(r.id)));
        // The most recently completed of the latest (the first of equals).
        for (const r of g.latest.values())
          if (!latestRow || (r.completed_at ?? '') > (latestRow.completed_at ?? '')) latestRow = r;
        for (const r of g.rows) {
          incidents += r.incidents;
          if (r.status === 'completed' && r.reviewed_at === null) unreviewed += 1;
        }
      }
      cells.set(cellKey(trainee, a.id), {
        assignmentId: a.id,
        status,
        completedScenarios,
        totalScenarios: total,
        attempts: g?.rows.length ?? 0,
        best,
        latest,
        latestAttemptId: latestRow?.id ?? null,
        latestAt: latestRow?.completed_at ?? null,
        overdue: status !== 'completed' && a.dueAt < at,
        incidents,
        belowPass: cellBelowPass(a.passMarks, completedScenarios, best),
        unreviewed,
      });
    }
  }
  return { cells, reports };
}
