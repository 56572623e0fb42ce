/**
 * Counting choices: every completed attempt is replayed along its final path (after any practice rewinds: the
 * path that was scored) against its own story version, with the engine's replay, so what was on offer is read
 * from the story itself. Identical paths of one version are replayed once, and kept (a ReplayCache) for the next
 * analysis: a story version never changes, so neither does what its path offered; and the attempts that took one path
 * are counted together, once, with their number (a group keeps its attempts' overall scores summed for the means).
 * A choice point is identified by where
 * its options are written (choice-points.ts), and an option by its source path, so the same point counts
 * together however the trainee reached it and across story versions that kept it; an option's text and evidence
 * are those of the newest version that offered it (flagged when versions disagree).
 *
 * Counts: `chosen` counts choices (an attempt that passes a point twice counts twice), `share` is chosen ÷ times
 * the point was offered. Means are over attempts: `meanChosen` is the mean overall score of the attempts that
 * chose the option at least once, `meanOthers` of the attempts that reached the point and never chose it.
 */
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import { finalPath, replayChoices, type RecordedChoice } from '../../../engine/replay.ts';
import { bestOption } from '../../../engine/scoring.ts';
import type { StoryOption } from '../../../engine/story-runner.ts';
import { pointIdOf, pointLabelOf } from '../choice-points.ts';
import { flagPoint } from './flags.ts';
import type { ItemFlag, OptionAnalysis, PointAnalysis } from './types.ts';

export interface AnalysedAttempt {
  id: string;
  story_hash: string;
  mode: 'practice' | 'assessment';
  overall: number | string | null;
}

/** One choice point of a replayed path, worked out once: its id, its options and each option's evidence as a key. */
export interface ReplayedPoint {
  id: string;
  options: StoryOption[];
  /** `JSON.stringify` of each option's evidence, in the order of `options`: compared across story versions. */
  evidenceKeys: string[];
  /** The ink index chosen there. */
  chosen: number;
}

/**
 * The attempts that took one path through one story version: they count together, so each point of the path is
 * tallied once with the group's size. Means are over attempts, so the group keeps the sum and number of its
 * attempts' overall scores.
 */
interface PathGroup {
  points: ReplayedPoint[];
  versionRank: number;
  attempts: number;
  overallSum: number;
  scored: number;
}

interface OptionTally {
  option: StoryOption;
  versionRank: number;
  evidenceKeys: Set<string>;
  offered: number;
  chosen: number;
  /** The path groups that chose it at least once. */
  choosers: Set<PathGroup>;
}

interface PointTally {
  id: string;
  visits: number;
  /** The path groups that reached it. */
  groups: Set<PathGroup>;
  positions: number;
  options: Map<string, OptionTally>;
  /** The options as the newest version offered them, for the key. */
  newest: { rank: number; options: StoryOption[] };
}

export interface Tally {
  points: Map<string, PointTally>;
  /** Attempts analysed per story version. */
  perVersion: Map<string, number>;
  /** Attempts left out because their choices no longer replay (or their version is gone). */
  unreplayable: number;
}

/**
 * What each path of each story version offered at each point, by `hash|indexes`; null when it does not replay.
 * Kept between analyses by the service: a story version never changes, so neither does what a path of it offered.
 */
export class ReplayCache {
  readonly #entries = new Map<string, ReplayedPoint[] | null>();
  readonly #max: number;
  constructor(max = 50_000) {
    this.#max = max;
  }
  has(key: string): boolean {
    return this.#entries.has(key);
  }
  get(key: string): ReplayedPoint[] | null | undefined {
    return this.#entries.get(key);
  }
  set(key: string, points: ReplayedPoint[] | null): void {
    // The oldest entry goes first when full: a long-lived server forgets the paths of versions no longer played.
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, points);
  }
  get size(): number {
    return this.#entries.size;
  }
}

/** A path's points as the engine replays it, with what the tally needs of each; null when it does not replay. */
function replayPath(bundle: ScenarioBundle, path: readonly RecordedChoice[]): ReplayedPoint[] | null {
  try {
    const replay = replayChoices(
      bundle.ink,
      path.map((c) => ({ point: c.point, index: c.index })),
      { allowRewind: false },
    );
    return replay.points.map((p, i) => ({
      id: pointIdOf(p.options),
      options: p.options,
      evidenceKeys: p.options.map((o) => JSON.stringify(o.evidence)),
      chosen: path[i]!.index,
    }));
  } catch {
    return null;
  }
}

/**
 * Tallies the attempts' choices. `rank` orders story versions newest first (0 is the newest); a version not in it
 * ranks after all of them.
 *
 * Attempts are first grouped by version and path (in the order of their first attempt, so whatever the first
 * attempt to reach a point or option decides is decided by the same one), then each group's path is counted once
 * with the group's size: a cohort's thousands of attempts take far fewer paths.
 */
