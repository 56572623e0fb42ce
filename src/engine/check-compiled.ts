/**
 * Every check that needs no scenario metadata, on a story the ink compiler has already compiled: the tag
 * grammar and placement, then the runtime checks. Shared by the build (src/pipeline/check-ink.ts) and the
 * authoring page's compile worker, so an author sees exactly what the build will say.
 */
import { hasErrors, type Diagnostic } from './diagnostics.ts';
import { runtimeChecks } from './story-checks.ts';
import { readStructure } from './story-structure.ts';
import { checkTags, findTags } from './tag-placement.ts';
import { parseTag } from './tags.ts';
import type { Rubric } from './rubric.ts';

export interface CompiledStory {
  /** The compiled story as JSON text, or null when compilation failed. */
  json: string | null;
  /** The compiler's parsed tree, or null when parsing failed. */
  parsedStory: unknown;
  /** The compiler's own errors and warnings. */
  diagnostics: Diagnostic[];
}

export interface CheckedStory {
  /** The compiled JSON when there are no errors; null otherwise. */
  json: string | null;
  diagnostics: Diagnostic[];
  /** Criterion ids that options carry evidence for, anywhere in the source. */
  criteria: Set<string>;
  /** Criterion ids on options that the runtime exploration actually offered. */
  exercised: Set<string>;
  points: { min: number; max: number } | null;
}

export function checkCompiled(
  compiled: CompiledStory,
  fileFor: (inkName: string | null) => string,
  isKnownCriterion: (id: string) => boolean,
  rubric?: Rubric,
): CheckedStory {
  const result: CheckedStory = {
    json: null,
    diagnostics: [...compiled.diagnostics],
    criteria: new Set(),
    exercised: new Set(),
    points: null,
  };
  if (!compiled.parsedStory) return result;
  const tags = findTags(compiled.parsedStory);
  for (const tag of tags) {
    const parsed = tag.placement === 'choice' || tag.placement === 'choice-start' ? parseTag(tag.text) : null;
    if (parsed?.ok && parsed.tag.kind === 'rubric') result.criteria.add(parsed.tag.criterion);
  }
  result.diagnostics.push(...checkTags(compiled.parsedStory, fileFor, isKnownCriterion));

  // The runtime checks run whenever the story compiles, so that a story with tag problems (or with no
  // rubric tags at all) still gets its runtime errors, loops and unreached passages reported.
  if (compiled.json) {
    const checked = runtimeChecks({
      json: compiled.json,
      structure: readStructure(compiled.parsedStory),
      tags,
      fileFor,
      judgeEvidence: !hasErrors(result.diagnostics),
      ...(rubric ? { rubric } : {}),
    });
    result.diagnostics.push(...checked.diagnostics);
    result.exercised = checked.exercised;
    const run = checked.exploration;
    if (run.paths.length > 0) result.points = { min: run.minPoints, max: run.maxPoints };
  }
  result.json = hasErrors(result.diagnostics) ? null : compiled.json;
  return result;
}
