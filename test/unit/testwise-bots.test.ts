/**
 * The test-wise bots (src/engine/testwise-bots.ts) and the per-point cue checks (src/engine/item-cues.ts), on
 * small stories written to leak or not to leak their keys.
 */
import { Compiler } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { pointCues } from '../../src/engine/item-cues.ts';
import type { Rubric } from '../../src/engine/rubric.ts';
import { BOT_LIMIT, playBy, runLibraryBots, SURFACE_BOTS, trainClassifier } from '../../src/engine/testwise-bots.ts';
import type { OfferedOption } from '../../src/engine/scoring.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { ROOT } from '../support/fixture-bundle.ts';

const { rubric } = loadRubric(ROOT);
const compile = (source: string) => new Compiler(source).Compile().ToJson()!;
const opt = (text: string, value: number): OfferedOption => ({
  text,
  evidence: {
    rubric: [{ criterion: 'trust.active-listening', value: value as -2 }],
    feedback: 'why',
    critical: null,
    contested: false,
  },
});

/** A story of `points` choice points whose key is written as `key` says (longest or shortest, first or last). */
function story(points: number, key: { long: boolean; first: boolean }, salt = ''): string {
  const lines = ['VAR bond = 0'];
  for (let p = 0; p < points; p++) {
    lines.push(`Line ${p}${salt}.`);
    const best = `* [${key.long ? `I hear how much the week asked of you, and I would like to stay with that for a moment ${p}${salt}` : `Go on ${p}${salt}`} #rubric:trust.active-listening:+2 #feedback:Stays.]`;
    const others = [-2, -1, 0].map(
      (v, i) =>
        `* [${key.long ? `Next point ${i}${p}` : `Let us look at the plan you made and see where it stands now ${i}${p}${salt}`} #rubric:trust.active-listening:${v} #feedback:Moves on.]`,
    );
    const all = key.first ? [best, ...others] : [...others, best];
    lines.push(...all.map((o) => `${o}\n    -> p${p + 1}`));
    lines.push(`= p${p + 1}`);
  }
  lines.push('The end. #ending:Done', '-> END');
  return lines.join('\n').replace(/= p(\d+)/g, '=== p$1 ===');
}

describe('surface bots', () => {
  it('pick by surface alone', () => {
    const options = [opt('short', 0), opt('the longest of these options by far', -1), opt('mid length?', 2)];
    expect(SURFACE_BOTS.longest(options)).toBe(1);
    expect(SURFACE_BOTS.shortest(options)).toBe(0);
    expect(SURFACE_BOTS.first(options)).toBe(0);
    expect(SURFACE_BOTS['longest question'](options)).toBe(2);
  });

  it('score 100 where the key is always the longest and first, and 0 for the shortest', () => {
    const json = compile(story(6, { long: true, first: true }));
    expect(playBy(json, rubric, SURFACE_BOTS.longest)).toBe(100);
    expect(playBy(json, rubric, SURFACE_BOTS.first)).toBe(100);
    expect(playBy(json, rubric, SURFACE_BOTS.shortest)).toBeLessThan(BOT_LIMIT);
  });
});

describe('the library bots', () => {
  it('flag a scenario whose keys leak, with a classifier trained on the others', () => {
    const leaky = Array.from({ length: 4 }, (_, i) => ({
      slug: `leaky-${i}`,
      json: compile(story(6, { long: true, first: false }, `-${i}`)),
    }));
    const report = runLibraryBots(rubric, leaky);
    for (const s of report.scenarios) {
      expect(s.failing).toContain('longest');
      expect(s.scores.classifier).toBeDefined();
      expect(s.failing).toContain('classifier');
    }
    expect(report.classifierHits / report.points).toBeGreaterThan(0.9);
  });

  it('leave out the classifier when too few other scenarios could train it', () => {
    const report = runLibraryBots(rubric, [{ slug: 'one', json: compile(story(6, { long: false, first: false })) }]);
    expect(report.scenarios[0]!.scores.classifier).toBeUndefined();
    expect(report.points).toBe(0);
  });

  it('train deterministically', () => {
    const points = [0, 1, 2, 3].map((k) => ({
      options: [opt(`a ${k}`, 2), opt(`bb ${k} b`, 0), opt(`ccc ${k} cc`, -1)],
      key: 0,
    }));
    const test = [opt('a x', 2), opt('bb x b', 0), opt('ccc x cc', -1)];
    expect(trainClassifier(points).pick(test)).toBe(trainClassifier(points).pick(test));
    expect(trainClassifier(points).pick(test)).toBe(0);
  });
});

describe('point cues', () => {
  it('say nothing where options share length and form', () => {
    const options = [
      opt('What sort of week was it?', 2),
      opt('How did the plan go, then?', -1),
      opt('Shall we start with sleep?', 0),
    ];
    expect(pointCues(rubric as Rubric, options)).toEqual([]);
  });
});
