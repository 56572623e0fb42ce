/**
 * Plays every path of a compiled story, depth first, by saving and loading ink state at each choice.
 * Used at build time (the number of choice points per path, for the player's progress indication) and
 * by tests. Bounded: stops after `maxPaths` complete paths or `maxDepth` choices on one path, and says so.
 */
import { StoryRunner, StoryRuntimeError, type StoryOption } from './story-runner.ts';

export interface ExploredPath {
  /** The option index chosen at each choice point. */
  choices: number[];
  /** The options offered at each choice point. */
  offered: StoryOption[][];
  ending: string | null;
  /** How many lines the path printed. */
  lineCount: number;
}

export interface Exploration {
  paths: ExploredPath[];
  errors: { choices: number[]; message: string }[];
  /** True when a bound was hit and not every path was played. */
  truncated: boolean;
  minPoints: number;
  maxPoints: number;
}

export function explore(compiled: string | object, { maxPaths = 20_000, maxDepth = 60 } = {}): Exploration {
  const runner = new StoryRunner(compiled);
  const paths: ExploredPath[] = [];
  const errors: Exploration['errors'] = [];
  let truncated = false;

  const walk = (choices: number[], offered: StoryOption[][], lineCount: number, ending: string | null) => {
    if (paths.length >= maxPaths) {
      truncated = true;
      return;
    }
    let step;
    try {
      step = runner.step();
    } catch (error) {
      errors.push({ choices, message: error instanceof StoryRuntimeError ? error.message : String(error) });
      return;
    }
    const lines = lineCount + step.lines.length;
    const end = step.ending ?? ending;
    if (step.ended) {
      paths.push({ choices, offered, ending: end, lineCount: lines });
      return;
    }
    if (choices.length >= maxDepth) {
      truncated = true;
      return;
    }
    const saved = runner.saveState();
    for (const option of step.options) {
      runner.loadState(saved);
      try {
        runner.choose(option.index);
      } catch (error) {
        errors.push({ choices: [...choices, option.index], message: String((error as Error).message) });
        continue;
      }
      walk([...choices, option.index], [...offered, step.options], lines, end);
    }
  };

  walk([], [], 0, null);
  const counts = paths.map((p) => p.choices.length);
  return {
    paths,
    errors,
    truncated,
    minPoints: counts.length ? Math.min(...counts) : 0,
    maxPoints: counts.length ? Math.max(...counts) : 0,
  };
}
