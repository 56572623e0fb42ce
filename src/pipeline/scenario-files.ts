/** Loads one scenario folder: its metadata, its compiled story and every problem found on the way. */
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../engine/diagnostics.ts';
import { hasErrors } from '../engine/diagnostics.ts';
import { findCriterion, type Rubric } from '../engine/rubric.ts';
import type { ScenarioMeta } from '../engine/scenario-meta.ts';
import { scenarioMetaSchema } from '../engine/scenario-meta-schema.ts';
import { checkTags, findTags } from '../engine/tag-placement.ts';
import { parseTag } from '../engine/tags.ts';
import { compileInk } from './compile-ink.ts';
import { runtimeChecks } from '../engine/story-checks.ts';
import { readStructure } from '../engine/story-structure.ts';
import { lineOfField, readYaml } from './yaml-file.ts';

export interface LoadedScenario {
  slug: string;
  meta: ScenarioMeta | null;
  /** Compiled ink JSON, or null when the scenario has errors. */
  json: string | null;
  /** Identifies this compiled version; saved with progress so a changed story is noticed. */
  hash: string | null;
  /** Criterion ids that the story's options carry evidence for. */
  criteria: string[];
  /** Fewest and most choice points on the paths played at build time (every option at least once); null when none. */
  points: { min: number; max: number } | null;
  diagnostics: Diagnostic[];
}

export function storyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function loadScenario(root: string, storiesDir: string, slug: string, rubric: Rubric): LoadedScenario {
  const folder = join(storiesDir, slug);
  const known = (id: string) => findCriterion(rubric, id) !== null;
  const unknownFocus = (raw: unknown) => {
    const focus = (raw as { focus?: unknown } | null)?.focus;
    if (!Array.isArray(focus)) return [];
    return focus.flatMap((id, i) =>
      typeof id === 'string' && !known(id) ? [{ path: ['focus', i], message: `unknown rubric criterion "${id}"` }] : [],
    );
  };
  const meta = readYaml(join(folder, 'scenario.yaml'), root, scenarioMetaSchema, [unknownFocus]);
  const diagnostics: Diagnostic[] = [...meta.diagnostics];

  const main = meta.ok ? meta.value.main : 'main.ink';
  const compiled = compileInk(join(folder, main), root);
  diagnostics.push(...compiled.diagnostics);
  const mainFile = `${relativeDir(root, folder)}/${main}`;
  const fileFor = (inkName: string | null) =>
    !inkName || inkName === mainFile ? mainFile : relative(root, resolve(folder, inkName)).split('\\').join('/');
  const criteria = new Set<string>();
  const tags = compiled.parsedStory ? findTags(compiled.parsedStory) : [];
  for (const tag of tags) {
    const parsed = tag.placement === 'choice' ? parseTag(tag.text) : null;
    if (parsed?.ok && parsed.tag.kind === 'rubric') criteria.add(parsed.tag.criterion);
  }
  if (compiled.parsedStory) diagnostics.push(...checkTags(compiled.parsedStory, fileFor, known));

  let points: LoadedScenario['points'] = null;
  if (compiled.json && compiled.parsedStory && !hasErrors(diagnostics)) {
    // Plays every path when there are few, else every option at least once (a library story has ~270,000
    // paths): runtime errors, loops, unreached passages and endings, unwinnable points.
    const checked = runtimeChecks({ json: compiled.json, structure: readStructure(compiled.parsedStory), tags, fileFor });
    diagnostics.push(...checked.diagnostics);
    const run = checked.exploration;
    if (run.paths.length > 0) points = { min: run.minPoints, max: run.maxPoints };
    if (meta.ok) diagnostics.push(...unexercisedFocus(join(folder, 'scenario.yaml'), root, meta.value.focus, checked.exercised));
  }

  const ok = meta.ok && compiled.json !== null && !hasErrors(diagnostics);
  return {
    slug,
    meta: meta.ok ? (meta.value as ScenarioMeta) : null,
    json: ok ? compiled.json : null,
    hash: ok && compiled.json ? storyHash(compiled.json) : null,
    criteria: [...criteria].sort(),
    points,
    diagnostics,
  };
}

function relativeDir(root: string, dir: string): string {
  const rel = dir.startsWith(root) ? dir.slice(root.length).replace(/^[\\/]/, '') : dir;
  return rel.split('\\').join('/');
}

/** Criteria named in the scenario's focus that no option played carries evidence for. */
function unexercisedFocus(path: string, root: string, focus: string[], exercised: Set<string>): Diagnostic[] {
  return focus.flatMap((id, i) =>
    exercised.has(id)
      ? []
      : [{ ...lineOfField(path, root, ['focus', i]), severity: 'error' as const, message: `focus[${i}]: "${id}" is in the focus but no option exercises it` }],
  );
}
