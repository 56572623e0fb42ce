/**
 * Works out a scenario's opening (first-point.ts) by running its story: the lines and options of the first point,
 * and, for each first option, where choosing it leads. For the build's pages and for pages made on request; never
 * in the browser (it needs the ink runtime, which the page loads only once play begins).
 */
import type { ScenarioBundle } from './bundle.ts';
import { openingSeed, type Opening, type OpeningAnswer } from './first-point.ts';
import { isFixedOrder, orderOptions } from './option-order.ts';
import { sealBundle } from './seal.ts';
import { StoryRunner } from './story-runner.ts';

const plain = ({ index, source, text }: { index: number; source: string; text: string }) => ({ index, source, text });

/**
 * The opening of a bundle's story, or null when there is none to show ahead (the story stops with an error or ends
 * before any choice, or the bundle starts part-way through, as a preview can). A first option whose way on stops
 * with an error, or runs differently twice (ink's random functions), has no answer: the player waits for the story.
 */
export function openingOf(bundle: ScenarioBundle): Opening | null {
  if (bundle.start) return null;
  const runner = new StoryRunner(bundle.ink as object);
  let step;
  try {
    step = runner.step();
  } catch {
    return null;
  }
  if (step.options.length === 0) return null;
  const start = runner.saveState();
  const alliance = runner.alliance();
  // A second run of the story, with ink's own random seed drawn afresh: what differs between the two is not
  // deterministic, and is left to the story in the browser.
  const again = new StoryRunner(bundle.ink as object);
  try {
    if (JSON.stringify(again.step()) !== JSON.stringify(step)) return null;
  } catch {
    return null;
  }
  const answers: Record<number, OpeningAnswer> = {};
  const againStart = again.saveState();
  for (const option of step.options) {
    const answer = answerOf(runner, start, option.index);
    const check = answerOf(again, againStart, option.index);
    if (answer && JSON.stringify(answer) === JSON.stringify(check)) answers[option.index] = answer;
  }
  const criteria = bundle.rubric.domains.flatMap((d) => d.criteria);
  return {
    hash: bundle.hash,
    meta: bundle.meta,
    focus: bundle.meta.focus.map((id) => criteria.find((c) => c.id === id)?.name ?? id),
    points: bundle.points,
    lines: step.lines,
    options: orderOptions(step.options, openingSeed(bundle.hash), 0),
    fixed: isFixedOrder(step.options),
    ending: step.ending,
    alliance,
    answers,
  };
}

/** Where choosing `index` from the state `start` leads, or null when the story stops with an error on the way. */
function answerOf(runner: StoryRunner, start: string, index: number): OpeningAnswer | null {
  try {
    runner.loadState(start);
    runner.choose(index);
    const next = runner.step();
    return {
      lines: next.lines,
      options: next.options.map(plain),
      fixed: isFixedOrder(next.options),
      ending: next.ending,
      alliance: runner.alliance(),
    };
  } catch {
    return null;
  }
}

const made = new WeakMap<ScenarioBundle, { full?: Opening | null; sealed?: Opening | null }>();

/**
 * `openingOf` the bundle as its page plays it (`sealed`: a recorded assessment's, with no evidence), worked out once
 * per bundle object: a page made on request asks for the same bundle again and again.
 */
export function openingFor(bundle: ScenarioBundle, sealed = false): Opening | null {
  const kept = made.get(bundle) ?? {};
  made.set(bundle, kept);
  const key = sealed ? 'sealed' : 'full';
  if (!(key in kept)) kept[key] = openingOf(sealed ? sealBundle(bundle) : bundle);
  return kept[key]!;
}
