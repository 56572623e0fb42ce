/**
 * Test-wise bots: players that never read the client and choose by the options' surface alone (the longest,
 * the shortest, the first in the source, the longest question, and a text classifier trained on other
 * scenarios' keys). Each plays a scenario from its start and is scored as the debrief scores a trainee. A bot
 * that reaches the competent band means the options leak their keys, so the score would measure reading
 * the surface, not clinical judgement.
 */
import type { Diagnostic } from './diagnostics.ts';
import { explore } from './explore.ts';
import { isFixedOrder } from './option-order.ts';
import { fnv1a } from './seeded.ts';
import { asksQuestion } from './item-cues.ts';
import type { Rubric } from './rubric.ts';
import { BAND_THRESHOLDS, bestOption, scoreAttempt, type OfferedOption } from './scoring.ts';
import { StoryRunner, type StoryOption } from './story-runner.ts';

/** Picks the position of an option among those offered (in the source's order). */
export type Picker = (options: readonly OfferedOption[]) => number;

const argmax = (values: number[]): number => values.reduce((best, v, i) => (v > values[best]! ? i : best), 0);
const lengths = (options: readonly OfferedOption[]) => options.map((o) => o.text.length);

export const SURFACE_BOTS = {
  longest: (options) => argmax(lengths(options)),
  shortest: (options) => argmax(lengths(options).map((n) => -n)),
  first: (() => 0) as Picker,
  'longest question': (options) => {
    const questions = lengths(options).map((n, i) => (asksQuestion(options[i]!.text) ? n : -1));
    return Math.max(...questions) >= 0 ? argmax(questions) : argmax(lengths(options));
  },
} satisfies Record<string, Picker>;

export type BotName = keyof typeof SURFACE_BOTS | 'classifier';

/** A bot at or above this score on a scenario is an error: the competent band's threshold. */
export const BOT_LIMIT = BAND_THRESHOLDS.competent;
/** The classifier is trained only when at least this many other scenarios are there to train it. */
export const MIN_TRAINING_SCENARIOS = 3;
/** Across the library, the classifier may pick the keyed best at no more than this share of points. */
export const CLASSIFIER_LIMIT = 0.4;

/** Plays a compiled story from its start, choosing with `pick`, and scores the path as the debrief does. */
export function playBy(json: string, rubric: Rubric, pick: Picker, maxPoints = 80): number {
  const runner = new StoryRunner(json);
  const points: { options: StoryOption[]; chosen: number }[] = [];
  for (let step = runner.step(); !step.ended; step = runner.step()) {
    const chosen = pick(step.options);
    points.push({ options: step.options, chosen });
    runner.choose(step.options[chosen]!.index);
    if (points.length > maxPoints) break;
  }
  return scoreAttempt(rubric, points).overall ?? 0;
}

/** Every distinct choice point a story offers (every option played at least once), in the order met. */
export function distinctPoints(json: string): StoryOption[][] {
  const seen = new Set<string>();
  const out: StoryOption[][] = [];
  for (const options of explore(json, { strategy: 'cover' }).paths.flatMap((p) => p.offered)) {
    const key = options.map((o) => o.source).join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(options);
  }
  return out;
}

// ---- The classifier: logistic regression over words and shape, as a test developer would try first. ----

const BUCKETS = 1 << 12;
const SHAPE = [
  'bias',
  'relative length',
  'longest',
  'shortest',
  'question',
  'only question',
  'first',
  'last',
  'words',
  'names a feeling',
] as const;
const FEELINGS = /\b(feel|feels|feeling|felt|hurt|angry|sad|scared|afraid|upset|worried|ashamed|frustrat\w*)\b/i;

const hash = (token: string) => fnv1a(token) % BUCKETS;

