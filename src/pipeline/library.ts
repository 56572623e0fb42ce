/** The whole library: rubric plus every scenario under the stories folder. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../engine/diagnostics.ts';
import type { Rubric } from '../engine/rubric.ts';
import { loadRubric } from './rubric-files.ts';
import { loadScenario, type LoadedScenario } from './scenario-files.ts';

export interface Library {
  rubric: Rubric;
  scenarios: LoadedScenario[];
  diagnostics: Diagnostic[];
}

/** The stories folder: `stories/`, or RAPPORT_STORIES_DIR (used by tests that build fixture stories). */
export function storiesDir(root: string): string {
  return resolve(root, process.env.RAPPORT_STORIES_DIR || 'stories');
}

export function listScenarioSlugs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'scenario.yaml')))
    .map((e) => e.name)
    .sort();
}

export function loadLibrary(root: string): Library {
  const { rubric, diagnostics } = loadRubric(root);
  const dir = storiesDir(root);
  const scenarios = listScenarioSlugs(dir).map((slug) => loadScenario(root, dir, slug, rubric));
  return { rubric, scenarios, diagnostics: [...diagnostics, ...scenarios.flatMap((s) => s.diagnostics)] };
}

/** Thrown by build steps when the library has errors; its message lists them as file:line: message. */
export class LibraryError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in Rapport's content:\n${errors.map(formatDiagnostic).join('\n')}`,
    );
    this.name = 'LibraryError';
    this.diagnostics = diagnostics;
  }
}
