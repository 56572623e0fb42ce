/**
 * Shared pieces of the authoring service tests: an app with a draft checker, the blank template's texts, and a
 * clock that moves.
 *
 * The checker runs the build's checks in this process: `checkDraft` (src/pipeline/draft-check.ts), the code the
 * server's worker checker runs off the request thread, against the project's rubric. The test-wise bots' library
 * is the fixture stories (test/fixtures/stories): reading the whole library takes seconds, and these tests are
 * about what the service does with a check, not about the classifier. Nothing in a check is faked; the worker's
 * own limits are tested with the worker (test/server/authoring-check*.test.ts).
 */
import { join } from 'node:path';
import { checkDraft, loadDraftLibrary, type DraftLibrary } from '../../src/pipeline/draft-check.ts';
import { startApp } from '../../src/server/app.ts';
import type { DraftChecker } from '../../src/server/authoring-check/types.ts';
import { blankTemplate } from '../../src/server/services/authoring/template.ts';
import type { StoryCatalog } from '../../src/server/services/story-catalog.ts';
import { freshDatabase, testConfig, type DatabaseKind } from '../support/databases.ts';
import { ROOT } from '../support/fixture-bundle.ts';
import type { TestApp } from './helpers.ts';

export const template = blankTemplate();

let library: DraftLibrary | null = null;

/** The build's checks on a draft's texts, in this process (the library is read once per test file). */
export function inProcessChecker(): DraftChecker {
  return async (files) => {
    const started = performance.now();
    library ??= loadDraftLibrary(ROOT, { storiesDir: join(ROOT, 'test/fixtures/stories') });
    const { diagnostics, bundle } = checkDraft(files, library);
    return { diagnostics, bundle, took: performance.now() - started };
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