const tokens = (text: string) => text.toLowerCase().match(/[a-z']+/g) ?? [];

/** Sparse features of one option in the context of its point: word buckets, then shape features. */
function features(options: readonly OfferedOption[], i: number): Map<number, number> {
  const text = options[i]!.text;
  const lens = lengths(options);
  const mean = lens.reduce((a, b) => a + b, 0) / lens.length || 1;
  const f = new Map<number, number>();
  const words = tokens(text);
  for (const w of new Set(words)) f.set(hash(w), 1);
  for (let k = 0; k + 1 < words.length; k++) f.set(hash(`${words[k]} ${words[k + 1]}`), 1);
  const shape = [
    1,
    lens[i]! / mean - 1,
    lens[i] === Math.max(...lens) ? 1 : 0,
    lens[i] === Math.min(...lens) ? 1 : 0,
    asksQuestion(text) ? 1 : 0,
    asksQuestion(text) && options.filter((o) => asksQuestion(o.text)).length === 1 ? 1 : 0,
    i === 0 ? 1 : 0,
    i === options.length - 1 ? 1 : 0,
    words.length / 30,
    FEELINGS.test(text) ? 1 : 0,
  ];
  shape.forEach((v, k) => f.set(BUCKETS + k, v));
  return f;
}

export interface LabelledPoint {
  options: readonly OfferedOption[];
  /** Position of the keyed best option. */
  key: number;
}

export interface Classifier {
  pick: Picker;
}

/** Trains the classifier; deterministic (fixed order and epochs), so every run gives the same model. */
export function trainClassifier(
  points: readonly LabelledPoint[],
  { epochs = 25, rate = 0.2, l2 = 1e-4 } = {},
): Classifier {
  const w = new Float64Array(BUCKETS + SHAPE.length);
  const rows = points.flatMap((p) => p.options.map((_, i) => ({ f: features(p.options, i), y: i === p.key ? 1 : 0 })));
  const score = (f: Map<number, number>) => {
    let z = 0;
    for (const [k, v] of f) z += w[k]! * v;
    return z;
  };
  for (let e = 0; e < epochs; e++) {
    const lr = rate / (1 + e * 0.2);
    for (const { f, y } of rows) {
      const p = 1 / (1 + Math.exp(-score(f)));
      for (const [k, v] of f) w[k]! += lr * ((y - p) * v - l2 * w[k]!);
    }
  }
  return { pick: (options) => argmax(options.map((_, i) => score(features(options, i)))) };
}

export interface ScenarioBotReport {
  slug: string;
  /** Each bot's overall score (0–100) on the path it plays; no classifier when too few other scenarios train it. */
  scores: Partial<Record<BotName, number>>;
  /** Distinct choice points, and at how many the classifier picks the keyed best. */
  points: number;
  classifierHits: number;
  /** The bots at or above BOT_LIMIT. */
  failing: BotName[];
  /** Distinct points that opt out of shuffling with #fixed-order. */
  fixedOrder: number;
}

export interface LibraryBotReport {
  scenarios: ScenarioBotReport[];
  points: number;
  classifierHits: number;
  /** Mean share of points at which a random pick is the keyed best. */
  chance: number;
}

/**
 * Runs every bot on every scenario. The classifier is trained leave-one-out: for each scenario, on the
 * other scenarios' points and keys only, as a reader who has studied the rest of the library would be.
 */
export function runLibraryBots(rubric: Rubric, scenarios: readonly { slug: string; json: string }[]): LibraryBotReport {
  const labelled: { options: StoryOption[]; key: number }[][] = scenarios.map((s) =>
    distinctPoints(s.json).map((options) => ({ options, key: bestOption(rubric, options) })),
  );
  let chanceSum = 0;
  let pointCount = 0;
  const reports = scenarios.map((s, i) => {
    const others = labelled.flatMap((points, j) => (j === i ? [] : points));
    // A classifier trained on fewer than three other scenarios has learnt nothing to speak of: it is left out.
    const classifier = scenarios.length > MIN_TRAINING_SCENARIOS ? trainClassifier(others) : null;
    const own = labelled[i]!;
    const classifierHits = classifier ? own.filter((p) => classifier.pick(p.options) === p.key).length : 0;
    for (const p of own) chanceSum += 1 / p.options.length;
    pointCount += own.length;
    const scores: Partial<Record<BotName, number>> = {};
    for (const [name, pick] of Object.entries(SURFACE_BOTS)) scores[name as BotName] = playBy(s.json, rubric, pick);
    if (classifier) scores.classifier = playBy(s.json, rubric, classifier.pick);
    const failing = (Object.keys(scores) as BotName[]).filter((b) => (scores[b] ?? 0) >= BOT_LIMIT);
    return {
      slug: s.slug,
      scores,
      points: own.length,
      classifierHits,
      failing,
      fixedOrder: own.filter((p) => isFixedOrder(p.options)).length,
    };
  });
  return {
    scenarios: reports,
    points: scenarios.length > MIN_TRAINING_SCENARIOS ? pointCount : 0,
    classifierHits: reports.reduce((n, r) => n + r.classifierHits, 0),
    chance: pointCount ? chanceSum / pointCount : 0,
  };
}

/** The message for a bot at or above the competent band: shared by the build, stories:check and the authoring page. */
export function botMessage(bot: BotName, score: number): string {
  return `a test-wise bot that always picks "${bot}" without reading the client scores ${score.toFixed(1)} (the competent band starts at ${BOT_LIMIT}): the options' surface gives the key away; see the guide's "Writing options that measure judgement"`;
}

/**
 * The surface bots alone on one story, as errors at its file (the authoring page, which has no library to train
 * the classifier on); none when the story does not run to an end.
 */
export function surfaceBotDiagnostics(json: string, rubric: Rubric, file: string): Diagnostic[] {
  try {
    return Object.entries(SURFACE_BOTS).flatMap(([bot, pick]) => {
      const score = playBy(json, rubric, pick);
      return score >= BOT_LIMIT
        ? [{ file, line: null, severity: 'error' as const, message: botMessage(bot as BotName, score) }]
        : [];
    });
  } catch {
    return [];
  }
}
