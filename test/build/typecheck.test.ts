/** The whole project type-checks under TypeScript strict (astro check covers .astro, .svelte and .ts). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/fixture-bundle.ts';

it('passes astro check with no errors', { timeout: 180_000 }, () => {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['check'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).toMatch(/Result \(\d+ files\)/);
  expect(output.match(/- (\d+) errors?/)?.[1], output.slice(-4000)).toBe('0');
  expect(result.status).toBe(0);
});
