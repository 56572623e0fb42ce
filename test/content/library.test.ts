/**
 * The story test: every scenario in stories/ compiles cleanly, plays to an end on every branch, meets the
 * content bar, and scores across the full range. And the library as a whole covers the modules and settings.
 */
import { describe, expect, it } from 'vitest';
import { explore, type Exploration } from '../../src/engine/explore.ts';
import { findCriterion } from '../../src/engine/rubric.ts';
import { criteriaAtStake, bestOption, worstOption } from '../../src/engine/scoring.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { formatDiagnostic } from '../../src/engine/diagnostics.ts';
import { loadLibrary } from '../../src/pipeline/library.ts';
import { libraryBots } from '../../src/pipeline/library-bots.ts';
import { BOT_LIMIT, CLASSIFIER_LIMIT, playBy } from '../../src/engine/testwise-bots.ts';
import { ROOT } from '../support/fixture-bundle.ts';

const library = loadLibrary(ROOT);
const only = process.env.RAPPORT_STORY ? new Set(process.env.RAPPORT_STORY.split(',')) : null;
const scenarios = library.scenarios.filter((s) => !only || only.has(s.slug));

/** Every path when there are few enough; otherwise every option at least once. */
function exploreScenario(json: string): Exploration & { strategy: 'all' | 'cover' } {
  const all = explore(json, { strategy: 'all', maxPaths: 3_000 });
  return all.truncated ? { ...explore(json, { strategy: 'cover' }), strategy: 'cover' } : { ...all, strategy: 'all' };
}

describe.each(scenarios.map((s) => [s.slug, s] as const))('scenario %s', (_slug, s) => {
  const run = s.json ? exploreScenario(s.json) : null;
  const offered = run ? run.paths.flatMap((p) => p.offered) : [];

  it('compiles and checks without errors or warnings', () => {
    expect(s.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(s.json).not.toBeNull();
    expect(s.meta).not.toBeNull();
  });

  it('plays to an end on every branch explored, with no runtime error', () => {
    expect(run!.errors).toEqual([]);
    expect(run!.paths.length).toBeGreaterThan(0);
    expect(run!.truncated && run!.strategy === 'all').toBe(false);
  });

  it('has no path shorter than 6 choice points', () => {
    // Exhaustive up to depth 5: any path that ended within 5 choices would be found here.
    const short = explore(s.json!, { strategy: 'all', maxDepth: 5, maxPaths: 1_000_000 });
    expect(short.errors).toEqual([]);
    expect(short.paths.map((p) => p.choices.map((c) => c + 1).join('-'))).toEqual([]);
  });

  it('offers 3–4 options at each choice point, each with rubric evidence and one feedback', () => {
    expect(offered.length).toBeGreaterThan(0);
    for (const options of offered) {
      expect(options.length, options.map((o) => o.text).join(' | ')).toBeGreaterThanOrEqual(3);
      expect(options.length).toBeLessThanOrEqual(4);
      for (const o of options) {
        expect(o.evidence.rubric.length, `no rubric evidence: ${o.text}`).toBeGreaterThan(0);
        expect(o.evidence.feedback, `no feedback: ${o.text}`).toBeTruthy();
      }
    }
  });

  it('puts something at stake at every point, with an option that scores positively', () => {
    for (const options of offered) {
      expect(criteriaAtStake(options).length, options.map((o) => o.text).join(' | ')).toBeGreaterThan(0);
      expect(options.some((o) => o.evidence.rubric.some((r) => r.value > 0))).toBe(true);
    }
  });

  it('reaches at least two distinct endings, each named', () => {
    const endings = new Set(run!.paths.map((p) => p.ending));
    expect(endings.has(null)).toBe(false);
    expect(endings.size).toBeGreaterThanOrEqual(2);
  });

  it('has a contested judgement call', () => {
    expect(offered.some((options) => options.some((o) => o.evidence.contested))).toBe(true);
  });

  it('declares the alliance and moves it with the choices', () => {
    const runner = new StoryRunner(s.json!);
    expect(runner.alliance()).not.toBeNull();
    const best = new StoryRunner(s.json!);
    const worst = new StoryRunner(s.json!);
    for (const [r, pick] of [[best, bestOption], [worst, worstOption]] as const) {
      for (let step = r.step(); !step.ended; step = r.step()) r.choose(step.options[pick(library.rubric, step.options)]!.index);
    }
    expect(best.alliance()).not.toEqual(worst.alliance());
  });

  it('scores at least 90 on the best path and at most 20 on the worst', () => {
    const rubric = library.rubric;
    const best = playBy(s.json!, rubric, (o) => bestOption(rubric, o));
    const worst = playBy(s.json!, rubric, (o) => worstOption(rubric, o));
    expect(best).toBeGreaterThanOrEqual(90);
    expect(worst).toBeLessThanOrEqual(20);
  });

  it('exercises every criterion in its focus, and only known criteria', () => {
    for (const id of s.meta!.focus) expect(s.criteria, `focus ${id} is never tagged`).toContain(id);
    for (const id of s.criteria) expect(findCriterion(library.rubric, id), id).not.toBeNull();
  });
});

describe('the library', () => {
  const metas = library.scenarios.flatMap((s) => (s.meta ? [s.meta] : []));
  const count = (module: string) => metas.filter((m) => m.module === module).length;

  it('has at least twelve scenarios', () => {
    expect(metas.length).toBeGreaterThanOrEqual(12);
  });

  it('covers every module: two or more each for boundaries, power, conflict and autonomy', () => {
    for (const m of ['boundaries', 'power', 'conflict', 'autonomy']) expect(count(m), m).toBeGreaterThanOrEqual(2);
    for (const m of ['foundations', 'support']) expect(count(m), m).toBeGreaterThanOrEqual(1);
  });

  it('covers the settings the source names, and a two-session arc', () => {
    const settings = new Set(metas.map((m) => m.setting));
    for (const s of ['one-off', 'long-term', 'group'] as const) expect(settings.has(s), s).toBe(true);
    expect(settings.has('online-video') || settings.has('online-messaging')).toBe(true);
    expect(metas.some((m) => m.sessions >= 2)).toBe(true);
  });

  it('has a different client in every scenario', () => {
    const names = metas.map((m) => m.client.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps every scenario within 10–20 minutes', () => {
    for (const m of metas) {
      expect(m.minutes, m.title).toBeGreaterThanOrEqual(10);
      expect(m.minutes, m.title).toBeLessThanOrEqual(20);
    }
  });
});

describe('test-wise bots over the library', () => {
  // Bots that never read the client: always the longest option, the shortest, the first in the source, the longest
  // question, and a classifier trained on the other scenarios' keys. A score must measure judgement, not the surface.
  const report = libraryBots(library);
  const shown = report.scenarios.filter((s) => !only || only.has(s.slug));

  it.each(shown.map((s) => [s.slug, s] as const))('%s: every bot scores below the competent band', (_slug, s) => {
    expect(Object.keys(s.scores)).toEqual(expect.arrayContaining(['longest', 'shortest', 'first', 'longest question']));
    for (const [bot, score] of Object.entries(s.scores)) expect(score, `${bot} scores ${score!.toFixed(1)}`).toBeLessThan(BOT_LIMIT);
  });

  it('has a classifier that picks the keyed best at no more than 40% of points', () => {
    expect(report.scenarios.every((s) => s.scores.classifier !== undefined)).toBe(true);
    expect(report.points).toBeGreaterThan(100);
    expect(report.classifierHits / report.points).toBeLessThanOrEqual(CLASSIFIER_LIMIT);
  });
});