export function tallyAttempts(
  attempts: readonly AnalysedAttempt[],
  choices: ReadonlyMap<string, readonly RecordedChoice[]>,
  bundles: ReadonlyMap<string, ScenarioBundle>,
  rank: ReadonlyMap<string, number>,
  replays: ReplayCache = new ReplayCache(),
): Tally {
  const groups = new Map<string, PathGroup>();
  const perVersion = new Map<string, number>();
  let unreplayable = 0;

  for (const a of attempts) {
    let group: PathGroup | undefined;
    const bundle = bundles.get(a.story_hash);
    if (bundle) {
      try {
        const { path } = finalPath(choices.get(a.id) ?? [], a.mode === 'practice');
        const key = `${a.story_hash}|${path.map((c) => c.index).join(',')}`;
        group = groups.get(key);
        if (!group) {
          if (!replays.has(key)) replays.set(key, replayPath(bundle, path));
          const points = replays.get(key);
          if (points) {
            group = { points, versionRank: rank.get(a.story_hash) ?? rank.size, attempts: 0, overallSum: 0, scored: 0 };
            groups.set(key, group);
          }
        }
      } catch {
        group = undefined;
      }
    }
    if (!group) {
      unreplayable += 1;
      continue;
    }
    perVersion.set(a.story_hash, (perVersion.get(a.story_hash) ?? 0) + 1);
    group.attempts += 1;
    if (a.overall !== null) {
      group.overallSum += Number(a.overall);
      group.scored += 1;
    }
  }

  const points = new Map<string, PointTally>();
  for (const group of groups.values()) {
    const n = group.attempts;
    const versionRank = group.versionRank;
    group.points.forEach((p, i) => {
      let point = points.get(p.id);
      if (!point) {
        point = {
          id: p.id,
          visits: 0,
          groups: new Set(),
          positions: 0,
          options: new Map(),
          newest: { rank: Infinity, options: p.options },
        };
        points.set(p.id, point);
      }
      point.visits += n;
      point.positions += (i + 1) * n;
      point.groups.add(group);
      if (versionRank < point.newest.rank) point.newest = { rank: versionRank, options: p.options };
      p.options.forEach((option, k) => {
        let tally = point.options.get(option.source);
        if (!tally) {
          tally = { option, versionRank, evidenceKeys: new Set(), offered: 0, chosen: 0, choosers: new Set() };
          point.options.set(option.source, tally);
        }
        tally.evidenceKeys.add(p.evidenceKeys[k]!);
        if (versionRank < tally.versionRank) {
          tally.option = option;
          tally.versionRank = versionRank;
        }
        tally.offered += n;
        if (option.index === p.chosen) {
          tally.chosen += n;
          tally.choosers.add(group);
        }
      });
    });
  }
  return { points, perVersion, unreplayable };
}

/** Every point of a tally with its options' counts, means, key and flags, in the order trainees meet them. */
export function analysePoints(tally: Tally, rubric: ScenarioBundle['rubric']): PointAnalysis[] {
  const attemptsIn = (groups: Iterable<PathGroup>) => {
    let n = 0;
    for (const g of groups) n += g.attempts;
    return n;
  };
  /** The mean overall score of the groups' attempts that have one. */
  const meanOf = (groups: Iterable<PathGroup>): number | null => {
    let sum = 0;
    let n = 0;
    for (const g of groups) {
      sum += g.overallSum;
      n += g.scored;
    }
    return n === 0 ? null : sum / n;
  };
  const analysed: PointAnalysis[] = [...tally.points.values()].map((p) => {
    const best = p.newest.options[bestOption(rubric, p.newest.options)]?.source ?? null;
    const options: OptionAnalysis[] = [...p.options.values()]
      .sort((x, y) => x.option.source.localeCompare(y.option.source, 'en', { numeric: true }))
      .map((t) => {
        const values = Object.fromEntries(t.option.evidence.rubric.map((r) => [r.criterion, r.value]));
        const others = [...p.groups].filter((g) => !t.choosers.has(g));
        return {
          source: t.option.source,
          text: t.option.text,
          offered: t.offered,
          chosen: t.chosen,
          share: p.visits === 0 ? 0 : t.chosen / p.visits,
          choosers: attemptsIn(t.choosers),
          meanChosen: meanOf(t.choosers),
          others: attemptsIn(others),
          meanOthers: meanOf(others),
          value: t.option.evidence.rubric.reduce((s, r) => s + r.value, 0),
          values,
          critical: t.option.evidence.critical,
          contested: t.option.evidence.contested,
          keyedBest: t.option.source === best,
          flags: t.evidenceKeys.size > 1 ? (['revised'] as ItemFlag[]) : [],
        };
      });
    flagPoint(options, p.visits);
    return {
      id: p.id,
      label: pointLabelOf(p.id),
      visits: p.visits,
      attempts: attemptsIn(p.groups),
      position: p.visits ? p.positions / p.visits : 0,
      options,
    };
  });
  return analysed.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
