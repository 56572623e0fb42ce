/**
 * Shared pieces of the authoring service tests: an app with a draft checker, the blank template's texts, and
 * people of each role.
 *
 * The checker runs the build's own checks in-process (`loadScenario` on the draft's two texts written into a
 * scenario folder, against the project's rubric) and makes the bundle the way the build does; nothing in it
 * is faked. The server's checker (src/server/authoring-check) runs the same checks in a worker.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { narrowRubric } from '../../src/engine/rubric.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { loadScenario } from '../../src/pipeline/scenario-files.ts';
import type { DraftChecker } from '../../src/server/authoring-check/types.ts';
import { startApp } from '../../src/server/app.ts';
import { blankTemplate } from '../../src/server/services/authoring/template.ts';
import type { StoryCatalog } from '../../src/server/services/story-catalog.ts';
import { freshDatabase, testConfig, type DatabaseKind } from '../support/databases.ts';
import { ROOT } from '../support/fixture-bundle.ts';
import type { TestApp } from './helpers.ts';

export const template = blankTemplate();

/** The build's checks on a draft's texts, in this process. */
export function inProcessChecker(): DraftChecker {
  const { rubric } = loadRubric(ROOT);
  return async ({ slug, yaml, ink }) => {
    const started = performance.now();
    const dir = mkdtempSync(join(tmpdir(), 'rapport-draft-'));
    try {
      let main = 'main.ink';
      try {
        const m = (parse(yaml) as { main?: unknown } | null)?.main;
        if (typeof m === 'string' && /^[\w-]+\.ink$/.test(m)) main = m;
      } catch {
        // The checker reports the yaml's own problems.
      }
      mkdirSync(join(dir, slug));
      writeFileSync(join(dir, slug, 'scenario.yaml'), yaml);
      writeFileSync(join(dir, slug, main), ink);
      const s = loadScenario(dir, dir, slug, rubric);
      const diagnostics = s.diagnostics.map((d) => ({ ...d, file: d.file.replace(`${slug}/`, '') }));
      const bundle: ScenarioBundle | null =
        s.json && s.meta && s.hash
          ? {
              slug,
              hash: s.hash,
              meta: s.meta,
              rubric: narrowRubric(rubric, [...s.meta.focus, ...s.criteria]),
              points: s.points,
              map: s.map,
              ink: JSON.parse(s.json),
            }
          : null;
      return { diagnostics, bundle, took: performance.now() - started };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** A migrated app on a fresh database of `kind` with `checker` (the in-process one by default). */
export async function openAuthoringApp(
  kind: DatabaseKind,
  stories: StoryCatalog,
  options: { now?: () => Date; checker?: DraftChecker } = {},
): Promise<TestApp> {
  const fresh = await freshDatabase(kind);
  try {
    const { app } = await startApp(testConfig(fresh.database), stories, {
      now: options.now,
      checker: options.checker ?? inProcessChecker(),
    });
    return {
      app,
      fresh,
      async close() {
        await app.close();
        await fresh.drop();
      },
    };
  } catch (error) {
    await fresh.drop();
    throw error;
  }
}

/** A clock that moves one second at every reading, so every record has its own time and "newest first" is exact. */
export function tickingClock(start = Date.parse('2026-05-01T09:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
