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
export function meanScores(reports: readonly (ReportScores | null | undefined)[]): CellScores | null {
  let present = 0;
  let overallSum = 0;
  let overallN = 0;
  // A handful of domains, in the order first seen: arrays searched in turn, cheaper than a map per cell.
  const ids: string[] = [];
  const totals: number[] = [];
  const counts: number[] = [];
  for (const r of reports) {
    if (!r) continue;
    present += 1;
    if (r.overall !== null) {
      overallSum += r.overall;
      overallN += 1;
    }
    for (const d of r.domains) {
      if (d.score === null) continue;
      const k = ids.indexOf(d.id);
      if (k === -1) {
        ids.push(d.id);
        totals.push(d.score);
        counts.push(1);
      } else {
        totals[k]! += d.score;
        counts[k]! += 1;
      }
    }
  }
  if (present === 0) return null;
  const domains: Record<string, number> = {};
  for (let k = 0; k < ids.length; k++) domains[ids[k]!] = totals[k]! / counts[k]!;
  return { overall: overallN ? overallSum / overallN : null, domains };
}

/**
 * The dashboard's pass-mark verdict on a cell: the marked domains its best scores do not meet (src/engine/pass-marks.ts),
 * judged once something is completed; before that, nothing is below, only not started.
 */
export function cellBelowPass(marks: PassMarks, completedScenarios: number, best: CellScores | null): string[] {
  return completedScenarios > 0 ? domainsBelow(marks, best?.domains ?? {}) : [];
}

/** A (trainee, assignment) cell's attempts, and per scenario (by its place in the assignment) its best and latest completed one. */
interface CellGroup {
  rows: LightAttempt[];
  best: (LightAttempt | undefined)[];
  latest: (LightAttempt | undefined)[];
}

/** The attempts of the scenarios picked (best or latest), in the order of the assignment's scenarios. */
const picked = (list: readonly (LightAttempt | undefined)[]) => list.filter((r): r is LightAttempt => r !== undefined);

/**
 * Every cell of these trainees × assignments: per trainee, one cell per assignment in the order given (null where
 * the assignment is for someone else). The attempts are grouped by the trainee's and the assignment's places, so
 * nothing is keyed by a string built per attempt (a cohort has tens of thousands), and only the reports of the best
 * and the latest completed attempt per scenario are asked for. With `latest: false` the cells' latest scores are
 * left null (the dashboard page works them out for its own rows only); the reports asked for are the same.
 */
export async function buildCells<R extends ReportScores>(
  trainees: readonly string[],
  assignments: readonly DashboardAssignment[],
  rows: readonly LightAttempt[],
  at: string,
  readReports: (ids: string[]) => Promise<Map<string, R>>,
  options: { latest: boolean } = { latest: true },
): Promise<{ cells: Map<string, (DashboardCell | null)[]>; reports: Map<string, R> }> {
  const width = assignments.length;
  const column = new Map(assignments.map((a, i) => [a.id, i]));
  const place = new Map(trainees.map((t, i) => [t, i]));
  const groups: (CellGroup | undefined)[] = new Array(trainees.length * width);
  for (const r of rows) {
    const i = column.get(r.assignment_id);
    if (i === undefined) continue;
    const scenario = assignments[i]!.scenarios.indexOf(r.scenario);
    if (scenario === -1) continue;
    const t = place.get(r.user_id);
    if (t === undefined) continue;
    let g = groups[t * width + i];
    if (!g) groups[t * width + i] = g = { rows: [], best: [], latest: [] };
    g.rows.push(r);
    // Per scenario: the best and the latest completed attempt (the first of equals).
    if (r.status !== 'completed') continue;
    const b = g.best[scenario];
    if (!b || (r.overall ?? -1) > (b.overall ?? -1)) g.best[scenario] = r;
    const l = g.latest[scenario];
    if (!l || (r.completed_at ?? '') > (l.completed_at ?? '')) g.latest[scenario] = r;
  }
  const wanted = new Set<string>();
  for (const g of groups) {
    if (!g) continue;
    for (const r of g.best) if (r) wanted.add(r.id);
    for (const r of g.latest) if (r) wanted.add(r.id);
  }
  const reports = await readReports([...wanted]);
  const cells = new Map<string, (DashboardCell | null)[]>();
  trainees.forEach((trainee, t) => {
    cells.set(
      trainee,
      assignments.map((a, i): DashboardCell | null => {
        if (a.traineeId !== null && a.traineeId !== trainee) return null;
        const g = groups[t * width + i];
        const best = g ? picked(g.best) : [];
        const latestOnes = g ? picked(g.latest) : [];
        const completedScenarios = best.length;
        const total = a.scenarios.length;
        const status: CellStatus =
          total > 0 && completedScenarios >= total
            ? 'completed'
            : g && g.rows.length > 0
              ? 'in_progress'
              : 'not_started';
        // The most recently completed of the latest (the first of equals).
        let latestRow: LightAttempt | undefined;
        for (const r of latestOnes)
          if (!latestRow || (r.completed_at ?? '') > (latestRow.completed_at ?? '')) latestRow = r;
        let incidents = 0;
        let unreviewed = 0;
        for (const r of g?.rows ?? []) {
          incidents += r.incidents;
          if (r.status === 'completed' && r.reviewed_at === null) unreviewed += 1;
        }
        const bestScores = g ? meanScores(best.map((r) => reports.get(r.id))) : null;
        return {
          assignmentId: a.id,
          status,
          completedScenarios,
          totalScenarios: total,
          attempts: g?.rows.length ?? 0,
          best: bestScores,
          latest: g && options.latest ? meanScores(latestOnes.map((r) => reports.get(r.id))) : null,
          latestAttemptId: latestRow?.id ?? null,
          latestAt: latestRow?.completed_at ?? null,
          overdue: status !== 'completed' && a.dueAt < at,
          incidents,
          belowPass: cellBelowPass(a.passMarks, completedScenarios, bestScores),
          unreviewed,
        };
      }),
    );
  });
  return { cells, reports };
}
