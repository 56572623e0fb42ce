/**
 * The test-wise bots on one scenario against a library whose points were labelled once: what
 * `runLibraryBots` (src/engine/testwise-bots.ts) reports for that scenario, without playing the whole library
 * again for every draft saved. The classifier is trained on the library's other scenarios, in the library's
 * order, exactly as the build and `npm run stories:check` train it (a test holds the two reports equal).
 */
import { isFixedOrder } from '../engine/option-order.ts';
import type { Rubric } from '../engine/rubric.ts';
import { bestOption } from '../engine/scoring.ts';
import {
  BOT_LIMIT,
  distinctPoints,
  MIN_TRAINING_SCENARIOS,
  playBy,
  SURFACE_BOTS,
  trainClassifier,
  type BotName,
  type LabelledPoint,
  type ScenarioBotReport,
} from '../engine/testwise-bots.ts';

/** A library's scenarios, each with its distinct choice points and the keyed best option at each. */
export type LabelledLibrary = { slug: string; points: LabelledPoint[] }[];

export function labelPoints(rubric: Rubric, json: string): LabelledPoint[] {
  return distinctPoints(json).map((options) => ({ options, key: bestOption(rubric, options) }));
}

/** Labels every playable scenario of a library once (the costly part: each is played, every option once). */
export function labelLibrary(rubric: Rubric, scenarios: readonly { slug: string; json: string }[]): LabelledLibrary {
  return scenarios.map((s) => ({ slug: s.slug, points: labelPoints(rubric, s.json) }));
}

/** A choice point by its options' words, to tell a scenario's copy (or a draft made from it) by its points. */
const pointKey = (p: LabelledPoint) => p.options.map((o) => o.text).join('\n');

/**
 * The bots' report on one scenario. The classifier is trained on the library's other scenarios: the one with
 * its slug is left out (it is the one being checked, as in the build), and so is any that shares a choice point
 * with it, word for word (a draft copied from a library scenario, or an import of one under another name), or
 * the classifier would only be remembering the keys it is asked to guess.
 */
export function scenarioBots(
  rubric: Rubric,
  library: LabelledLibrary,
  scenario: { slug: string; json: string },
): ScenarioBotReport {
  const own = labelPoints(rubric, scenario.json);
  const ownKeys = new Set(own.map(pointKey));
  const others = library.filter((s) => s.slug !== scenario.slug && !s.points.some((p) => ownKeys.has(pointKey(p))));
  // As runLibraryBots: the classifier is trained only when the library, this scenario included, is big enough.
  const classifier =
    others.length + 1 > MIN_TRAINING_SCENARIOS ? trainClassifier(others.flatMap((s) => s.points)) : null;
  const scores: Partial<Record<BotName, number>> = {};
  for (const [name, pick] of Object.entries(SURFACE_BOTS))
    scores[name as BotName] = playBy(scenario.json, rubric, pick);
  if (classifier) scores.classifier = playBy(scenario.json, rubric, classifier.pick);
  return {
    slug: scenario.slug,
    scores,
    points: own.length,
    classifierHits: classifier ? own.filter((p) => classifier.pick(p.options) === p.key).length : 0,
    failing: (Object.keys(scores) as BotName[]).filter((b) => (scores[b] ?? 0) >= BOT_LIMIT),
    fixedOrder: own.filter((p) => isFixedOrder(p.options)).length,
  };
}
