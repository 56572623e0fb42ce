/**
 * A scenario's opening, worked out ahead of the browser: the story is deterministic up to its first choice, so the
 * build (or the server, for a scenario published in the browser) runs it there once, and the scenario page carries
 * the briefing, the opening lines and the first options as HTML, there to read and to click before any script runs.
 *
 * The first options' order. Every attempt has a seed that orders the options of each of its points
 * (option-order.ts); the server's replay, the review and the exports order every point by it. The page cannot know
 * an attempt's seed when it is built, so a fresh attempt shows its first point in an order fixed per story version
 * (shuffled by `openingSeed(hash)`, so the source's order still tells a test-wise reader nothing), and the attempt's
 * own seed is then drawn at random among the seeds that give that order at the first point (`seedShowing`). Every
 * later point is ordered by that random seed, differently from attempt to attempt, exactly as before; only the first
 * point's order repeats between fresh attempts of one version. Scoring never depends on an option's place.
 */
import type { ScenarioMeta } from './scenario-meta.ts';
import { isFixedOrder, orderOptions } from './option-order.ts';
import { StoryRunner, type StoryLine } from './story-runner.ts';
import type { ScenarioBundle } from './bundle.ts';

/** An option of the first point as the page shows it: no evidence (a sealed page has none, and none is needed). */
export interface OpeningOption {
  index: number;
  source: string;
  text: string;
}

/** What a scenario page carries for its player to show before its code or the story has loaded. */
export interface Opening {
  /** The story version the page was made from; the player checks the bundle it loads against it. */
  hash: string;
  meta: ScenarioMeta;
  /** The names of the criteria the briefing says the scenario is scored on. */
  focus: string[];
  /** Fewest and most choice points on a path, for the progress bar. */
  points: ScenarioBundle['points'];
  /** The lines before the first choice. */
  lines: StoryLine[];
  /** The first options, in the order a fresh attempt shows them. */
  options: OpeningOption[];
  /** The first point keeps the source's order (`#fixed-order`): any seed shows it so. */
  fixed: boolean;
}

/** The seed that orders the first point on the page of story version `hash`. */
export const openingSeed = (hash: string): string => `opening:${hash}`;

/**
 * The opening of a bundle's story, or null when there is none to show ahead (the story stops with an error or ends
 * before any choice, or the bundle starts part-way through, as a preview can).
 */
export function openingOf(bundle: ScenarioBundle): Opening | null {
  if (bundle.start) return null;
  let step;
  try {
    step = new StoryRunner(bundle.ink as object).step();
  } catch {
    return null;
  }
  if (step.options.length === 0) return null;
  const criteria = bundle.rubric.domains.flatMap((d) => d.criteria);
  return {
    hash: bundle.hash,
    meta: bundle.meta,
    focus: bundle.meta.focus.map((id) => criteria.find((c) => c.id === id)?.name ?? id),
    points: bundle.points,
    lines: step.lines,
    options: orderOptions(step.options, openingSeed(bundle.hash), 0).map(({ index, source, text }) => ({
      index,
      source,
      text,
    })),
    fixed: isFixedOrder(step.options),
  };
}

/**
 * A fresh attempt's seed, drawn with `newSeed` among those that order the first point's `options` (in any order:
 * their ink index gives the story's) as the page shows them (`shown`, their sources in order). With n options about n! draws are needed (24 for four); after `tries`
 * without one (only plausible with eight options or more) it gives up with null, and the caller draws any seed and
 * shows the first point in that seed's order instead.
 */
export function seedShowing(
  options: readonly { index: number; source: string }[],
  shown: readonly string[],
  fixed: boolean,
  newSeed: () => string,
  tries = 200_000,
): string | null {
  if (fixed || options.length < 2) return newSeed();
  // The story's own order (ink's index), which the shuffle starts from.
  const orderable = [...options].sort((a, b) => a.index - b.index).map((o) => ({ source: o.source, evidence: {} }));
  for (let i = 0; i < tries; i++) {
    const seed = newSeed();
    if (orderOptions(orderable, seed, 0).every((o, k) => o.source === shown[k])) return seed;
  }
  return null;
}
