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
  /** Runtime errors; `path` is where the story stood (ink's path) when it is known, as for a loop. */
  errors: { choices: number[]; offered: StoryOption[][]; message: string; path?: string | null }[];
  /** True when a bound was hit and not every path was played. */
  truncated: boolean;
  /** Paths cut off at `maxDepth` choices without ending: a loop with no way out, or a very long story. */
  deepest: { choices: number[]; offered: StoryOption[][] }[];
  strategy: 'all' | 'cover';
  minPoints: number;
  maxPoints: number;
}

export interface ExploreOptions {
  strategy?: 'all' | 'cover';
  maxPaths?: number;
  maxDepth?: number;
  /** Stop after this many choices made in all (paths share prefixes, so this bounds the work). */
  maxSteps?: number;
  /** Called at the end of every complete path, with the runner still at that end (to read visit counts). */
  atEnd?: (runner: StoryRunner, path: ExploredPath) => void;
}

export function explore(
  compiled: string | object,
  { strategy = 'all', maxPaths = 20_000, maxDepth = 60, maxSteps = 200_000, atEnd }: ExploreOptions = {},
): Exploration {
  const runner = new StoryRunner(compiled);
  /** How often each option (by its place in the source) has been taken, for the cover strategy. */
  const uses = new Map<string, number>();
  const key = (o: StoryOption) => `${o.source}#${o.index}`;
  const paths: ExploredPath[] = [];
  const deepest: Exploration['deepest'] = [];
  const errors: Exploration['errors'] = [];
  let truncated = false;

  let steps = 0;
  // A loop with no choice in it costs the runner's whole time limit each time it is met: once is enough.
  let looped = false;
  const walk = (choices: number[], offered: StoryOption[][], lineCount: number, ending: string | null) => {
    if (looped) return;
    if (paths.length >= maxPaths || steps >= maxSteps) {
      truncated = true;
      return;
    }
    let step;
    try {
      step = runner.step();
    } catch (error) {
      errors.push(
        error instanceof StoryRuntimeError
          ? { choices, offered, message: error.message, path: error.path }
          : { choices, offered, message: String(error) },
      );
      if (error instanceof StoryRuntimeError && error.path !== null) {
        looped = true;
        truncated = true;
      }
      return;
    }
    const lines = lineCount + step.lines.length;
    const end = step.ending ?? ending;
    if (step.ended) {
      const path = { choices, offered, ending: end, lineCount: lines };
      paths.push(path);
      atEnd?.(runner, path);
      return;
    }
    if (choices.length >= maxDepth) {
      truncated = true;
      deepest.push({ choices, offered: [...offered, step.options] });
      return;
    }
    const saved = runner.saveState();
    let branches = step.options;
    if (strategy === 'cover') {
      const fresh = step.options.filter((o) => !uses.has(key(o)));
      // Once every option here has been played, finish the path along the least-used one, so that a hub
      // the story returns to is eventually left by its exit rather than looped forever.
      const leastUsed = [...step.options].sort((a, b) => (uses.get(key(a)) ?? 0) - (uses.get(key(b)) ?? 0))[0]!;
      branches = fresh.length > 0 ? fresh : [leastUsed];
      for (const o of branches) uses.set(key(o), (uses.get(key(o)) ?? 0) + 1);
    }
    branches.forEach((option, i) => {
      steps += 1;
      // The runner already stands at this point for the first branch; later ones go back to it.
      if (i > 0) runner.loadState(saved);
      try {
        runner.choose(option.index);
      } catch (error) {
        errors.push({
          choices: [...choices, option.index],
          offered: [...offered, step.options],
          message: String((error as Error).message),
        });
        return;
      }
      walk([...choices, option.index], [...offered, step.options], lines, end);
    });
  };

  walk([], [], 0, null);
  const counts = paths.map((p) => p.choices.length);
  return {
    paths,
    errors,
    truncated,
    deepest,
    strategy,
    // A loop, not Math.min(...counts): spreading 100,000 path lengths overflows the stack.
    minPoints: counts.length ? counts.reduce((a, b) => Math.min(a, b)) : 0,
    maxPoints: counts.length ? counts.reduce((a, b) => Math.max(a, b)) : 0,
  };
}

/**
 * Plays one path from the start, choosing with `pick` among the options offered (in the source's order), as a
 * complete path: to find what a run of particular choices reaches (an ending that needs a string of strong
 * choices, which the cover strategy may finish past). Null when the path errs or runs past `maxDepth`.
 */
export function playPath(
  compiled: string | object,
  pick: (options: StoryOption[]) => number,
  { maxDepth = 60, atEnd }: Pick<ExploreOptions, 'maxDepth' | 'atEnd'> = {},
): ExploredPath | null {
  const runner = new StoryRunner(compiled);
  const path: ExploredPath = { choices: [], offered: [], ending: null, lineCount: 0 };
  try {
    for (let step = runner.step(); ; step = runner.step()) {
      path.lineCount += step.lines.length;
      path.ending = step.ending ?? path.ending;
      if (step.ended) break;
      if (path.choices.length >= maxDepth) return null;
      const option = step.options[pick(step.options)]!;
      path.offered.push(step.options);
      path.choices.push(option.index);
      runner.choose(option.index);
    }
  } catch {
    return null;
  }
  atEnd?.(runner, path);
  return path;
}
