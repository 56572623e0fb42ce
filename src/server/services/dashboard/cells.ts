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
export function meanScores(reports: (ReportScores | null)[]): CellScores | null {
  const present = reports.filter((r): r is ReportScores => r !== null);
  if (present.length === 0) return null;
  const overalls = present.map((r) => r.overall).filter((v): v is number => v !== null);
  const sums = new Map<string, { total: number; n: number }>();
  for (const r of present) {
    for (const d of r.domains) {
      if (d.score === null) continue;
      const s = sums.get(d.id) ?? { total: 0, n: 0 };
      s.total += d.score;
      s.n += 1;
      sums.set(d.id, s);
    }
  }
  return {
    overall: overalls.length ? overalls.reduce((a, b) => a + b, 0) / overalls.length : null,
    domains: Object.fromEntries([...sums].map(([id, s]) => [id, s.total / s.n])),
  };
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

export async function buildCells<R extends ReportScores>(
  trainees: readonly string[],
  assignments: readonly DashboardAssignment[],
  rows: readonly LightAttempt[],
  at: string,
  readReports: (ids: string[]) => Promise<Map<string, R>>,
): Promise<{ cells: Map<string, DashboardCell>; reports: Map<string, R> }> {
  const groups = new Map<string, LightAttempt[]>();
  const byId = new Map(assignments.map((a) => [a.id, a]));
  for (const r of rows) {
    const a = byId.get(r.assignment_id);
    if (!a || !a.scenarios.includes(r.scenario)) continue;
    const k = cellKey(r.user_id, r.assignment_id);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(r);
  }
  // Per group and scenario: the best and the latest completed attempt.
  const picks = new Map<string, { best: Map<string, LightAttempt>; latest: Map<string, LightAttempt> }>();
  const wanted = new Set<string>();
  for (const [k, g] of groups) {
    const best = new Map<string, LightAttempt>();
    const latest = new Map<string, LightAttempt>();
    for (const r of g) {
      if (r.status !== 'completed') continue;
      const b = best.get(r.scenario);
      if (!b || (r.overall ?? -1) > (b.overall ?? -1)) best.set(r.scenario, r);
      const l = latest.get(r.scenario);
      if (!l || (r.completed_at ?? '') > (l.completed_at ?? '')) latest.set(r.scenario, r);
    }
    for (const r of [...best.values(), ...latest.values()]) wanted.add(r.id);
    picks.set(k, { best, latest });
  }
  const reports = await readReports([...wanted]);
  const cells = new Map<string, DashboardCell>();
  for (const trainee of trainees) {
    for (const a of assignments) {
      if (a.traineeId !== null && a.traineeId !== trainee) continue;
      const k = cellKey(trainee, a.id);
      const g = groups.get(k);
      const p = picks.get(k);
      const completedScenarios = p ? p.best.size : 0;
      const total = a.scenarios.length;
      const status: CellStatus =
        total > 0 && completedScenarios >= total ? 'completed' : g && g.length > 0 ? 'in_progress' : 'not_started';
      const best = p ? meanScores([...p.best.values()].map((r) => reports.get(r.id) ?? null)) : null;
      const latest = p ? meanScores([...p.latest.values()].map((r) => reports.get(r.id) ?? null)) : null;
      const latestRow = p
        ? [...p.latest.values()].sort((x, y) => (y.completed_at ?? '').localeCompare(x.completed_at ?? ''))[0]
        : undefined;
      cells.set(k, {
        assignmentId: a.id,
        status,
        completedScenarios,
        totalScenarios: total,
        attempts: g?.length ?? 0,
        best,
        latest,
        latestAttemptId: latestRow?.id ?? null,
        latestAt: latestRow?.completed_at ?? null,
        overdue: status !== 'completed' && a.dueAt < at,
        incidents: g ? g.reduce((n, r) => n + r.incidents, 0) : 0,
        belowPass: cellBelowPass(a.passMarks, completedScenarios, best),
        unreviewed: g ? g.filter((r) => r.status === 'completed' && r.reviewed_at === null).length : 0,
      });
    }
  }
  return { cells, reports };
}
