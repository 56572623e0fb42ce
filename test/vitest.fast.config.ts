import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

/**
 * `npm run test:fast`, the inner loop: engine, machine and content tests that need no build, no database and no
 * type check, in under 30 s on two cores. `npm run test:unit` runs these and the rest; `npm test` runs everything.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/{unit,machines,content}/**/*.test.ts'],
    // One worker per core, reused from file to file: starting a fresh environment for each of some thirty files
    // was a quarter of the run. These tests mock no modules, and the one that stubs a global undoes it after each test.
    isolate: false,
    exclude: [
      ...configDefaults.exclude,
      // Compiles and plays every path of every scenario in stories/ and runs the bots on the library: about a
      // minute on its own.
      'test/content/library.test.ts',
      // Compiles the library to check the labelled typed responses still name real points and options.
      'test/content/responses.test.ts',
      // Loads the whole library (every scenario compiled and checked) to seal each one: a quarter of a minute.
      'test/unit/seal.test.ts',
      // The outbox against the real attempt service on SQLite.
      'test/machines/attempt-sync-machine.test.ts',
      'test/machines/recording.test.ts',
    ],
  },
});
