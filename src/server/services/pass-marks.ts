/**
 * The pass-mark rule, one for every place that judges it (the cohort dashboard, the trainee view, the CSV and
 * xAPI exports): a marked domain is met when its score is at least the mark. A marked domain with no score (the
 * trainee's path never put it at stake) is not met: nothing shows it was, so it is never passed by default.
 */

/** An assignment's stored pass marks (JSON), as domain → mark; anything malformed is left out. */
export function parsePassMarks(raw: string | null | undefined): Record<string, number> {
  if (!raw) return {};
  try {
    const marks = JSON.parse(raw) as unknown;
    if (!marks || typeof marks !== 'object' || Array.isArray(marks)) return {};
    return Object.fromEntries(Object.entries(marks as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return {};
  }
}

/** The marked domains not met by these domain scores (an unscored domain is not met). */
export function domainsBelow(marks: Record<string, number>, scores: Record<string, number | null | undefined>): string[] {
  return Object.entries(marks)
    .filter(([domain, mark]) => {
      const score = scores[domain];
      return typeof score !== 'number' || score < mark;
    })
    .map(([domain]) => domain);
}

/** Whether the scores meet every mark; null when there are no marks to judge by. */
export function meetsPassMarks(marks: Record<string, number>, scores: Record<string, number | null | undefined>): boolean | null {
  return Object.keys(marks).length === 0 ? null : domainsBelow(marks, scores).length === 0;
}
