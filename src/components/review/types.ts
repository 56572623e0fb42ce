/** What the supervision pages hand their components: plain data, shaped here so no component imports src/server. */

/** A supervisor's comment as the debrief shows it. */
export interface DebriefComment {
  id: string;
  /** The choice point (0-based) it is pinned to, or null for the whole attempt. */
  point: number | null;
  body: string;
  authorName: string | null;
  createdAt: string;
  /** New to the trainee (not seen before this page). */
  isNew: boolean;
}

export interface HeatmapDomain {
  id: string;
  name: string;
}

export interface HeatmapAssignment {
  id: string;
  title: string;
  dueAt: string;
  passMarks: Record<string, number>;
}

export interface HeatmapCell {
  status: 'not_started' | 'in_progress' | 'completed';
  completedScenarios: number;
  totalScenarios: number;
  attempts: number;
  best: { overall: number | null; domains: Record<string, number> } | null;
  latestAttemptId: string | null;
  overdue: boolean;
  incidents: number;
  belowPass: string[];
  unreviewed: number;
}

export interface HeatmapTrainee {
  id: string;
  name: string;
  email: string;
  /** One per assignment, in order; null where the assignment is for someone else. */
  cells: (HeatmapCell | null)[];
}

/** What the cohort heatmap shows: the view it is in, as the dashboard page read it from its address. */
export interface HeatmapView {
  q: string;
  show: 'all' | 'overdue' | 'incidents' | 'below' | 'unreviewed' | 'not-started';
  measure: string;
  /** 'name', 'overdue', 'incidents', or an assignment's id. */
  sort: string;
  dir: 'ascending' | 'descending';
  size: number;
}

/** Which rows of how many, and the links to the other pages (null where there is none). */
export interface HeatmapPager {
  first: number;
  last: number;
  matched: number;
  total: number;
  page: number;
  pages: number;
  firstHref: string | null;
  prevHref: string | null;
  nextHref: string | null;
  lastHref: string | null;
}

/** The summary row: per assignment over every trainee the filters keep (all pages), and the flag columns' sums. */
export interface HeatmapSummary {
  columns: { assigned: number; completed: number; overdue: number; mean: number | null; scored: number }[];
  overdue: number;
  incidents: number;
}
