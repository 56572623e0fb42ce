/** Loads one scenario folder: its metadata, its compiled story and every problem found on the way. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { MapLayout } from '../engine/branch-map.ts';
import type { Diagnostic } from '../engine/diagnostics.ts';
import { hasErrors } from '../engine/diagnostics.ts';
import { findCriterion, type Rubric } from '../engine/rubric.ts';
import type { ScenarioMeta } from '../engine/scenario-meta.ts';
import { scenarioMetaSchema } from '../engine/scenario-meta-schema.ts';
import { branchMap } from './branch-layout.ts';
import { checkInk } from './check-ink.ts';
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
  /** The branch map, laid out for drawing; null when the scenario has errors. */
  map: MapLayout | null;
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
  const checked = checkInk(root, join(folder, main), rubric);
  diagnostics.push(...checked.diagnostics);
  if (meta.ok && checked.json) {
    diagnostics.push(...unexercisedFocus(join(folder, 'scenario.yaml'), root, meta.value.focus, checked.exercised));
  }

  const json = meta.ok && !hasErrors(diagnostics) ? checked.json : null;
  return {
    slug,
    meta: meta.ok ? (meta.value as ScenarioMeta) : null,
    json,
    hash: json ? storyHash(json) : null,
    criteria: [...checked.criteria].sort(),
    points: checked.points,
    map: json ? branchMap(json) : null,
    diagnostics,
  };
}

/** Criteria named in the scenario's focus that no option played carries evidence for. */
function unexercisedFocus(path: string, root: string, focus: string[], exercised: Set<string>): Diagnostic[] {
  return focus.flatMap((id, i) =>
    exercised.has(id)
      ? []
      : [
          {
            ...lineOfField(path, root, ['focus', i]),
            severity: 'error' as const,
            message: `focus[${i}]: "${id}" is in the focus but no option exercises it`,
          },
        ],
  );
}
