/**
 * The cohort dashboard as the page shows it: a page of trainees, found, filtered and sorted over the whole cohort
 * on the server, so it works with no script at all and sends only the rows shown (a cohort of 500 trainees was
 * 5 MB of HTML). The view is read from the page's query parameters (`q`, `show`, `measure`, `sort`, `dir`, `page`,
 * `size`); anything unknown falls back to the default, and links are made back from a view the same way.
 *
 * Sorting and filtering are those the table had in the browser: by name (case and accents ignored), by overdue
 * work, by critical incidents or by an assignment's score (overall or a domain's); trainees without a value last
 * whichever way, equal ones in the cohort's order (by name). The totals (the cohort at a glance, the summary row)
 * are over every trainee, or every trainee the filters keep, never only the page.
 */
import type { CohortDashboard, DashboardCell, DashboardTrainee } from './types.ts';

export type DashboardShow = 'all' | 'overdue' | 'incidents' | 'below' | 'unreviewed' | 'not-started';
export type SortDirection = 'ascending' | 'descending';

export interface DashboardView {
  /** Find: part of a name or email. */
  q: string;
  show: DashboardShow;
  /** 'overall' or a domain id: the score the cells show and an assignment's column sorts by. */
  measure: string;
  /** 'name', 'overdue', 'incidents', or an assignment's id. */
  sort: string;
  dir: SortDirection;
  /** 1-based. */
  page: number;
  size: number;
}

export const SHOWS: readonly DashboardShow[] = ['all', 'overdue', 'incidents', 'below', 'unreviewed', 'not-started'];
export const PAGE_SIZES: readonly number[] = [25, 50, 100];
export const DEFAULT_VIEW: DashboardView = {
  q: '',
  show: 'all',
  measure: 'overall',
  sort: 'name',
  dir: 'ascending',
  page: 1,
  size: 50,
};

/** The direction a column sorts in when first chosen: names A to Z, flags most first, scores lowest first. */
export function defaultDirection(sort: string): SortDirection {
  return sort === 'overdue' || sort === 'incidents' ? 'descending' : 'ascending';
}

/** The view a page's query parameters ask for, as given (checked against the cohort by `dashboardPage`). */
export function readDashboardView(params: URLSearchParams): DashboardView {
  const show = params.get('show') as DashboardShow | null;
  const sort = params.get('sort')?.trim() || DEFAULT_VIEW.sort;
  const dir = params.get('dir');
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    show: show && SHOWS.includes(show) ? show : DEFAULT_VIEW.show,
    measure: params.get('measure')?.trim() || DEFAULT_VIEW.measure,
    sort,
    dir: dir === 'desc' ? 'descending' : dir === 'asc' ? 'ascending' : defaultDirection(sort),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: PAGE_SIZES.includes(size) ? size : DEFAULT_VIEW.size,
  };
}

