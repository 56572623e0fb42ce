/**
 * Item analysis for educators: for one scenario, from its completed attempts, how often each option is chosen at
 * every choice point and how the trainees who chose it scored overall, beside the evidence the option is keyed
 * with. An option whose choosers score well although it is keyed as harmful (or the reverse) may be miskeyed; a
 * point where trainees split evenly between options keyed differently may be ambiguous.
 *
 * Every completed attempt is replayed along its final path (after any practice rewinds: the path that was scored)
 * against its own story version, with the engine's replay, so what was on offer is read from the story itself.
 * Identical paths of one version are replayed once. A choice point is identified by where its options are written
 * (the container of their ink source paths, `gift.0` for `gift.0.14`), and an option by its source path, so the
 * same point counts together however the trainee reached it and across story versions that kept it; an option's
 * text and evidence are those of the newest version that offered it (flagged when versions disagree).
 *
 * Counts: `chosen` counts choices (an attempt that passes a point twice counts twice), `share` is chosen ÷ times
 * the point was offered. Means are over attempts: `meanChosen` is the mean overall score of the attempts that chose
 * the option at least once, `meanOthers` of the attempts that reached the point and never chose it.
 *
 * Educators and admins see every trainee's attempts; supervisors only those made for their cohorts'
 * assignments (supervision-access.ts); trainees are refused.
 */
import type { Kysely } from 'kysely';
import type { MapLayout } from '../../engine/branch-map.ts';
import type { ScenarioBundle } from '../../engine/bundle.ts';
import { finalPath, replayChoices, type RecordedChoice } from '../../engine/replay.ts';
import { bestOption } from '../../engine/scoring.ts';
import type { StoryOption } from '../../engine/story-runner.ts';
import type { CriticalKind } from '../../engine/tags.ts';
import type { Database } from '../db/schema.ts';
import { forbidden, notFound } from '../core/errors.ts';
import type { Actor } from '../core/actor.ts';
import { csvDocument, round2 } from './csv.ts';
import { pointIdOf, pointLabelOf } from './exports.ts';
import type { StoryCatalog } from './story-catalog.ts';
import type { StoryVersions } from './story-versions.ts';
import { supervisedAttemptIds } from './supervision-access.ts';

/** Fewest choosers (and non-choosers) before an option's mean score is read as a signal. */
export const MIN_GROUP = 5;
/** A difference in mean overall score (0–100) that counts as a signal. */
export const SCORE_MARGIN = 5;
/** Shares of the two most chosen options closer than this count as an even split. */
export const SPLIT_MARGIN = 0.1;

export type ItemFlag = 'possible-miskey' | 'ambiguous' | 'revised';

export const FLAG_LABELS: Record<ItemFlag, string> = {
  'possible-miskey': 'Possible miskey: its choosers score against its key',
  ambiguous: 'Ambiguous: an even split with an option keyed differently',
  revised: 'Its evidence changed between story versions',
};

export interface OptionAnalysis {
  source: string;
  text: string;
  /** Times offered (the point's visits while this option was on offer). */
  offered: number;
  chosen: number;
  /** chosen ÷ the point's visits, 0–1. */
  share: number;
  /** Attempts that chose it at least once, and their mean overall score. */
  choosers: number;
  meanChosen: number | null;
  /** Attempts that reached the point and never chose it, and their mean overall score. */
  others: number;
  meanOthers: number | null;
  /** Sum of the option's rubric values, and each value. */
  value: number;
  values: Record<string, number>;
  critical: CriticalKind | null;
  contested: boolean;
  /** The option the rubric rates strongest at its point. */
  keyedBest: boolean;
  flags: ItemFlag[];
}

export interface PointAnalysis {
  id: string;
  /** The passage it is in, for people. */
  label: string;
  /** Times the point was offered, and by how many attempts. */
  visits: number;
  attempts: number;
  /** Mean position on the path (1 = the first choice), for ordering. */
  position: number;
  options: OptionAnalysis[];
}

