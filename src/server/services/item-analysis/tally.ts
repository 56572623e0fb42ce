/**
 * Counting choices: every completed attempt is replayed along its final path (after any practice rewinds: the
 * path that was scored) against its own story version, with the engine's replay, so what was on offer is read
 * from the story itself. Identical paths of one version are replayed once, and kept (a ReplayCache) for the next
 * analysis: a story version never changes, so neither does what its path offered. A choice point is identified by where
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

interface OptionTally {
  option: StoryOption;
  versionRank: number;
  evidenceKeys: Set<string>;
  offered: number;
  chosen: number;
  choosers: Set<string>;
}

interface PointTally {
  id: string;
  visits: number;
  attempts: Set<string>;
  positions: number;
  options: Map<string, OptionTally>;
  /** The options as the newest version offered them, for the key. */
  newest: { rank: number; options: StoryOption[] };
}

export interface Tally {
  points: Map<string, PointTally>;
  /** Each analysed attempt's overall score. */
  overall: Map<string, number | null>;
  /** Attempts analysed per story version. */
  perVersion: Map<string, number>;
  /** Attempts left out because their choices no longer replay (or their version is gone). */
  unreplayable: number;
}

/** What each path of each story version offered at each point, by `hash|indexes`; null when it does not replay. */
export class ReplayCache {
  readonly #entries = new Map<string, StoryOption[][] | null>();
  readonly #max: number;
  constructor(max = 50_000) {
    this.#max = max;
  }
  has(key: string): boolean {
    return this.#entries.has(key);
  }
  get(key: string): StoryOption[][] | null | undefined {
    return this.#entries.get(key);
  }
  set(key: string, offered: StoryOption[][] | null): void {
    // The oldest entry goes first when full: a long-lived server forgets the paths of versions no longer played.
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, offered);
  }
  get size(): number {
    return this.#entries.size;
  }
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Tallies the attempts' choices. `rank` orders story versions newest first (0 is the newest); a version not in it
 * ranks after all of them.
 */
export function tallyAttempts(
  attempts: readonly AnalysedAttempt[],
  choices: ReadonlyMap<string, RecordedChoice[]>,
  bundles: ReadonlyMap<string, ScenarioBundle>,
  rank: ReadonlyMap<string, number>,
  replays: ReplayCache = new ReplayCache(),
): Tally {
  const points = new Map<string, PointTally>();
  const overall = new Map<string, number | null>();
  const perVersion = new Map<string, number>();
  let unreplayable = 0;

  for (const a of attempts) {
    const bundle = bundles.get(a.story_hash);
    let offered: StoryOption[][] | null = null;
    let chosenIndexes: number[] = [];
    if (bundle) {
      try {
        const { path } = finalPath(choices.get(a.id) ?? [], a.mode === 'practice');
        chosenIndexes = path.map((c) => c.index);
        const key = `${a.story_hash}|${chosenIndexes.join(',')}`;
        if (!replays.has(key)) {
          try {
            const replay = replayChoices(
              bundle.ink,
              path.map((c) => ({ point: c.point, index: c.index })),
              { allowRewind: false },
            );
            replays.set(
              key,
              replay.points.map((p) => p.options),
            );
          } catch {
            replays.set(key, null);
          }
        }
        offered = replays.get(key) ?? null;
      } catch {
        offered = null;
      }
    }
    if (!offered) {
      unreplayable += 1;
      continue;
    }
    perVersion.set(a.story_hash, (perVersion.get(a.story_hash) ?? 0) + 1);
    overall.set(a.id, a.overall === null ? null : Number(a.overall));
    const versionRank = rank.get(a.story_hash) ?? rank.size;
    offered.forEach((options, i) => {
      const id = pointIdOf(options);
      let point = points.get(id);
      if (!point) {
        point = {
          id,
          visits: 0,
          attempts: new Set(),
          positions: 0,
          options: new Map(),
          newest: { rank: Infinity, options },
        };
        points.set(id, point);
      }
      point.visits += 1;
      point.positions += i + 1;
      point.attempts.add(a.id);
      if (versionRank < point.newest.rank) point.newest = { rank: versionRank, options };
      for (const option of options) {
        const evidenceKey = JSON.stringify(option.evidence);
        let tally = point.options.get(option.source);
        if (!tally) {
          tally = { option, versionRank, evidenceKeys: new Set(), offered: 0, chosen: 0, choosers: new Set() };
          point.options.set(option.source, tally);
        }
        tally.evidenceKeys.add(evidenceKey);
        if (versionRank < tally.versionRank) {
          tally.option = option;
          tally.versionRank = versionRank;
        }
        tally.offered += 1;
        if (option.index === chosenIndexes[i]) {
          tally.chosen += 1;
          tally.choosers.add(a.id);
        }
      }
    });
  }
  return { points, overall, perVersion, unreplayable };
}

/** Every point of a tally with its options' counts, means, key and flags, in the order trainees meet them. */
export function analysePoints(tally: Tally, rubric: ScenarioBundle['rubric']): PointAnalysis[] {
  const scored = (ids: Iterable<string>) =>
    [...ids].map((id) => tally.overall.get(id)).filter((v): v is number => typeof v === 'number');
  const analysed: PointAnalysis[] = [...tally.points.values()].map((p) => {
    const best = p.newest.options[bestOption(rubric, p.newest.options)]?.source ?? null;
    const options: OptionAnalysis[] = [...p.options.values()]
      .sort((x, y) => x.option.source.localeCompare(y.option.source, 'en', { numeric: true }))
      .map((t) => {
        const values = Object.fromEntries(t.option.evidence.rubric.map((r) => [r.criterion, r.value]));
        const others = [...p.attempts].filter((id) => !t.choosers.has(id));
        return {
          source: t.option.source,
          text: t.option.text,
          offered: t.offered,
          chosen: t.chosen,
          share: p.visits === 0 ? 0 : t.chosen / p.visits,
          choosers: t.choosers.size,
          meanChosen: mean(scored(t.choosers)),
          others: others.length,
          meanOthers: mean(scored(others)),
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
      attempts: p.attempts.size,
      position: p.visits ? p.positions / p.visits : 0,
      options,
    };
  });
  return analysed.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
