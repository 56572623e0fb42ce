/**
 * What a supervisor sees of a cohort: every trainee against every assignment (completion, best and latest
 * scores overall and per domain, overdue, critical incidents), and one trainee over time (domain scores,
 * reflections, where they are below an assignment's pass mark).
 *
 * The cohort dashboard is a fixed handful of set-based queries whatever the cohort's size: the cohort, its
 * trainees, its assignments, the light columns of every attempt linked to those assignments (with the
 * number of critical incidents counted in SQL), then the score reports of only the attempts shown (the best
 * and latest per trainee and scenario), read in chunks.
 */
import { domainsBelow, parsePassMarks } from './pass-marks.ts';
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../db/migrations.ts';
import type { AssignmentTable, Database } from '../db/schema.ts';
import type { ScoreReport } from '../../engine/scoring.ts';
import type { Actor } from '../core/actor.ts';
import { notFound } from '../core/errors.ts';
import { isId } from '../core/input.ts';
import type { AttemptService, DomainSummary } from './attempts/service.ts';
import { cohortMembers } from './cohorts.ts';
import { supervisesCohort } from './supervision-access.ts';

/** Scores of one cell: the mean, over the assignment's scenarios the trainee completed, of one attempt per scenario. */
export interface CellScores {
  overall: number | null;
  /** Domain id → score (0–100), for the domains any of those attempts scored. */
  domains: Record<string, number>;
}

export type CellStatus = 'not_started' | 'in_progress' | 'completed';

export interface DashboardCell {
  assignmentId: string;
  status: CellStatus;
  /** Scenarios of the assignment with at least one completed attempt, and how many it has. */
  completedScenarios: number;
  totalScenarios: number;
  /** Attempts linked to the assignment, in any state. */
  attempts: number;
  /** Per scenario the highest-scoring completed attempt. */
  best: CellScores | null;
  /** Per scenario the most recently completed attempt. */
  latest: CellScores | null;
  /** The latest completed attempt of the cell, for opening its review. */
  latestAttemptId: string | null;
  latestAt: string | null;
  /** Past its due date and not completed. */
  overdue: boolean;
  /** Critical incidents over every completed attempt linked to the assignment. */
  incidents: number;
  /** Domains whose best score is below the assignment's pass mark (or not scored yet, once completed). */
  belowPass: string[];
  /** Completed attempts not yet marked reviewed. */
  unreviewed: number;
}

export interface DashboardAssignment {
  id: string;
  title: string;
  scenarios: string[];
  mode: 'practice' | 'assessment';
  opensAt: string;
  dueAt: string;
  /** The one trainee it is for, or null for the whole cohort. */
  traineeId: string | null;
  passMarks: Record<string, number>;
}

export interface DashboardTrainee {
  id: string;
  name: string;
  email: string;
  joinedAt: string;
  /** One cell per assignment, in the order of `assignments`; null where the assignment is for someone else. */
  cells: (DashboardCell | null)[];
}

export interface CohortDashboard {
  cohort: { id: string; name: string; archivedAt: string | null };
  assignments: DashboardAssignment[];
  /** Domains seen in any cell or pass mark, id and name, in rubric order where known. */
  domains: { id: string; name: string }[];
  trainees: DashboardTrainee[];
  generatedAt: string;
}

export interface TraineeAttemptPoint {
  id: string;
  title: string;
  scenario: string;
  assignmentId: string | null;
  completedAt: string;
  overall: number | null;
  domains: DomainSummary[];
  incidents: number;
  reflection: string | null;
  reviewedAt: string | null;
}

export interface BelowPass {
  assignmentId: string;
  assignment: string;
  domain: string;
  domainName: string;
  mark: number;
  /** The trainee's best score on the domain for that assignment; null when not scored yet. */
  score: number | null;
}

export interface TraineeView {
  cohort: { id: string; name: string };
  trainee: { id: string; name: string; email: string };
  /** Completed attempts, oldest first. */
  attempts: TraineeAttemptPoint[];
  /** Attempts in progress or not accepted, newest first. */
  unfinished: { id: string; title: string; status: string; startedAt: string }[];
  belowPass: BelowPass[];
  assignments: DashboardAssignment[];
}

const DOMAIN_ORDER = ['trust', 'boundaries', 'power', 'support'];
const CHUNK = 500;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toAssignment(a: AssignmentTable): DashboardAssignment {
  const scenarios = parseJson<unknown>(a.scenarios, []);
  return {
    id: a.id,
    title: a.title,
    scenarios: Array.isArray(scenarios) ? scenarios.filter((s): s is string => typeof s === 'string') : [],
    mode: a.mode,
    opensAt: a.opens_at,
    dueAt: a.due_at,
    traineeId: a.trainee_id,
    passMarks: parsePassMarks(a.pass_marks),
  };
}

