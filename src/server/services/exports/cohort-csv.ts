/**
 * A cohort's results as CSV: one row per attempt made for its assignments, with trainee, scenario, story version,
 * mode, dates, overall, band, a column per rubric domain and per criterion (in rubric order), and the critical
 * incidents. csv.ts makes the document (a BOM, CRLF, and the formula-injection guard).
 */
import { DOMAIN_IDS } from '../../../engine/rubric.ts';
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

export function cohortCsvOf(cohortName: string, rows: readonly AttemptRow[]): CsvExport {
  const reports = rows.map((r) => (r.score ? readScoreReport(r.score) : null));
  const domainIds = new Set<string>();
  const criterionIds = new Set<string>();
  for (const report of reports) {
    for (const d of report?.domains ?? []) domainIds.add(d.id);
    for (const c of report?.criteria ?? []) criterionIds.add(c.id);
  }
  const domains = [...domainIds].sort((a, b) => rubricOrder(a) - rubricOrder(b) || a.localeCompare(b));
  const criteria = [...criterionIds].sort(
    (a, b) => rubricOrder(a.split('.')[0]!) - rubricOrder(b.split('.')[0]!) || a.localeCompare(b),
  );
  const header = [
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
    ...domains.map((d) => `domain:${d}`),
    ...criteria.map((c) => `criterion:${c}`),
    'critical_incidents',
    'critical_incident_kinds',
  ];
  const body = rows.map((r, i): CsvCell[] => {
    const report = reports[i] ?? null;
    const domainScore = new Map(report?.domains.map((d) => [d.id, d.score]) ?? []);
    const criterionScore = new Map(report?.criteria.map((c) => [c.id, c.score]) ?? []);
    return [
      r.user_name,
      r.user_email,
      r.user_id,
      r.id,
      r.scenario,
      r.title,
      r.story_hash,
      r.mode,
      r.status,
      r.assignment_title,
      r.started_at,
      r.completed_at,
      round2(r.overall === null ? null : Number(r.overall)),
      r.band,
      ...domains.map((d) => round2(domainScore.get(d))),
      ...criteria.map((c) => round2(criterionScore.get(c))),
      report ? report.incidents.length : null,
      report ? report.incidents.map((x) => x.kind).join('; ') : null,
    ];
  });
  const slug =
    cohortName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'cohort';
  return { filename: `rapport-${slug}-results.csv`, csv: csvDocument(header, body), rows: body.length };
}
