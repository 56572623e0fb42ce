/**
 * A scenario with a compile error must fail `astro build` and name the file and line. Builds a copy of
 * the project in a temporary folder whose only story is the broken fixture.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture-bundle.ts';

const work = mkdtempSync(join(tmpdir(), 'rapport-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(storyFixture: string) {
  const project = mkdtempSync(join(work, 'p-'));
  for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(project, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  cpSync(join(ROOT, 'test/fixtures', storyFixture), join(project, 'stories'), { recursive: true });
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, RAPPORT_STORIES_DIR: '', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  // A build that never started (a missing file, a crash) must not pass as "the build failed".
  expect(output).toMatch(/astro|vite|build/i);
  return { code: result.status, output };
}

describe('astro build', () => {
  it('fails on a broken .ink file and reports file:line: message', { timeout: 120_000 }, () => {
    const { code, output } = buildWith('broken-stories');
    expect(code).not.toBe(0);
    expect(output).toContain("stories/broken/main.ink:5: error: Divert target not found: '-> nowhere_at_all'");
  });

  it('fails on a rubric tag placed after the brackets, naming its line', { timeout: 120_000 }, () => {
    const { code, output } = buildWith('after-bracket-stories');
    expect(code).not.toBe(0);
    expect(output).toMatch(/stories\/late-tag\/main\.ink:3: error: #rubric is after the choice's brackets/);
  });
});
