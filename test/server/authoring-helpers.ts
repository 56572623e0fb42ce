/**
 * Shared pieces of the authoring service tests: an app with the server's draft checker, the blank template's
 * texts, and a clock that moves.
 *
 * The checker is the server's own (`workerChecker`, src/server/authoring-check): the build's checks in a worker
 * thread, against the project's rubric. Its test-wise bots' library is the fixture stories (test/fixtures/stories)
 * rather than the whole library, which takes seconds to read and which the blank template's options do not yet
 * pass against; these tests are about what the service does with a check. Nothing in a check is faked.
 */
import { join } from 'node:path';
import { startApp } from '../../src/server/app.ts';
import { workerChecker } from '../../src/server/authoring-check/worker-checker.ts';
import type { DraftChecker } from '../../src/server/authoring-check/types.ts';
import { blankTemplate } from '../../src/server/services/authoring/template.ts';
import type { StoryCatalog } from '../../src/server/services/story-catalog.ts';
import { freshDatabase, testConfig, type DatabaseKind } from '../support/databases.ts';
import { ROOT } from '../support/fixture-bundle.ts';
import type { TestApp } from './helpers.ts';

export const template = blankTemplate();

/** A migrated app on a fresh database of `kind` with `checker` (the server's worker checker by default). */
export async function openAuthoringApp(
  kind: DatabaseKind,
  stories: StoryCatalog,
  options: { now?: () => Date; checker?: DraftChecker } = {},
): Promise<TestApp> {
  const fresh = await freshDatabase(kind);
  const worker = options.checker
    ? null
    : workerChecker({ root: ROOT, storiesDir: join(ROOT, 'test/fixtures/stories'), workers: 2 });
  const stop = async () => {
    await worker?.close();
    await fresh.drop();
  };
  try {
    const { app } = await startApp(testConfig(fresh.database), stories, {
      now: options.now,
      checker: options.checker ?? worker!,
    });
    return {
      app,
      fresh,
      async close() {
        await app.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A clock that moves one second at every reading, so every record has its own time and "newest first" is exact. */
export function tickingClock(start = Date.parse('2026-05-01T09:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
