/**
 * Compiles one ink entry file and runs every check that needs no scenario metadata
 * (src/engine/check-compiled.ts). Used by the scenario check (a folder's or a draft's) and by
 * `npm run stories:check` on a bare .ink file. Never throws: an internal failure is reported as a diagnostic.
 */
import { checkCompiled, type CheckedStory } from '../engine/check-compiled.ts';
import { findCriterion, type Rubric } from '../engine/rubric.ts';
import { compileInkSource, inkOnDisk, type InkSource } from './compile-ink.ts';

export type CheckedInk = CheckedStory;

export function checkInk(root: string, mainPath: string, rubric: Rubric): CheckedInk {
  return checkInkSource(inkOnDisk(mainPath, root), rubric);
}

export function checkInkSource(source: InkSource, rubric: Rubric): CheckedInk {
  const fileFor = (inkName: string | null) =>
    !inkName || inkName === source.file ? source.file : source.shownName(inkName);
  try {
    return checkCompiled(compileInkSource(source), fileFor, (id) => findCriterion(rubric, id) !== null, rubric);
  } catch (error) {
    return {
      json: null,
      criteria: new Set(),
      exercised: new Set(),
      points: null,
      diagnostics: [
        {
          file: source.file,
          line: null,
          severity: 'error',
          message: `the checker could not finish (${(error as Error).message}); please report this with the file`,
        },
      ],
    };
  }
}