/** A link to the dashboard with this view changed: only what differs from the defaults is written. */
export function dashboardHref(path: string, view: DashboardView, change: Partial<DashboardView> = {}): string {
  const v = { ...view, ...change };
  const params = new URLSearchParams();
  if (v.q.trim()) params.set('q', v.q.trim());
  if (v.show !== DEFAULT_VIEW.show) params.set('show', v.show);
  if (v.measure !== DEFAULT_VIEW.measure) params.set('measure', v.measure);
  if (v.sort !== DEFAULT_VIEW.sort) params.set('sort', v.sort);
  if (v.dir !== defaultDirection(v.sort)) params.set('dir', v.dir === 'descending' ? 'desc' : 'asc');
  if (v.size !== DEFAULT_VIEW.size) params.set('size', String(v.size));
  if (v.page > 1) params.set('page', String(v.page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Per assignment, over the trainees the filters keep: how many it is for, completed it, are overdue, and the mean score. */
export interface ColumnSummary {
  assigned: number;
  completed: number;
  overdue: number;
  /** The mean of the shown measure over those with a score, and how many that is. */
  mean: number | null;
  scored: number;
}

export interface DashboardPage extends Omit<CohortDashboard, 'trainees'> {
  /** The view as applied: anything unknown replaced by its default, the page within range. */
  view: DashboardView;
  /** The trainees of this page, in order. */
  rows: DashboardTrainee[];
  /** Trainees in the cohort, and those the filters keep (over every page). */
  total: number;
  matched: number;
  pages: number;
  /** 1-based positions of the first and last row shown among those kept (0 and 0 when none). */
  first: number;
  last: number;
  /** The whole cohort at a glance, whatever the filters. */
  cohortSummary: { overdue: number; critical: number; unreviewed: number };
  /** Over every trainee the filters keep: per assignment, and the flag columns' sums. */
  columns: ColumnSummary[];
  overdueTotal: number;
  incidentTotal: number;
}

const overdueCount = (t: DashboardTrainee) => t.cells.reduce((n, c) => n + (c?.overdue ? 1 : 0), 0);
const incidentCount = (t: DashboardTrainee) => t.cells.reduce((n, c) => n + (c?.incidents ?? 0), 0);

/** A cell's score by the measure: its best overall, or its best on one domain; null when none. */
export function scoreOf(cell: DashboardCell | null, measure: string): number | null {
  if (!cell?.best) return null;
  return measure === 'overall' ? cell.best.overall : (cell.best.domains[measure] ?? null);
}

function keeps(t: DashboardTrainee, query: string, show: DashboardShow): boolean {
  if (query && !t.name.toLowerCase().includes(query) && !t.email.toLowerCase().includes(query)) return false;
  switch (show) {
    case 'overdue':
      return overdueCount(t) > 0;
    case 'incidents':
      return incidentCount(t) > 0;
    case 'below':
      return t.cells.some((c) => c !== null && c.belowPass.length > 0);
    case 'unreviewed':
      return t.cells.some((c) => c !== null && c.unreviewed > 0);
    case 'not-started':
      return t.cells.some((c) => c?.status === 'not_started');
    default:
      return true;
  }
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** The page of the dashboard this view asks for, with the totals over the cohort and over what the filters keep. */
export function dashboardPage(board: CohortDashboard, asked: DashboardView): DashboardPage {
  const { trainees, ...rest } = board;
  const measure =
    asked.measure === 'overall' || board.domains.some((d) => d.id === asked.measure) ? asked.measure : 'overall';
  const column = board.assignments.findIndex((a) => a.id === asked.sort);
  const sort = asked.sort === 'name' || asked.sort === 'overdue' || asked.sort === 'incidents' || column >= 0;
  const view: DashboardView = {
    ...asked,
    measure,
    sort: sort ? asked.sort : 'name',
    dir: sort ? asked.dir : defaultDirection('name'),
  };

  const query = view.q.trim().toLowerCase();
  const kept = trainees.filter((t) => keeps(t, query, view.show));
  const value = (t: DashboardTrainee): string | number | null => {
    if (view.sort === 'name') return t.name;
    if (view.sort === 'overdue') return overdueCount(t);
    if (view.sort === 'incidents') return incidentCount(t);
    return scoreOf(t.cells[column] ?? null, measure);
  };
  const sign = view.dir === 'ascending' ? 1 : -1;
  const sorted = kept
    .map((t, i) => ({ t, i, v: value(t) }))
    .sort((a, b) => {
      const x = a.v;
      const y = b.v;
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : byName.compare(String(x), String(y));
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((x) => x.t);

  const pages = Math.max(1, Math.ceil(sorted.length / view.size));
  view.page = Math.min(view.page, pages);
  const start = (view.page - 1) * view.size;
  const rows = sorted.slice(start, start + view.size);

  const columns: ColumnSummary[] = board.assignments.map(() => ({
    assigned: 0,
    completed: 0,
    overdue: 0,
    mean: null,
    scored: 0,
  }));
  let overdueTotal = 0;
  let incidentTotal = 0;
  for (const t of kept) {
    overdueTotal += overdueCount(t);
    incidentTotal += incidentCount(t);
    t.cells.forEach((c, i) => {
      const s = columns[i]!;
      if (c === null) return;
      s.assigned += 1;
      if (c.status === 'completed') s.completed += 1;
      if (c.overdue) s.overdue += 1;
      const score = scoreOf(c, measure);
      if (score !== null) {
        s.mean = (s.mean ?? 0) + score;
        s.scored += 1;
      }
    });
  }
  for (const s of columns) if (s.mean !== null) s.mean /= s.scored;

  return {
    ...rest,
    view,
    rows,
    total: trainees.length,
    matched: sorted.length,
    pages,
    first: rows.length ? start + 1 : 0,
    last: start + rows.length,
    cohortSummary: {
      overdue: trainees.filter((t) => overdueCount(t) > 0).length,
      critical: trainees.filter((t) => incidentCount(t) > 0).length,
      unreviewed: trainees.reduce((n, t) => n + t.cells.reduce((m, c) => m + (c?.unreviewed ?? 0), 0), 0),
    },
    columns,
    overdueTotal,
    incidentTotal,
  };
}
