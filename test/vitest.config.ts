import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/{unit,machines,content,build,server}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
