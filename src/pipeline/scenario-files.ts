/**
 * Checks one scenario: its metadata, its compiled story and every problem found on the way. The one code path
 * for a scenario folder on disk (the build, `npm run stories:check`) and for a draft's two texts written in the
 * browser (src/pipeline/draft-check.ts): only where the texts come from and what the files are called differ.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MapLayout } from '../engine/branch-map.ts';
import type { Diagnostic } from '../engine/diagnostics.ts';
import { hasErrors } from '../engine/diagnostics.ts';
import { findCriterion, type Rubric } from '../engine/rubric.ts';
import type { ScenarioMeta } from '../engine/scenario-meta.ts';
import { scenarioMetaSchema } from '../engine/scenario-meta-schema.ts';
import { branchMap } from './branch-layout.ts';
import { checkInkSource } from './check-ink.ts';
import { inkOnDisk, type InkSource } from './compile-ink.ts';
import { entryNameOf } from './entry-name.ts';
import { lineOfFieldIn, parseYaml, shownPath } from './yaml-file.ts';

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

/** A scenario's files, wherever they are kept. */
export interface ScenarioSource {
  slug: string;
  /** The name diagnostics give `scenario.yaml`. */
  yamlFile: string;
  /** The text of `scenario.yaml`, or null when it cannot be read. */
  yaml: string | null;
  /** The ink entry file the metadata's `main` names. */
  entry(main: string): InkSource;
}

export function storyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** A scenario folder on disk (`<storiesDir>/<slug>/`), its files named by their paths from `root`. */
export function loadScenario(root: string, storiesDir: string, slug: string, rubric: Rubric): LoadedScenario {
  const folder = join(storiesDir, slug);
  const yamlPath = join(folder, 'scenario.yaml');
  let yaml: string | null;
  try {
    yaml = readFileSync(yamlPath, 'utf8');
  } catch {
    yaml = null;
  }
  return checkScenario(
    { slug, yamlFile: shownPath(yamlPath, root), yaml, entry: (main) => inkOnDisk(join(folder, main), root) },
    rubric,
  );
}

export function checkScenario(source: ScenarioSource, rubric: Rubric): LoadedScenario {
  const known = (id: string) => findCriterion(rubric, id) !== null;
  // The parsed document, kept by the raw check (which sees it whether or not validation passes): metadata that
  // fails validation still names its entry file when its `main` is a plain .ink name, so a title still being
  // written does not hide the story behind "cannot read main.ink".
  let raw: unknown = null;
  const unknownFocus = (doc: unknown) => {
    raw = doc;
    const focus = (doc as { focus?: unknown } | null)?.focus;
    if (!Array.isArray(focus)) return [];
    return focus.flatMap((id, i) =>
      typeof id === 'string' && !known(id) ? [{ path: ['focus', i], message: `unknown rubric criterion "${id}"` }] : [],
    );
  };
  const meta =
    source.yaml === null
      ? {
          ok: false as const,
          diagnostics: [
            { file: source.yamlFile, line: null, severity: 'error' as const, message: 'cannot read the file' },
          ],
        }
      : parseYaml(source.yaml, source.yamlFile, scenarioMetaSchema, [unknownFocus]);
  const diagnostics: Diagnostic[] = [...meta.diagnostics];

  const checked = checkInkSource(source.entry(meta.ok ? meta.value.main : entryNameOf(raw)), rubric);
  diagnostics.push(...checked.diagnostics);
  if (meta.ok && checked.json) {
    diagnostics.push(...unexercisedFocus(source.yaml!, source.yamlFile, meta.value.focus, checked.exercised));
  }

  const json = meta.ok && !hasErrors(diagnostics) ? checked.json : null;
  return {
    slug: source.slug,
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
function unexercisedFocus(yaml: string, file: string, focus: string[], exercised: Set<string>): Diagnostic[] {
  return focus.flatMap((id, i) =>
    exercised.has(id)
      ? []
      : [
          {
            ...lineOfFieldIn(yaml, file, ['focus', i]),
            severity: 'error' as const,
            message: `focus[${i}]: "${id}" is in the focus but no option exercises it`,
          },
        ],
  );
}
