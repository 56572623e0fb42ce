/**
 * Plays a compiled story's paths, depth first, by saving and loading ink state at each choice.
 *
 * Strategy `all` plays every path (bounded: it stops after `maxPaths` complete paths or `maxDepth` choices
 * on one path, and says so). Strategy `cover` branches only into options not yet taken anywhere (known by
 * their place in the source), finishing each path along the first option: every option is played at
 * least once, in about as many paths as the story has options, however far the paths multiply.
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

export interface ExploreOptions {
  strategy?: 'all' | 'cover';
  maxPaths?: number;
  maxDepth?: number;
}

export function explore(compiled: string | object, { strategy = 'all', maxPaths = 20_000, maxDepth = 60 }: ExploreOptions = {}): Exploration {
  const runner = new StoryRunner(compiled);
  const taken = new Set<string>();
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
    let branches = step.options;
    if (strategy === 'cover') {
      const fresh = step.options.filter((o) => !taken.has(`${o.source}#${o.index}`));
      branches = fresh.length > 0 ? fresh : step.options.slice(0, 1);
      for (const o of fresh) taken.add(`${o.source}#${o.index}`);
    }
    for (const option of branches) {
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
