/**
 * The pass-mark rule, one for every place that judges it (the cohort dashboard, the trainee view, the xAPI
 * `scored` statement, and grade passback when it comes): a marked domain is met when its score is at least the
 * mark. A marked domain with no score (the trainee's path never put it at stake) is not met: nothing shows it was,
 * so it is never passed by default. Pure, so the server and a property test run the same code.
 */
import type { ScoreReport } from './scoring.ts';

/** An assignment's pass marks: rubric domain id → the lowest passing score (0–100). */
export type PassMarks = Readonly<Record<string, number>>;

/** Scores by rubric domain id; null or absent where the domain was not scored. */
export type DomainScores = Readonly<Record<string, number | null | undefined>>;

/** The marked domains not met by these domain scores (an unscored domain is not met), in the marks' order. */
export function domainsBelow(marks: PassMarks, scores: DomainScores): string[] {
  return Object.entries(marks)
    .filter(([domain, mark]) => {
      const score = scores[domain];
      return typeof score !== 'number' || score < mark;
    })
    .map(([domain]) => domain);
}

/** Whether the scores meet every mark; null when there are no marks to judge by. */
export function meetsPassMarks(marks: PassMarks, scores: DomainScores): boolean | null {
  return Object.keys(marks).length === 0 ? null : domainsBelow(marks, scores).length === 0;
}

/** A score report's domain scores, as the rule reads them. */
export function domainScoresOf(report: Pick<ScoreReport, 'domains'>): Record<string, number | null> {
  return Object.fromEntries(report.domains.map((d) => [d.id, d.score]));
}
