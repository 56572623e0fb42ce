/**
 * A cohort's results as CSV: one row per attempt made for its assignments, with trainee, scenario, story version,
 * mode, dates, overall, band, a column per rubric domain and per criterion (in rubric order), and the critical
 * incidents. csv.ts makes the document (a BOM, CRLF, and the formula-injection guard).
 *
 * The columns and the row are worked out here once, for the whole document at once (`cohortCsvOf`, from rows in
 * memory) and for the stream the download sends (cohort-csv-stream.ts, page by page), so the two cannot differ.
 */
import { DOMAIN_IDS } from '../../../engine/rubric.ts';
import type { ScoreReport } from '../../../engine/scoring.ts';
import { readScoreReport } from '../../core/json-column.ts';
import { csvDocument, round2, type CsvCell } from '../csv.ts';
import type { AttemptRow } from './attempt-rows.ts';

export interface CsvExport {
  filename: string;
  csv: string;
  rows: number;
}

/** Rubric domains first, in the rubric's order; anything else after them, by name. */
function rubricOrder(id: string): number {
  const i = (DOMAIN_IDS as readonly string[]).indexOf(id);
  return i === -1 ? DOMAIN_IDS.length : i;
}

/** The score columns: a column per domain and per criterion, in rubric order, with where each one is. */
export interface CohortCsvColumns {
  header: string[];
  domains: Map<string, number>;
  criteria: Map<string, number>;
}

const FIXED = [
  'trainee',
  'trainee_email',
  'trainee_id',
  'attempt_id',
  'scenario',
  'scenario_title',
  'story_version',
  'mode',
  'status',
  'assignment',
  'started_at',
  'completed_at',
  'overall',
  'band',
];

/** The header for these domain and criterion ids (any order, repeats ignored). */
export function cohortCsvColumns(domainIds: Iterable<string>, criterionIds: Iterable<string>): CohortCsvColumns {
  const domains = [...new Set(domainIds)].sort((a, b) => rubricOrder(a) - rubricOrder(b) || a.localeCompare(b));
  const criteria = [...new Set(criterionIds)].sort(
    (a, b) => rubricOrder(a.split('.')[0]!) - rubricOrder(b.split('.')[0]!) || a.localeCompare(b),
  );
  return {
    header: [
      ...FIXED,
      ...domains.map((d) => `domain:${d}`),
      ...criteria.map((c) => `criterion:${c}`),
      'critical_incidents',
      'critical_incident_kinds',
    ],
    domains: new Map(domains.map((d, i) => [d, FIXED.length + i])),
    criteria: new Map(criteria.map((c, i) => [c, FIXED.length + domains.length + i])),
  };
}

/** What a row shows of an attempt besides its report. */
export type CsvRowFields = Pick<
  AttemptRow,
  | 'id'
  | 'user_id'
  | 'user_name'
  | 'user_email'
  | 'scenario'
  | 'title'
  | 'story_hash'
  | 'mode'
  | 'status'
  | 'assignment_title'
  | 'started_at'
  | 'completed_at'
  | 'overall'
  | 'band'
>;

/** One attempt's cells under these columns (its report already read, or null). */
export function cohortCsvRow(r: CsvRowFields, report: ScoreReport | null, columns: CohortCsvColumns): CsvCell[] {
  const cells: CsvCell[] = new Array<CsvCell>(columns.header.length).fill(null);
  cells[0] = r.user_name;
  cells[1] = r.user_email;
  cells[2] = r.user_id;
  cells[3] = r.id;
  cells[4] = r.scenario;
  cells[5] = r.title;
  cells[6] = r.story_hash;
  cells[7] = r.mode;
  cells[8] = r.status;
  cells[9] = r.assignment_title;
  cells[10] = r.started_at;
  cells[11] = r.completed_at;
  cells[12] = round2(r.overall === null ? null : Number(r.overall));
  cells[13] = r.band;
  if (report) {
    // A report scores only its own version's domains and criteria; the other versions' columns stay empty.
    for (const d of report.domains) {
      const at = columns.domains.get(d.id);
      if (at !== undefined) cells[at] = round2(d.score);
    }
    for (const c of report.criteria) {
      const at = columns.criteria.get(c.id);
      if (at !== undefined) cells[at] = round2(c.score);
    }
    cells[cells.length - 2] = report.incidents.length;
    cells[cells.length - 1] = report.incidents.map((x) => x.kind).join('; ');
  }
  return cells;
}

/** The download's name: the cohort's name as a slug. */
export function cohortCsvFilename(cohortName: string): string {
  const slug =
    cohortName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'cohort';
  return `rapport-${slug}-results.csv`;
}

/**
 * The whole document from rows in memory, its columns from every report among them. The download streams instead
 * (cohort-csv-stream.ts); this is the reference it is tested against.
 */
export function cohortCsvOf(cohortName: string, rows: readonly AttemptRow[]): CsvExport {
  const reports = rows.map((r) => (r.score ? readScoreReport(r.score) : null));
  const columns = cohortCsvColumns(
    reports.flatMap((report) => report?.domains.map((d) => d.id) ?? []),
    reports.flatMap((report) => report?.criteria.map((c) => c.id) ?? []),
  );
  const body = rows.map((r, i) => cohortCsvRow(r, reports[i] ?? null, columns));
  return { filename: cohortCsvFilename(cohortName), csv: csvDocument(columns.header, body), rows: body.length };
}
