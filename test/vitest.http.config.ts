import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests that start the built server as a separate process (`npm run build` first); run by `npm test` after the build. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/http/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
