/**
 * `attempt.score_summary`: what the cohort CSV (and any list of many attempts) needs of a completed attempt's score
 * report, written beside the report when the attempt completes: each domain's id, name and score, each criterion's
 * id and score, and the critical incidents' kinds, in the report's order. About a sixth of the report (which also
 * holds every incident's option and feedback text and every criterion's opportunities): a cohort of 20,000 attempts
 * is about 6 MB to read and parse instead of 35 MB (issue 14, the streamed CSV).
 *
 * The report stays the record; the summary is made from it by `scoreSummaryOf` only, and a row without one (written
 * before migration 0012 backfilled them, or inserted by hand) is summarised from its report when read
 * (`summaryOfRow`), so a reader never shows less than the report says.
 */
import { z } from 'zod';
import type { ScoreReport } from '../../engine/scoring.ts';
import { jsonColumn, readScoreReport } from './json-column.ts';

export interface ScoreSummary {
  /** [id, name, score] per domain. */
  domains: [string, string, number | null][];
  /** [id, score] per criterion. */
  criteria: [string, number | null][];
  /** Each critical incident's kind. */
  incidents: string[];
}

export function scoreSummaryOf(report: ScoreReport): ScoreSummary {
  return {
    domains: report.domains.map((d) => [d.id, d.name, d.score]),
    criteria: report.criteria.map((c) => [c.id, c.score]),
    incidents: report.incidents.map((i) => i.kind),
  };
}

/** The column's text for a report. */
export const writeScoreSummary = (report: ScoreReport): string => JSON.stringify(scoreSummaryOf(report));

/** Lists are checked as lists, not item by item, as the report's are (json-column.ts says why). */
const list = z.custom<unknown[]>((v) => Array.isArray(v), 'must be a list');

export const readScoreSummary = jsonColumn<ScoreSummary>(
  'attempt.score_summary',
  z.looseObject({ domains: list, criteria: list, incidents: list }),
);

/** A row's summary: its own, else made from its report; null when it has neither (not completed). */
export function summaryOfRow(row: { score_summary: string | null; score?: string | null }): ScoreSummary | null {
  if (row.score_summary !== null) return readScoreSummary(row.score_summary);
  return row.score ? scoreSummaryOf(readScoreReport(row.score)) : null;
}