/** The mean of per-scenario reports: overall, and each domain over the reports that scored it. */
function meanScores(reports: (ScoreReport | null)[]): CellScores | null {
  const present = reports.filter((r): r is ScoreReport => r !== null);
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

interface LightAttempt {
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

export function dashboardService(db: Kysely<Database>, dialect: Dialect, attempts: AttemptService, now: () => Date = () => new Date()) {
  /** The number of critical incidents in an attempt's score report, counted by the database. */
  const incidentCount =
    dialect === 'postgres'
      ? sql<number>`coalesce(json_array_length((attempt.score::json) -> 'incidents'), 0)`
      : sql<number>`coalesce(json_array_length(attempt.score, '$.incidents'), 0)`;

  async function cohortFor(actor: Actor, cohortId: string) {
    if (!isId(cohortId)) throw notFound('cohort');
    const cohort = await db.selectFrom('cohort').select(['id', 'name', 'archived_at']).where('id', '=', cohortId).executeTakeFirst();
    if (!cohort || !(await supervisesCohort(db, actor, cohortId))) throw notFound('cohort');
    return cohort;
  }

  async function reportsOf(ids: string[]): Promise<Map<string, ScoreReport>> {
    const out = new Map<string, ScoreReport>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await db.selectFrom('attempt').select(['id', 'score']).where('id', 'in', ids.slice(i, i + CHUNK)).execute();
      for (const r of rows) if (r.score) out.set(r.id, JSON.parse(r.score) as ScoreReport);
    }
    return out;
  }

  /** Light rows of every attempt linked to the cohort's assignments, by members of the cohort (optionally one). */
  async function linkedAttempts(cohortId: string, traineeId?: string): Promise<LightAttempt[]> {
    let q = db
      .selectFrom('attempt')
      .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
      .innerJoin('cohort_member', (j) => j.onRef('cohort_member.user_id', '=', 'attempt.user_id').onRef('cohort_member.cohort_id', '=', 'assignment.cohort_id'))
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
      .where('assignment.cohort_id', '=', cohortId);
    if (traineeId) q = q.where('attempt.user_id', '=', traineeId);
    const rows = await q.execute();
    return rows.map((r) => ({
      ...r,
      assignment_id: r.assignment_id!,
      overall: r.overall === null ? null : Number(r.overall),
      incidents: r.status === 'completed' ? Number(r.incidents ?? 0) : 0,
    }));
  }

  /**
   * The cells of a set of trainees × assignments from their linked attempts: picks the best and latest
   * completed attempt per (trainee, assignment, scenario), reads only those reports, and averages them.
   */
  async function buildCells(trainees: string[], assignments: DashboardAssignment[], rows: LightAttempt[], at: string) {
    type Group = { rows: LightAttempt[] };
    const groups = new Map<string, Group>();
    const key = (u: string, a: string) => `${u}\u0000${a}`;
    const byId = new Map(assignments.map((a) => [a.id, a]));
    for (const r of rows) {
      const a = byId.get(r.assignment_id);
      if (!a || !a.scenarios.includes(r.scenario)) continue;
      const k = key(r.user_id, r.assignment_id);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { rows: [] }));
      g.rows.push(r);
    }
    // Per group and scenario: the best and the latest completed attempt.
    const picks = new Map<string, { best: Map<string, LightAttempt>; latest: Map<string, LightAttempt> }>();
    const wanted = new Set<string>();
    for (const [k, g] of groups) {
      const best = new Map<string, LightAttempt>();
      const latest = new Map<string, LightAttempt>();
      for (const r of g.rows) {
        if (r.status !== 'completed') continue;
        const b = best.get(r.scenario);
        if (!b || (r.overall ?? -1) > (b.overall ?? -1)) best.set(r.scenario, r);
        const l = latest.get(r.scenario);
        if (!l || (r.completed_at ?? '') > (l.completed_at ?? '')) latest.set(r.scenario, r);
      }
      for (const r of [...best.values(), ...latest.values()]) wanted.add(r.id);
      picks.set(k, { best, latest });
    }
    const reports = await reportsOf([...wanted]);
    const cells = new Map<string, DashboardCell>();
    for (const trainee of trainees) {
      for (const a of assignments) {
        if (a.traineeId !== null && a.traineeId !== trainee) continue;
        const k = key(trainee, a.id);
        const g = groups.get(k);
        const p = picks.get(k);
        const completedScenarios = p ? p.best.size : 0;
        const total = a.scenarios.length;
        const status: CellStatus = total > 0 && completedScenarios >= total ? 'completed' : g && g.rows.length > 0 ? 'in_progress' : 'not_started';
        const best = p ? meanScores([...p.best.values()].map((r) => reports.get(r.id) ?? null)) : null;
        const latest = p ? meanScores([...p.latest.values()].map((r) => reports.get(r.id) ?? null)) : null;
        const latestRow = p ? [...p.latest.values()].sort((x, y) => (y.completed_at ?? '').localeCompare(x.completed_at ?? ''))[0] : undefined;
        // Judged once something is completed: before that, nothing is below, only not started.
        const belowPass = completedScenarios > 0 ? domainsBelow(a.passMarks, best?.domains ?? {}) : [];
        cells.set(k, {
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
          incidents: g ? g.rows.reduce((n, r) => n + r.incidents, 0) : 0,
          belowPass,
          unreviewed: g ? g.rows.filter((r) => r.status === 'completed' && r.reviewed_at === null).length : 0,
        });
      }
    }
    return { cells, key, reports };
  }

  function domainList(assignments: DashboardAssignment[], reports: Iterable<ScoreReport>) {
    const names = new Map<string, string>();
    for (const r of reports) for (const d of r.domains) if (!names.has(d.id)) names.set(d.id, d.name);
    for (const a of assignments) for (const id of Object.keys(a.passMarks)) if (!names.has(id)) names.set(id, id.charAt(0).toUpperCase() + id.slice(1));
    const order = (id: string) => (DOMAIN_ORDER.indexOf(id) === -1 ? DOMAIN_ORDER.length : DOMAIN_ORDER.indexOf(id));
    return [...names].sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0])).map(([id, name]) => ({ id, name }));
  }

  return {
    /** Trainees × assignments of a cohort; only for its supervisors and administrators (404 for anyone else). */
    async cohortDashboard(actor: Actor, cohortId: string): Promise<CohortDashboard> {
      const cohort = await cohortFor(actor, cohortId);
      const at = now().toISOString();
      const members = await cohortMembers(db, cohortId);
      const assignments = (
        await db.selectFrom('assignment').selectAll().where('cohort_id', '=', cohortId).orderBy('due_at').orderBy('created_at').orderBy('id').execute()
      ).map(toAssignment);
      const rows = await linkedAttempts(cohortId);
      const { cells, key, reports } = await buildCells(
        members.map((m) => m.id),
        assignments,
        rows,
        at,
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
          cells: assignments.map((a) => cells.get(key(m.id, a.id)) ?? null),
        })),
        generatedAt: at,
      };
    },

    /** One trainee of a cohort over time; only for the cohort's supervisors and administrators. */
    async traineeView(actor: Actor, cohortId: string, traineeId: string): Promise<TraineeView> {
      const cohort = await cohortFor(actor, cohortId);
      if (!isId(traineeId)) throw notFound('trainee');
      const member = await db
        .selectFrom('cohort_member')
        .innerJoin('user', 'user.id', 'cohort_member.user_id')
        .select(['user.id', 'user.name', 'user.email'])
        .where('cohort_member.cohort_id', '=', cohortId)
        .where('cohort_member.user_id', '=', traineeId)
        .executeTakeFirst();
      if (!member) throw notFound('trainee');
      const at = now().toISOString();
      const reviewed = new Map(
        (
          await db
            .selectFrom('attempt')
            .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
            .select(['attempt.id', 'attempt.reviewed_at', 'attempt.assignment_id'])
            .where('attempt.user_id', '=', traineeId)
            .where('assignment.cohort_id', '=', cohortId)
            .execute()
        ).map((r) => [r.id, r]),
      );
      // Only the attempts made for this cohort's assignments: not the trainee's other cohorts', not practice.
      const all = reviewed.size ? (await attempts.list(actor, traineeId)).filter((a) => reviewed.has(a.id)) : [];
      const assignments = (
        await db
          .selectFrom('assignment')
          .selectAll()
          .where('cohort_id', '=', cohortId)
          .where((eb) => eb.or([eb('trainee_id', 'is', null), eb('trainee_id', '=', traineeId)]))
          .orderBy('due_at')
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      ).map(toAssignment);
      const rows = await linkedAttempts(cohortId, traineeId);
      const { cells, key } = await buildCells([traineeId], assignments, rows, at);
      const domainNames = new Map<string, string>();
      for (const a of all) for (const d of a.domains) if (!domainNames.has(d.id)) domainNames.set(d.id, d.name);
      const belowPass: BelowPass[] = [];
      for (const a of assignments) {
        const cell = cells.get(key(traineeId, a.id));
        for (const domain of domainsBelow(a.passMarks, cell?.best?.domains ?? {})) {
          belowPass.push({
            assignmentId: a.id,
            assignment: a.title,
            domain,
            domainName: domainNames.get(domain) ?? domain.charAt(0).toUpperCase() + domain.slice(1),
            mark: a.passMarks[domain]!,
            score: cell?.best?.domains[domain] ?? null,
          });
        }
      }
      return {
        cohort: { id: cohort.id, name: cohort.name },
        trainee: member,
        attempts: all
          .filter((a) => a.status === 'completed' && a.completedAt)
          .map((a) => ({
            id: a.id,
            title: a.title,
            scenario: a.scenario,
            assignmentId: reviewed.get(a.id)?.assignment_id ?? null,
            completedAt: a.completedAt!,
            overall: a.overall,
            domains: a.domains,
            incidents: a.incidents,
            reflection: a.reflection,
            reviewedAt: reviewed.get(a.id)?.reviewed_at ?? null,
          }))
          .sort((x, y) => x.completedAt.localeCompare(y.completedAt) || x.id.localeCompare(y.id)),
        unfinished: all.filter((a) => a.status !== 'completed').map((a) => ({ id: a.id, title: a.title, status: a.status, startedAt: a.startedAt })),
        belowPass,
        assignments,
      };
    },
  };
}

export type DashboardService = ReturnType<typeof dashboardService>;
