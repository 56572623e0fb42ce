/**
 * Replays recorded choices against a compiled story, so the server (or anyone) can rebuild an attempt
 * from its choices alone and score it with the same engine the player uses. A choice is recorded with
 * the choice point it was made at: in practice mode a trainee may go back to an earlier point, which
 * drops the path after it; in assessment mode every choice must extend the path.
 */
import { orderOptions } from './option-order.ts';
import { scoreAttempt, type ScoreReport } from './scoring.ts';
import type { Rubric } from './rubric.ts';
import { StoryRunner, type Alliance, type StoryLine, type StoryOption } from './story-runner.ts';

export interface RecordedChoice {
  /** The choice point on the current path: 0 for the first choice. */
  point: number;
  /** The ink choice index chosen (StoryOption.index). */
  index: number;
  /** The option's text as the trainee saw it; checked when present. */
  text?: string | undefined;
  /** What the trainee wrote before the options were shown (respond-first play); kept for the record, ignored by scoring. */
  response?: string | undefined;
}

export interface ReplayedPoint {
  /** The options in the order the trainee saw them (the attempt's seed decides it). */
  options: StoryOption[];
  chosen: number;
  /** The lines shown before these options were offered. */
  lines: StoryLine[];
}

export interface Replay {
  points: ReplayedPoint[];
  /** Lines after the last choice. */
  closing: StoryLine[];
  ended: boolean;
  ending: string | null;
  /** How many times the trainee went back to an earlier point. */
  rewinds: number;
  /** The working alliance after each stretch of dialogue, when the story declares it (as the player records it). */
  alliance: Alliance[];
}

export class ReplayError extends Error {
  /** Position of the offending choice among the recorded choices (0-based), or null for the whole attempt. */
  readonly choice: number | null;
  constructor(message: string, choice: number | null) {
    super(message);
    this.name = 'ReplayError';
    this.choice = choice;
  }
}

/** The path the recorded choices leave, applying rewinds; throws ReplayError for an impossible sequence. */
export function finalPath(
  choices: readonly RecordedChoice[],
  allowRewind: boolean,
): { path: RecordedChoice[]; rewinds: number } {
  let path: RecordedChoice[] = [];
  let rewinds = 0;
  choices.forEach((c, i) => {
    if (!Number.isInteger(c.point) || c.point < 0 || c.point > path.length) {
      throw new ReplayError(
        `choice ${i + 1} is at point ${c.point + 1}, but only ${path.length + 1} had been reached`,
        i,
      );
    }
    if (c.point < path.length) {
      if (!allowRewind)
        throw new ReplayError(
          `choice ${i + 1} goes back to point ${c.point + 1}, which assessment mode does not allow`,
          i,
        );
      path = path.slice(0, c.point);
      rewinds++;
    }
    path.push(c);
  });
  return { path, rewinds };
}

export interface ReplayOptions {
  allowRewind: boolean;
  /** The attempt's seed for the order options were shown in; none keeps the source's order. */
  seed?: string | null | undefined;
}

/** Plays the story along the recorded choices and reports every point as it was offered, in the order shown. */
export function replayChoices(ink: unknown, choices: readonly RecordedChoice[], options: ReplayOptions): Replay {
  const { path, rewinds } = finalPath(choices, options.allowRewind);
  const runner = new StoryRunner(typeof ink === 'string' ? ink : structuredClone(ink as object));
  const points: ReplayedPoint[] = [];
  const alliance: Alliance[] = [];
  const sample = () => {
    const a = runner.alliance();
    if (a) alliance.push(a);
  };
  let step = runner.step();
  sample();
  let ending = step.ending;
  for (const [i, c] of path.entries()) {
    const option = step.options.find((o) => o.index === c.index);
    if (!option) {
      throw new ReplayError(
        `at point ${i + 1} there is no option ${c.index + 1} (${step.options.length} were on offer)`,
        choices.indexOf(c),
      );
    }
    if (c.text !== undefined && c.text !== option.text) {
      throw new ReplayError(
        `at point ${i + 1} option ${c.index + 1} reads "${option.text}", not "${c.text}"`,
        choices.indexOf(c),
      );
    }
    const shown = orderOptions(step.options, options.seed, i);
    points.push({ options: shown, chosen: shown.indexOf(option), lines: step.lines });
    runner.choose(c.index);
    step = runner.step();
    sample();
    ending = step.ending ?? ending;
  }
  return { points, closing: step.lines, ended: step.options.length === 0, ending, rewinds, alliance };
}

/** Replays a finished attempt and scores it; throws ReplayError when the choices do not reach an ending. */
export function scoreRecorded(
  ink: unknown,
  rubric: Rubric,
  choices: readonly RecordedChoice[],
  options: ReplayOptions,
): { replay: Replay; report: ScoreReport } {
  const replay = replayChoices(ink, choices, options);
  if (!replay.ended) {
    throw new ReplayError(
      `the recorded choices stop at point ${replay.points.length + 1}, before the story ends`,
      null,
    );
  }
  return { replay, report: scoreAttempt(rubric, replay.points) };
}
