/**
 * Compiles one ink entry file and runs every check that needs no scenario metadata: the compiler's
 * errors and warnings, the tag grammar and placement, and the runtime checks. Used by the scenario
 * loader, and by `npm run stories:check` on a bare .ink file. Never throws: an internal failure is
 * reported as a diagnostic.
 */
import { relative, resolve, dirname } from 'node:path';
import { hasErrors, type Diagnostic } from '../engine/diagnostics.ts';
import { findCriterion, type Rubric } from '../engine/rubric.ts';
import { runtimeChecks } from '../engine/story-checks.ts';
import { readStructure } from '../engine/story-structure.ts';
import { checkTags, findTags } from '../engine/tag-placement.ts';
import { parseTag } from '../engine/tags.ts';
import { compileInk } from './compile-ink.ts';

export interface CheckedInk {
  json: string | null;
  diagnostics: Diagnostic[];
  /** Criterion ids that options carry evidence for, anywhere in the source. */
  criteria: Set<string>;
  /** Criterion ids on options that the runtime exploration actually offered. */
  exercised: Set<string>;
  points: { min: number; max: number } | null;
}

export function checkInk(root: string, mainPath: string, rubric: Rubric): CheckedInk {
  const shown = (abs: string) => relative(root, abs).split('\\').join('/');
  const mainFile = shown(mainPath);
  const fileFor = (inkName: string | null) => (!inkName || inkName === mainFile ? mainFile : shown(resolve(dirname(mainPath), inkName)));
  const known = (id: string) => findCriterion(rubric, id) !== null;
  const result: CheckedInk = { json: null, diagnostics: [], criteria: new Set(), exercised: new Set(), points: null };
  try {
    const compiled = compileInk(mainPath, root);
    result.diagnostics.push(...compiled.diagnostics);
    result.json = compiled.json;
    if (!compiled.parsedStory) return result;

    const tags = findTags(compiled.parsedStory);
    for (const tag of tags) {
      const parsed = tag.placement === 'choice' || tag.placement === 'choice-start' ? parseTag(tag.text) : null;
      if (parsed?.ok && parsed.tag.kind === 'rubric') result.criteria.add(parsed.tag.criterion);
    }
    result.diagnostics.push(...checkTags(compiled.parsedStory, fileFor, known));

    // The runtime checks run whenever the story compiles, so that a story with tag problems (or with no
    // rubric tags at all) still gets its runtime errors, loops and unreached passages reported.
    if (compiled.json) {
      const checked = runtimeChecks({
        json: compiled.json,
        structure: readStructure(compiled.parsedStory),
        tags,
        fileFor,
        judgeEvidence: !hasErrors(result.diagnostics),
      });
      result.diagnostics.push(...checked.diagnostics);
      result.exercised = checked.exercised;
      const run = checked.exploration;
      if (run.paths.length > 0) result.points = { min: run.minPoints, max: run.maxPoints };
    }
  } catch (error) {
    result.diagnostics.push({
      file: mainFile,
      line: null,
      severity: 'error',
      message: `the checker could not finish (${(error as Error).message}); please report this with the file`,
    });
  }
  if (hasErrors(result.diagnostics)) result.json = null;
  return result;
}
