/** One fixture per check of `npm run stories:check`, asserting file, line and message. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostics.ts';
import { checkInk } from '../../src/pipeline/check-ink.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { loadScenario } from '../../src/pipeline/scenario-files.ts';
import { ROOT } from '../support/fixture-bundle.ts';

const { rubric } = loadRubric(ROOT);
const dir = join(ROOT, 'test/fixtures/checks');
const check = (name: string) => checkInk(ROOT, join(dir, name, 'main.ink'), rubric).diagnostics;
const file = (name: string) => `test/fixtures/checks/${name}/main.ink`;
/** The 1-based line of the first line of a fixture that contains `text`. */
const lineOf = (name: string, text: string) =>
  readFileSync(join(dir, name, 'main.ink'), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;
const only = (ds: Diagnostic[]) => ds.map((d) => ({ file: d.file, line: d.line, severity: d.severity }));

describe('stories:check', () => {
  it('reports an option without rubric evidence at its line', () => {
    const ds = check('no-evidence');
    expect(only(ds)).toEqual([
      { file: file('no-evidence'), line: lineOf('no-evidence', 'Greet her'), severity: 'error' },
    ]);
    expect(ds[0]!.message).toMatch(/no rubric evidence/);
  });

  it('reports an option without feedback at its line', () => {
    const ds = check('no-feedback');
    expect(only(ds)).toEqual([{ file: file('no-feedback'), line: lineOf('no-feedback', '[Wait'), severity: 'error' }]);
    expect(ds[0]!.message).toMatch(/no feedback/);
  });

  it('warns about a knot nothing diverts to', () => {
    const ds = check('unreferenced-knot');
    expect(only(ds)).toEqual([
      { file: file('unreferenced-knot'), line: lineOf('unreferenced-knot', '=== forgotten'), severity: 'warning' },
    ]);
    expect(ds[0]!.message).toBe('nothing diverts to knot "forgotten"');
  });

  it('warns about a knot no path reaches, naming whether every path was played', () => {
    const ds = check('unreached-knot');
    expect(only(ds)).toEqual([
      { file: file('unreached-knot'), line: lineOf('unreached-knot', '=== hidden'), severity: 'warning' },
    ]);
    expect(ds[0]!.message).toBe('knot "hidden" is never reached by any path');
  });

  it('warns about an ending no path reaches', () => {
    const ds = check('unreached-ending');
    const ending = ds.find((d) => d.message.includes('ending'))!;
    expect(ending).toMatchObject({
      file: file('unreached-ending'),
      line: lineOf('unreached-ending', '#ending:Never seen'),
      severity: 'warning',
    });
    expect(ending.message).toBe('the ending "Never seen" is never reached by any path');
  });

  it('reports a loop with no way out at the option that loops', () => {
    const ds = check('no-way-out');
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) {
      expect(d.severity).toBe('error');
      expect(d.message).toMatch(/without ending .*a loop with no way out/);
      expect([lineOf('no-way-out', 'Ask again'), lineOf('no-way-out', 'Ask once more')]).toContain(d.line);
    }
  });

  it('reports an unwinnable choice point', () => {
    const ds = check('unwinnable');
    expect(only(ds)).toEqual([
      { file: file('unwinnable'), line: lineOf('unwinnable', 'Say little'), severity: 'error' },
    ]);
    expect(ds[0]!.message).toBe('unwinnable choice point: no option scores positively on boundaries.gifts');
  });

  it('reports a runtime error with the choices that lead to it, at the last choice', () => {
    const ds = check('runtime-error');
    expect(only(ds)).toEqual([
      { file: file('runtime-error'), line: lineOf('runtime-error', 'Go on'), severity: 'error' },
    ]);
    expect(ds[0]!.message).toMatch(/^runtime error after choosing options 1: .*RANDOM was called/);
  });

  it('reports focus criteria no option exercises, at their line in scenario.yaml', () => {
    const s = loadScenario(ROOT, dir, 'focus-unexercised', rubric);
    const yaml = readFileSync(join(dir, 'focus-unexercised/scenario.yaml'), 'utf8').split('\n');
    expect(s.diagnostics).toEqual([
      {
        file: 'test/fixtures/checks/focus-unexercised/scenario.yaml',
        line: yaml.findIndex((l) => l.includes('trust.active-listening')) + 1,
        severity: 'error',
        message: 'focus[1]: "trust.active-listening" is in the focus but no option exercises it',
      },
    ]);
  });

  it('warns about option text outside the brackets, which would be printed twice', () => {
    const ds = check('text-outside-brackets');
    expect(only(ds)).toEqual([
      {
        file: file('text-outside-brackets'),
        line: lineOf('text-outside-brackets', 'Say hello back'),
        severity: 'warning',
      },
    ]);
    expect(ds[0]!.message).toMatch(/^option text outside the brackets is printed again as the reply/);
  });

  it('reports a flow that loops without a choice at the loop, and stops', () => {
    // A loop of diverts is stopped by time, in whichever of its knots the story stands then.
    for (const [name, knots] of [
      ['loop-no-choice', ['=== waiting']],
      ['loop-of-diverts', ['=== there', '=== back_again']],
    ] as const) {
      const ds = check(name);
      expect(ds.map((d) => ({ file: d.file, severity: d.severity }))).toEqual([
        { file: file(name), severity: 'error' },
      ]);
      expect(knots.map((k) => lineOf(name, k))).toContain(ds[0]!.line);
      expect(ds[0]!.message).toMatch(
        /the story runs in a loop: it (printed \d+ lines without offering a choice|ran for \d+ ms without printing a line)/,
      );
    }
  });

  it('warns at the key when it is the longest by half again', () => {
    const ds = check('longest-key');
    expect(only(ds)).toEqual([
      { file: file('longest-key'), line: lineOf('longest-key', 'Fine can cover'), severity: 'warning' },
    ]);
    expect(ds[0]!.message).toMatch(/is \d\.\d× the others' mean length/);
  });

  it('warns at the key when it alone asks a question', () => {
    const ds = check('only-question');
    expect(only(ds)).toEqual([
      { file: file('only-question'), line: lineOf('only-question', 'What sort of fine'), severity: 'warning' },
    ]);
    expect(ds[0]!.message).toMatch(/only one that asks a question/);
  });

  it('warns at a critical option that is not the lowest on what it carries', () => {
    const ds = check('critical-not-lowest');
    expect(only(ds)).toEqual([
      { file: file('critical-not-lowest'), line: lineOf('critical-not-lowest', 'as a friend'), severity: 'warning' },
    ]);
    expect(ds[0]!.message).toMatch(/is #critical but scores -1 on boundaries\.dual-relationships, above "Let me think/);
  });

  it('warns where an option loses on a criterion only by not carrying its tag', () => {
    const ds = check('untagged-at-stake');
    expect(only(ds)).toEqual([
      {
        file: file('untagged-at-stake'),
        line: lineOf('untagged-at-stake', 'Tell me about the plan'),
        severity: 'warning',
      },
    ]);
    expect(ds[0]!.message).toMatch(/carries no #rubric:trust\.active-listening tag, which is at stake here/);
  });

  it('reports, never crashes, on a story using every ink feature and no rubric tags', () => {
    const ds = check('every-feature');
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => /no rubric evidence|no feedback|outside the brackets/.test(d.message))).toBe(true);
    expect(ds.some((d) => d.message.includes('could not finish'))).toBe(false);
  });
});

describe('stories:check command', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapport-check-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const cli = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, 'src/cli/stories-check.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('prints file:line: severity: message and exits 1 on errors', () => {
    const r = cli(['test/fixtures/checks/no-feedback/main.ink']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `${file('no-feedback')}:${lineOf('no-feedback', '[Wait')}: error: this option has no feedback`,
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 error, 0 warnings in 1 scenario');
  });

  it("answers on a story that loops without a choice, with the loop's file:line", () => {
    // Without the runner's limits this never returned; the timeout turns a hang into a failure.
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'src/cli/stories-check.ts'), 'test/fixtures/checks/loop-of-diverts/main.ink'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `${file('loop-of-diverts')}:(${lineOf('loop-of-diverts', '=== there')}|${lineOf('loop-of-diverts', '=== back_again')}): error: .*loop`,
      ),
    );
  });

  it('writes JSON with --json', () => {
    const r = cli(['--json', 'test/fixtures/checks/unreferenced-knot/main.ink']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ checked: 1, errors: 0, warnings: 1 });
    expect(report.diagnostics[0]).toMatchObject({ file: file('unreferenced-knot'), severity: 'warning' });
  });

  it('scaffolds a new scenario with stories:new that passes the checker', () => {
    const stories = join(work, 'stories');
    const made = spawnSync(process.execPath, [join(ROOT, 'src/cli/stories-new.ts'), 'a-new-one'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, RAPPORT_STORIES_DIR: stories },
    });
    expect(made.status).toBe(0);
    const r = cli(['--json', join(stories, 'a-new-one')]);
    expect(JSON.parse(r.stdout)).toMatchObject({ checked: 1, errors: 0, warnings: 0 });
    expect(r.status).toBe(0);
    const again = spawnSync(process.execPath, [join(ROOT, 'src/cli/stories-new.ts'), 'a-new-one'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, RAPPORT_STORIES_DIR: stories },
    });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
  });
});
