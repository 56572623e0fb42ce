/**
 * Compiles one ink entry file from disk and runs every check that needs no scenario metadata
 * (src/engine/check-compiled.ts). Used by the scenario loader and by `npm run stories:check` on a bare
 * .ink file. Never throws: an internal failure is reported as a diagnostic.
 */
import { dirname, relative, resolve } from 'node:path';
import { checkCompiled, type CheckedStory } from '../engine/check-compiled.ts';
import { findCriterion, type Rubric } from '../engine/rubric.ts';
import { compileInk } from './compile-ink.ts';

export type CheckedInk = CheckedStory;

export function checkInk(root: string, mainPath: string, rubric: Rubric): CheckedInk {
  const shown = (abs: string) => relative(root, abs).split('\\').join('/');
  const mainFile = shown(mainPath);
  const fileFor = (inkName: string | null) =>
    !inkName || inkName === mainFile ? mainFile : shown(resolve(dirname(mainPath), inkName));
  try {
    return checkCompiled(compileInk(mainPath, root), fileFor, (id) => findCriterion(rubric, id) !== null, rubric);
  } catch (error) {
    return {
      json: null,
      criteria: new Set(),
      exercised: new Set(),
      points: null,
      diagnostics: [
        {
          file: mainFile,
          line: null,
          severity: 'error',
          message: `the checker could not finish (${(error as Error).message}); please report this with the file`,
        },
      ],
    };
  }
}
