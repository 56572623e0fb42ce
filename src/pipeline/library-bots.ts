/**
 * The test-wise bots over the library on disk, as diagnostics: a bot at or above the competent band on a
 * scenario is an error at the scenario's entry file, and so is a classifier that beats the library's limit.
 */
import type { Diagnostic } from '../engine/diagnostics.ts';
import { botMessage, CLASSIFIER_LIMIT, runLibraryBots, type LibraryBotReport } from '../engine/testwise-bots.ts';
import type { Rubric } from '../engine/rubric.ts';

interface Playable {
  slug: string;
  json: string | null;
}

export function libraryBots(library: { rubric: Rubric; scenarios: readonly Playable[] }): LibraryBotReport {
  const playable = library.scenarios.flatMap((s) => (s.json ? [{ slug: s.slug, json: s.json }] : []));
  return runLibraryBots(library.rubric, playable);
}

/** Errors for every bot that scores competent, per scenario; and for the classifier over the whole library. */
export function botDiagnostics(report: LibraryBotReport, fileOf: (slug: string) => string): Diagnostic[] {
  const out: Diagnostic[] = report.scenarios.flatMap((s) =>
    s.failing.map((bot) => ({
      file: fileOf(s.slug),
      line: null,
      severity: 'error' as const,
      message: botMessage(bot, s.scores[bot]!),
    })),
  );
  const share = report.points ? report.classifierHits / report.points : 0;
  if (report.scenarios.length > 2 && share > CLASSIFIER_LIMIT) {
    out.push({
      file: 'stories',
      line: null,
      severity: 'error',
      message: `a word-and-length classifier trained on the other scenarios picks the keyed best at ${(share * 100).toFixed(0)}% of points (limit ${CLASSIFIER_LIMIT * 100}%, chance ${(report.chance * 100).toFixed(0)}%): keys share a surface across the library`,
    });
  }
  return out;
}
