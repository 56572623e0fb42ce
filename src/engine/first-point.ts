/**
 * A scenario's opening, worked out ahead of the browser: the story is deterministic up to its first choice and just
 * past it, so the build (or the server, for a scenario published in the browser) runs it there (first-point-run.ts),
 * and the scenario page carries the briefing and the first point as HTML, there to read and to click before any
 * script runs, with what each first option leads to (the next lines and options) for the player to answer the first
 * choice at once, before the ink runtime has loaded. This file holds what the browser needs of it: the shape, and
 * the seed of a fresh attempt.
 *
 * The first options' order. Every attempt has a seed that orders the options of each of its points
 * (option-order.ts); the server's replay, the review and the exports order every point by it. The page is built
 * before any attempt, so it carries the first point in an order fixed per story version (shuffled by
 * `openingSeed(hash)`, so the source's order still tells a test-wise reader nothing), hidden behind the briefing. The
 * attempt's seed is drawn when the player runs while the point is still hidden, as it nearly always is: the point is
 * put in that seed's order before anyone sees it, a new order for each attempt as before. When Begin comes before the
 * player runs (a fast click on a slow connection), the page's order is what the trainee sees, and the seed is drawn
 * at random among the seeds that give that order at the first point (`seedShowing`); later points are ordered by it,
 * differently from attempt to attempt. Scoring never depends on an option's place.
 */
import type { ScenarioBundle } from './bundle.ts';
import { orderOptions } from './option-order.ts';
import type { ScenarioMeta } from './scenario-meta.ts';
import type { Alliance, StoryLine, StoryOption } from './story-runner.ts';

/** An option as the page carries it: no evidence, which the next point's options do not need until chosen. */
export interface OpeningOption {
  index: number;
  source: string;
  text: string;
}

/** What one first option leads to: the lines up to the next choice point (or the end) and its options. */
export interface OpeningAnswer {
  lines: StoryLine[];
  /** The next point's options in the story's order (the attempt's seed orders them); none at the end. */
  options: OpeningOption[];
  /** The next point keeps the source's order (`#fixed-order`). */
  fixed: boolean;
  /** The ending reached, when the story ends here. */
  ending: string | null;
  alliance: Alliance | null;
}

/** What a scenario page carries for its player to show and answer before its code or the story has loaded. */
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
  /** The first options in the order a fresh attempt shows them, with their evidence (none on a sealed page). */
  options: StoryOption[];
  /** The first point keeps the source's order (`#fixed-order`): any seed shows it so. */
  fixed: boolean;
  ending: string | null;
  alliance: Alliance | null;
  /** What each first option leads to, by its ink index; an option missing here waits for the story to load. */
  answers: Record<number, OpeningAnswer>;
}

/** The seed that orders the first point on the page of story version `hash`. */
export const openingSeed = (hash: string): string => `opening:${hash}`;

/** The order a point is shown in on the page: its options (in any order: ink's index gives the story's) and their sources in that order. */
export interface PageOrder {
  options: readonly { index: number; source: string }[];
  shown: readonly string[];
  /** The point keeps the source's order (`#fixed-order`): any seed shows it so. */
  fixed: boolean;
}

/** An option as option-order.ts orders it, from what the page carries. */
const orderable = <T extends { index: number; source: string }>(o: T, fixed: boolean, first: boolean) => ({
  ...o,
  evidence: fixed && first ? { fixedOrder: true as const } : {},
});

/**
 * The answer to first option `index` as the page shows it before the player runs: its next options in the order the
 * version's seed gives them (as the first point's), or null when the page has no answer for it.
 */
export function pageAnswerOptions(opening: Opening, index: number): OpeningOption[] | null {
  const answer = opening.answers[index];
  if (!answer) return null;
  return orderOptions(
    answer.options.map((o, k) => orderable(o, answer.fixed, k === 0)),
    openingSeed(opening.hash),
    1,
  ).map(({ index: i, source, text }) => ({ index: i, source, text }));
}

/**
 * A fresh attempt's seed, drawn with `newSeed` among those that order the points in `points` (the first point, and
 * the one after it when the page showed its answer) as the page showed them. With n options at a point about n!
 * draws are needed (24 for four, 576 for two points of four); after `tries` without one (only plausible with eight
 * options or more) it gives up with null, and the caller draws any seed and shows the points in that seed's order.
 */
export function seedShowing(points: readonly PageOrder[], newSeed: () => string, tries = 200_000): string | null {
  const checks = points.flatMap((p, point) =>
    p.fixed || p.options.length < 2
      ? []
      : [
          {
            point,
            shown: p.shown,
            // The story's own order (ink's index), which the shuffle starts from.
            options: [...p.options].sort((a, b) => a.index - b.index).map((o) => orderable(o, false, false)),
          },
        ],
  );
  if (checks.length === 0) return newSeed();
  for (let i = 0; i < tries; i++) {
    const seed = newSeed();
    if (checks.every((c) => orderOptions(c.options, seed, c.point).every((o, k) => o.source === c.shown[k])))
      return seed;
  }
  return null;
}
