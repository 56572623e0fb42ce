/**
 * The xAPI `answered` statements' choices (src/server/services/exports/answered-choices.ts) are read from the
 * engine's replay, a stretch of the attempt between rewinds at a time. Held here against a direct walk of the
 * story that loads saved states at each rewind (how they were read before), on random event sequences: valid
 * choices, rewinds, choices on no offer and points never reached.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { orderOptions } from '../../src/engine/option-order.ts';
import { StoryRunner, type StoryOption } from '../../src/engine/story-runner.ts';
import { answeredChoices, type RecordedChoiceEvent } from '../../src/server/services/exports/answered-choices.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';

/** The oracle: one walk, saving the state at every point and loading it again on a rewind; stops at the first choice that fails. */
function walked(bundle: ScenarioBundle, events: readonly RecordedChoiceEvent[], seed: string | null) {
  const out: { seq: number; options: string[]; chosen: string }[] = [];
  try {
    const runner = new StoryRunner(structuredClone(bundle.ink as object));
    const states: string[] = [];
    const offered: StoryOption[][] = [];
    let step = runner.step();
    states[0] = runner.saveState();
    offered[0] = orderOptions(step.options, seed, 0);
    let pathLen = 0;
    for (const event of events) {
      if (event.point > pathLen || event.point < 0) break;
      if (event.point < pathLen) {
        runner.loadState(states[event.point]!);
        pathLen = event.point;
      }
      const options = offered[event.point]!;
      const chosen = options.find((o) => o.index === event.index);
      if (!chosen) break;
      out.push({ seq: event.seq, options: options.map((o) => o.source), chosen: chosen.source });
      runner.choose(chosen.index);
      step = runner.step();
      pathLen += 1;
      states[pathLen] = runner.saveState();
      offered[pathLen] = orderOptions(step.options, seed, pathLen);
    }
  } catch {
    // What replayed so far stands.
  }
  return out;
}

const bundle = fixtureBundle('mini');

/** Random events: mostly a point on the path so far (a rewind when earlier), now and then one never reached; indexes 0–4, some on no offer. */
const eventsArb = fc
  .array(
    fc.record({
      back: fc.nat(4),
      skip: fc.boolean(),
      jump: fc.integer({ min: 0, max: 9 }),
      index: fc.integer({ min: 0, max: 4 }),
    }),
    { maxLength: 12 },
  )
  .map((raw) => {
    let len = 0;
    return raw.map((r, i): RecordedChoiceEvent => {
      const point = r.jump === 0 ? len + 1 : r.skip ? Math.max(0, len - r.back) : len;
      len = Math.min(point + 1, len + 1);
      return { seq: i + 1, receivedAt: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`, point, index: r.index };
    });
  });

describe('answered choices', () => {
  it('are the choices a direct walk of the story answers, rewinds and all', () => {
    fc.assert(
      fc.property(eventsArb, fc.option(fc.constantFrom('seed-a', 'seed-b'), { nil: null }), (events, seed) => {
        const got = answeredChoices(bundle, events, seed).map((a) => ({
          seq: a.seq,
          options: a.options.map((o) => o.source),
          chosen: a.chosen.source,
        }));
        expect(got).toEqual(walked(bundle, events, seed));
      }),
      { numRuns: 300 },
    );
  });

  it('answers a rewound point again, and stops at a choice on no offer', () => {
    const at = (seq: number, point: number, index: number): RecordedChoiceEvent => ({
      seq,
      receivedAt: '2026-01-01T00:00:00.000Z',
      point,
      index,
    });
    const first = new StoryRunner(structuredClone(bundle.ink as object)).step().options.map((o) => o.index);
    const events = [at(1, 0, first[0]!), at(2, 0, first[1]!), at(3, 0, 999), at(4, 0, first[0]!)];
    const answers = answeredChoices(bundle, events);
    expect(answers.map((a) => a.seq)).toEqual([1, 2]);
    expect(answers.map((a) => a.chosen.index)).toEqual([first[0], first[1]]);
  });
});