export interface ItemAnalysis {
  slug: string;
  title: string;
  /** Completed attempts analysed, and those left out because their choices no longer replay. */
  attempts: number;
  unreplayable: number;
  /** Story versions the attempts were played on, newest first. */
  versions: { hash: string; attempts: number }[];
  /** Whose attempts: everyone's, or only the trainees of the supervisor's cohorts. */
  scope: 'all' | 'supervised';
  points: PointAnalysis[];
  /** The branch map of the current (or newest played) version, when it has one. */
  map: MapLayout | null;
}

export interface ScenarioActivity {
  slug: string;
  title: string;
  attempts: number;
  completed: number;
}

interface OptionTally {
  option: StoryOption;
  optionHash: string;
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

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

export function itemAnalysisService(db: Kysely<Database>, stories: StoryCatalog, versions: StoryVersions) {
  function requireAnalyst(actor: Actor): 'all' | 'supervised' {
    if (actor.role === 'educator' || actor.role === 'admin') return 'all';
    if (actor.role === 'supervisor') return 'supervised';
    throw forbidden('Item analysis is for educators, supervisors and administrators.');
  }

  async function analyse(actor: Actor, slug: string): Promise<ItemAnalysis> {
    const scope = requireAnalyst(actor);
    if (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]{0,79}$/.test(slug)) throw notFound('scenario');
    const current = await stories.current(slug);
    const versionRows = await versions.ofScenario(slug);
    if (!current && versionRows.length === 0) throw notFound('scenario');
    const bundles = new Map<string, ScenarioBundle>(versionRows.map((v) => [v.hash, v.bundle]));
    // Newest first: the current version, then the stored ones by when they were first played.
    const order = [...new Set([...(current ? [current.hash] : []), ...versionRows.map((v) => v.hash)])];
    const rank = new Map(order.map((h, i) => [h, i]));

    let q = db
      .selectFrom('attempt')
      .select(['attempt.id', 'attempt.story_hash', 'attempt.mode', 'attempt.overall'])
      .where('attempt.scenario', '=', slug)
      .where('attempt.status', '=', 'completed');
    if (scope === 'supervised') {
      q = q.where('attempt.id', 'in', supervisedAttemptIds(db, actor.id));
    }
    const attempts = await q.orderBy('attempt.id').execute();

    const choices = new Map<string, RecordedChoice[]>();
    for (let i = 0; i < attempts.length; i += 500) {
      const chunk = attempts.slice(i, i + 500).map((a) => a.id);
      const rows = await db
        .selectFrom('attempt_event')
        .select(['attempt_id', 'payload'])
        .where('attempt_id', 'in', chunk)
        .where('type', '=', 'choice')
        .orderBy('attempt_id')
        .orderBy('seq')
        .execute();
      for (const r of rows) {
        const list = choices.get(r.attempt_id) ?? [];
        list.push(JSON.parse(r.payload) as RecordedChoice);
        choices.set(r.attempt_id, list);
      }
    }

    const points = new Map<string, PointTally>();
    const overall = new Map<string, number | null>();
    const replays = new Map<string, StoryOption[][] | null>();
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
              const replay = replayChoices(bundle.ink, path.map((c) => ({ point: c.point, index: c.index })), { allowRewind: false });
              replays.set(key, replay.points.map((p) => p.options));
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
      const versionRank = rank.get(a.story_hash) ?? order.length;
      offered.forEach((options, i) => {
        const id = pointIdOf(options);
        let point = points.get(id);
        if (!point) {
          point = { id, visits: 0, attempts: new Set(), positions: 0, options: new Map(), newest: { rank: Infinity, options } };
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
            tally = { option, optionHash: a.story_hash, versionRank, evidenceKeys: new Set(), offered: 0, chosen: 0, choosers: new Set() };
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

    const scored = (ids: Iterable<string>) => [...ids].map((id) => overall.get(id)).filter((v): v is number => typeof v === 'number');
    const newestBundle = order.map((h) => (h === current?.hash ? current : bundles.get(h))).find((b): b is ScenarioBundle => !!b) ?? null;
    const rubric = newestBundle?.rubric ?? { domains: [] };

    const analysed: PointAnalysis[] = [...points.values()].map((p) => {
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
      return { id: p.id, label: pointLabelOf(p.id), visits: p.visits, attempts: p.attempts.size, position: p.visits ? p.positions / p.visits : 0, options };
    });
    analysed.sort((a, b) => a.position - b.position || a.id.localeCompare(b.id, 'en', { numeric: true }));

    const analysedCount = [...perVersion.values()].reduce((s, n) => s + n, 0);
    return {
      slug,
      title: current?.meta.title ?? versionRows[0]?.title ?? slug,
      attempts: analysedCount,
      unreplayable,
      versions: order.filter((h) => perVersion.has(h)).map((hash) => ({ hash, attempts: perVersion.get(hash)! })),
      scope,
      points: analysed,
      map: newestBundle?.map ?? null,
    };
  }

  return {
    analyse,

    /** The same analysis as CSV, one row per option. */
    async csv(actor: Actor, slug: string): Promise<{ filename: string; csv: string }> {
      const a = await analyse(actor, slug);
      const header = [
        'point',
        'passage',
        'point_visits',
        'point_attempts',
        'option_source',
        'option',
        'times_chosen',
        'share',
        'choosers',
        'mean_overall_choosers',
        'others',
        'mean_overall_others',
        'keyed_value',
        'keyed_values',
        'critical',
        'contested',
        'keyed_best',
        'flags',
      ];
      const rows = a.points.flatMap((p) =>
        p.options.map((o) => [
          p.id,
          p.label,
          p.visits,
          p.attempts,
          o.source,
          o.text,
          o.chosen,
          Math.round(o.share * 10_000) / 10_000,
          o.choosers,
          round2(o.meanChosen),
          o.others,
          round2(o.meanOthers),
          o.value,
          Object.entries(o.values)
            .map(([c, v]) => `${c}:${v > 0 ? '+' : ''}${v}`)
            .join('; '),
          o.critical,
          o.contested,
          o.keyedBest,
          o.flags.join('; '),
        ]),
      );
      return { filename: `rapport-item-analysis-${slug}.csv`, csv: csvDocument(header, rows) };
    },

    /** Scenarios with recorded attempts and how many (completed among them), as the actor may see them. */
    async scenarios(actor: Actor): Promise<ScenarioActivity[]> {
      const scope = requireAnalyst(actor);
      let q = db
        .selectFrom('attempt')
        .select(['attempt.scenario'])
        .select((eb) => [
          eb.fn.count<number | string>('attempt.id').as('attempts'),
          eb.fn.sum<number | string>(eb.case().when('attempt.status', '=', 'completed').then(1).else(0).end()).as('completed'),
        ])
        .groupBy('attempt.scenario');
      if (scope === 'supervised') {
        q = q.where('attempt.id', 'in', supervisedAttemptIds(db, actor.id));
      }
      const counts = await q.execute();
      const titles = await db.selectFrom('story_version').select(['slug', 'title', 'created_at']).orderBy('created_at').execute();
      const titleOf = new Map(titles.map((t) => [t.slug, t.title]));
      return counts
        .map((c) => ({ slug: c.scenario, title: titleOf.get(c.scenario) ?? c.scenario, attempts: Number(c.attempts), completed: Number(c.completed ?? 0) }))
        .sort((a, b) => a.title.localeCompare(b.title));
    },
  };
}

/** Marks possible miskeys and ambiguous splits at one point (mutates the options' flags). */
export function flagPoint(options: OptionAnalysis[], visits: number): void {
  for (const o of options) {
    if (o.choosers < MIN_GROUP || o.others < MIN_GROUP || o.meanChosen === null || o.meanOthers === null) continue;
    const lift = o.meanChosen - o.meanOthers;
    const harmful = o.value < 0 || o.critical !== null;
    if ((harmful && lift >= SCORE_MARGIN) || (o.keyedBest && o.value > 0 && lift <= -SCORE_MARGIN)) o.flags.push('possible-miskey');
  }
  if (visits < 2 * MIN_GROUP || options.length < 2) return;
  const [first, second] = [...options].sort((a, b) => b.share - a.share);
  if (!first || !second) return;
  const keyedDifferently = first.value !== second.value || first.critical !== second.critical;
  if (keyedDifferently && first.share - second.share <= SPLIT_MARGIN && first.share + second.share >= 0.5) {
    first.flags.push('ambiguous');
    second.flags.push('ambiguous');
  }
}

export type ItemAnalysisService = ReturnType<typeof itemAnalysisService>;
