/** What the cohort dashboard and the trainee view answer with. */
import type { DomainSummary } from '../attempts/summary.ts';

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
