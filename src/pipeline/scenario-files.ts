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
import { explore } from '../engine/explore.ts';
import { readYaml } from './yaml-file.ts';

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
  const criteria = new Set<string>();
  if (compiled.parsedStory) {
    for (const tag of findTags(compiled.parsedStory)) {
      const parsed = tag.placement === 'choice' ? parseTag(tag.text) : null;
      if (parsed?.ok && parsed.tag.kind === 'rubric') criteria.add(parsed.tag.criterion);
    }
    const fileFor = (inkName: string | null) =>
      !inkName || inkName === mainFile ? mainFile : relative(root, resolve(folder, inkName)).split('\\').join('/');
    diagnostics.push(...checkTags(compiled.parsedStory, fileFor, known));
  }

  let points: LoadedScenario['points'] = null;
  if (compiled.json && !hasErrors(diagnostics)) {
    // Every option once: enough to catch runtime errors on each branch and to size the progress bar, and
    // linear in the story's size where playing every path is not (a library story has ~270,000 paths).
    const run = explore(compiled.json, { strategy: 'cover' });
    for (const e of run.errors.slice(0, 5)) {
      diagnostics.push({
        file: mainFile,
        line: null,
        severity: 'error',
        message: `${e.message} (after choosing options ${e.choices.map((c) => c + 1).join(', ') || 'none'})`,
      });
    }
    if (run.paths.length > 0) points = { min: run.minPoints, max: run.maxPoints };
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
