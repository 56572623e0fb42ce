/**
 * Replaying recorded choices rebuilds the attempt the player saw: same options, same choices, same score,
 * for every path; impossible sequences are refused with the choice they fail at.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finalPath, replayChoices, ReplayError, scoreRecorded, type RecordedChoice } from '../../src/engine/replay.ts';
import { scoreAttempt } from '../../src/engine/scoring.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';

const bundle = fixtureBundle();

/** Plays the story taking the k-th option (mod the number on offer) at each point, as the player would. */
function play(picks: number[]) {
  const runner = new StoryRunner(structuredClone(bundle.ink as object));
  const points: { options: ReturnType<StoryRunner['options']>; chosen: number }[] = [];
  const choices: RecordedChoice[] = [];
  let step = runner.step();
  let i = 0;
  while (step.options.length > 0) {
    const k = (picks[i++] ?? 0) % step.options.length;
    const option = step.options[k]!;
    choices.push({ point: points.length, index: option.index, text: option.text });
    points.push({ options: step.options, chosen: k });
    runner.choose(option.index);
    step = runner.step();
  }
  return { points, choices };
}

describe('replayChoices', () => {
  it('rebuilds every path exactly and scores it as the player does', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 30 }), (picks) => {
        const played = play(picks);
        const { replay, report } = scoreRecorded(bundle.ink, bundle.rubric, played.choices, { allowRewind: false });
        expect(replay.ended).toBe(true);
        expect(replay.points.map((p) => ({ options: p.options, chosen: p.chosen }))).toEqual(played.points);
        expect(report).toEqual(scoreAttempt(bundle.rubric, played.points));
      }),
      { numRuns: 40 },
    );
  });

  it('applies a practice rewind: the path after the point is dropped and the new choice scored', () => {
    const first = play([0, 0, 0, 0, 0, 0, 0, 0]);
    const second = play([1, 0, 0, 0, 0, 0, 0, 0]);
    const recorded = [...first.choices.slice(0, 2), ...second.choices];
    const { replay, report } = scoreRecorded(bundle.ink, bundle.rubric, recorded, { allowRewind: true });
    expect(replay.rewinds).toBe(1);
    expect(report).toEqual(scoreAttempt(bundle.rubric, second.points));
    expect(() => replayChoices(bundle.ink, recorded, { allowRewind: false })).toThrow(/assessment mode/);
  });

  it('samples the working alliance as the trainee moved it: once before the first choice and after each', () => {
    const played = play([0, 1, 0, 1, 0, 1, 0, 1]);
    const { alliance, points } = replayChoices(bundle.ink, played.choices, { allowRewind: false });
    expect(alliance).toHaveLength(points.length + 1);
    // Replaying the same choices by hand moves the variables the same way.
    const runner = new StoryRunner(structuredClone(bundle.ink as object));
    runner.step();
    const byHand = [runner.alliance()];
    for (const c of played.choices) {
      runner.choose(c.index);
      runner.step();
      byHand.push(runner.alliance());
    }
    expect(alliance).toEqual(byHand);
    expect(new Set(alliance.map((a) => a.bond)).size).toBeGreaterThan(1);
  });

  it('refuses an option that was not on offer, naming the point', () => {
    const { choices } = play([0, 0, 0]);
    const forged = choices.map((c, i) => (i === 1 ? { ...c, index: 99 } : c));
    expect(() => replayChoices(bundle.ink, forged, { allowRewind: false })).toThrow(
      /at point 2 there is no option 100/,
    );
  });

  it('refuses text that does not match the option', () => {
    const { choices } = play([0, 0]);
    const forged = [{ ...choices[0]!, text: 'Something the trainee never saw' }];
    expect(() => replayChoices(bundle.ink, forged, { allowRewind: false })).toThrow(ReplayError);
  });

  it('refuses to score choices that stop before the story ends', () => {
    const { choices } = play([0, 0, 0, 0, 0, 0]);
    expect(() => scoreRecorded(bundle.ink, bundle.rubric, choices.slice(0, 1), { allowRewind: false })).toThrow(
      /before the story ends/,
    );
  });
});

describe('finalPath', () => {
  it('never lets a choice skip ahead of the path, for any sequence of points', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6), { maxLength: 20 }), (points) => {
        const choices = points.map((point) => ({ point, index: 0 }));
        let length = 0;
        let valid = true;
        for (const p of points) {
          if (p > length) valid = false;
          length = p + 1;
          if (!valid) break;
        }
        if (valid) expect(finalPath(choices, true).path).toHaveLength(length);
        else expect(() => finalPath(choices, true)).toThrow(ReplayError);
      }),
    );
  });
});
