/**
 * Item analysis on both databases: the counts, shares and mean scores per option are computed again here,
 * independently, from the attempts as recorded (each path played with StoryRunner, each overall score read from
 * the attempt row), and compared; flags follow the stated rule; who may see what; the CSV parses back.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { finalPath, replayChoices, type RecordedChoice } from '../../src/engine/replay.ts';
import type { StoryOption } from '../../src/engine/story-runner.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { MIN_GROUP, SCORE_MARGIN } from '../../src/server/services/item-analysis/flags.ts';
import {
  analysePoints,
  ReplayCache,
  tallyAttempts,
  type AnalysedAttempt,
} from '../../src/server/services/item-analysis/tally.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { csvRecords, insertCohort, recordAttempt } from './export-helpers.ts';
import { allPaths, forCohort, insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');

/** Who plays what: six refuse the gift then do well, six accept it quickly then do badly, two ask about it. */
const PLANS: { picks: number[]; mode?: 'practice' | 'assessment'; rewindTo?: number }[] = [
  ...Array.from({ length: 6 }, () => ({ picks: [2, 0, 0] })),
  ...Array.from({ length: 5 }, () => ({ picks: [1, 1, 1] })),
  { picks: [1, 1, 1], mode: 'practice' as const, rewindTo: 1 },
  { picks: [0, 2, 1] },
  { picks: [0, 2, 1], mode: 'practice' as const, rewindTo: 0 },
];

describe.each(DATABASES)('item analysis on %s', (kind) => {
  let t: TestApp;
  let educator: Actor;
  let admin: Actor;
  let supervisor: Actor;
  let trainee: Actor;
  const trainees: Actor[] = [];
  const recorded: { id: string; user: string; options: StoryOption[][]; chosen: number[] }[] = [];

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]));
    educator = await insertUser(t.app, 'educator');
    admin = await insertUser(t.app, 'admin');
    supervisor = await insertUser(t.app, 'supervisor');
    for (const plan of PLANS) {
      const who = await insertUser(t.app, 'trainee');
      trainees.push(who);
      const { id, played } = await recordAttempt(t.app, who, mini, plan.picks, {
        mode: plan.mode ?? 'assessment',
        ...(plan.rewindTo !== undefined ? { rewindTo: plan.rewindTo } : {}),
      });
      recorded.push({
        id,
        user: who.id,
        options: played.points.map((p) => p.options as StoryOption[]),
        chosen: played.points.map((p) => p.chosen),
      });
    }
    trainee = trainees[0]!;
    // The supervisor's cohort holds the first three trainees only.
    const group = await insertCohort(t.app, 'Small group', [supervisor], trainees.slice(0, 3));
    // Their attempts were made for the group's assignments: what the supervisor sees.
    const members = new Set(trainees.slice(0, 3).map((x) => x.id));
    for (const r of recorded) if (members.has(r.user)) await forCohort(t.app, group, r.id);
    // An attempt in progress counts for nothing.
    const open = crypto.randomUUID();
    await t.app.attempts.start(trainee, { id: open, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' });
    await forCohort(t.app, group, open);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The expected table, computed from the recorded attempts of `users`. */
  async function expected(users: Set<string>) {
    const rows = await t.app.db.kysely
      .selectFrom('attempt')
      .select(['id', 'overall'])
      .where('status', '=', 'completed')
      .execute();
    const overall = new Map(rows.map((r) => [r.id, Number(r.overall)]));
    const byOption = new Map<
      string,
      { point: string; chosen: number; visits: number; choosers: number[]; others: number[] }
    >();
    for (const a of recorded.filter((r) => users.has(r.user))) {
      a.options.forEach((options, i) => {
        const point = options[0]!.source.replace(/\.[^.]*$/, '');
        for (const [k, o] of options.entries()) {
          const e = byOption.get(o.source) ?? { point, chosen: 0, visits: 0, choosers: [], others: [] };
          e.visits += 1;
          if (k === a.chosen[i]) {
            e.chosen += 1;
            e.choosers.push(overall.get(a.id)!);
          } else e.others.push(overall.get(a.id)!);
          byOption.set(o.source, e);
        }
      });
    }
    return byOption;
  }
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

  it('counts every option’s choices and means exactly as the recorded attempts give them', async () => {
    const analysis = await t.app.itemAnalysis.analyse(educator, 'mini');
    expect(analysis.attempts).toBe(PLANS.length);
    expect(analysis.unreplayable).toBe(0);
    expect(analysis.scope).toBe('all');
    expect(analysis.versions).toEqual([{ hash: mini.hash, attempts: PLANS.length }]);
    expect(analysis.points.map((p) => p.id)).toEqual(['gift.0', 'invite.0', 'close.0']);
    const want = await expected(new Set(trainees.map((x) => x.id)));
    let options = 0;
    for (const p of analysis.points) {
      expect(p.visits).toBe(PLANS.length);
      expect(p.attempts).toBe(PLANS.length);
      expect(p.options.reduce((s, o) => s + o.chosen, 0)).toBe(p.visits);
      for (const o of p.options) {
        options += 1;
        const e = want.get(o.source)!;
        expect(e.point).toBe(p.id);
        expect(o.chosen).toBe(e.chosen);
        expect(o.offered).toBe(e.visits);
        expect(o.share).toBeCloseTo(e.chosen / p.visits, 10);
        expect(o.choosers).toBe(e.choosers.length);
        expect(o.others).toBe(e.others.length);
        if (e.choosers.length) expect(o.meanChosen!).toBeCloseTo(avg(e.choosers)!, 8);
        else expect(o.meanChosen).toBeNull();
        if (e.others.length) expect(o.meanOthers!).toBeCloseTo(avg(e.others)!, 8);
        else expect(o.meanOthers).toBeNull();
        const option = recorded.flatMap((r) => r.options.flat()).find((x) => x.source === o.source)!;
        expect(o.text).toBe(option.text);
        expect(o.value).toBe(option.evidence.rubric.reduce((s, r) => s + r.value, 0));
        expect(o.critical).toBe(option.evidence.critical);
      }
    }
    expect(options).toBe(want.size);
    expect(analysis.points[1]!.options.find((o) => o.text === 'Say yes')!.critical).toBe('dual-relationship');
    expect(analysis.points[0]!.options.find((o) => o.text === 'Ask what it means to her')!.keyedBest).toBe(true);
  });

  it('flags options whose choosers outscore the key, and even splits between options keyed differently', async () => {
    const analysis = await t.app.itemAnalysis.analyse(admin, 'mini');
    const refuse = analysis.points[0]!.options.find((o) => o.text === 'Refuse it')!;
    // The refusers went on to do well: a harmful-keyed option whose choosers outscore the rest.
    expect(refuse.value).toBeLessThan(0);
    expect(refuse.choosers).toBeGreaterThanOrEqual(MIN_GROUP);
    expect(refuse.meanChosen! - refuse.meanOthers!).toBeGreaterThanOrEqual(SCORE_MARGIN);
    expect(refuse.flags).toContain('possible-miskey');
    // Every miskey flag, and only those, follows the rule.
    for (const o of analysis.points.flatMap((p) => p.options)) {
      const signal = o.choosers >= MIN_GROUP && o.others >= MIN_GROUP && o.meanChosen !== null && o.meanOthers !== null;
      const lift = signal ? o.meanChosen! - o.meanOthers! : 0;
      const miskey =
        signal &&
        (((o.value < 0 || o.critical !== null) && lift >= SCORE_MARGIN) ||
          (o.keyedBest && o.value > 0 && lift <= -SCORE_MARGIN));
      expect(o.flags.includes('possible-miskey'), o.text).toBe(miskey);
    }
    // At the gift 6 refuse, 6 accept, 2 ask; at the invitation 6 explain, 6 say yes, 2 change the subject: even
    // splits between options keyed differently.
    expect(
      analysis.points[0]!.options.filter((o) => o.flags.includes('ambiguous'))
        .map((o) => o.text)
        .sort(),
    ).toEqual(['Accept it quickly', 'Refuse it']);
    const invite = analysis.points[1]!.options;
    expect(
      invite
        .filter((o) => o.flags.includes('ambiguous'))
        .map((o) => o.text)
        .sort(),
    ).toEqual(['Explain your role kindly', 'Say yes']);
    // At the close 6 summarise and 8 end abruptly: not even enough.
    expect(analysis.points[2]!.options.some((o) => o.flags.includes('ambiguous'))).toBe(false);
  });

  it('shows a supervisor only the attempts of their cohorts’ trainees, refuses trainees, and 404s an unknown scenario', async () => {
    const mine = await t.app.itemAnalysis.analyse(supervisor, 'mini');
    expect(mine.scope).toBe('supervised');
    expect(mine.attempts).toBe(3);
    const want = await expected(new Set(trainees.slice(0, 3).map((x) => x.id)));
    for (const o of mine.points.flatMap((p) => p.options)) expect(o.chosen).toBe(want.get(o.source)?.chosen ?? 0);
    expect((await problemOf(t.app.itemAnalysis.analyse(trainee, 'mini'))).status).toBe(403);
    expect((await problemOf(t.app.itemAnalysis.csv(trainee, 'mini'))).status).toBe(403);
    expect((await problemOf(t.app.itemAnalysis.scenarios(trainee))).status).toBe(403);
    expect((await problemOf(t.app.itemAnalysis.analyse(educator, 'no-such-scenario'))).status).toBe(404);
    expect((await problemOf(t.app.itemAnalysis.analyse(educator, '../etc'))).status).toBe(404);
  });

  it('lists scenarios with their attempt counts', async () => {
    expect(await t.app.itemAnalysis.scenarios(educator)).toEqual([
      { slug: 'mini', title: mini.meta.title, attempts: PLANS.length + 1, completed: PLANS.length },
    ]);
    expect(await t.app.itemAnalysis.scenarios(supervisor)).toEqual([
      { slug: 'mini', title: mini.meta.title, attempts: 4, completed: 3 },
    ]);
  });

  it('exports the table as CSV that parses back to the same figures', async () => {
    const analysis = await t.app.itemAnalysis.analyse(educator, 'mini');
    const { csv, filename } = await t.app.itemAnalysis.csv(educator, 'mini');
    expect(filename).toBe('rapport-item-analysis-mini.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { records } = csvRecords(csv.slice(1));
    const options = analysis.points.flatMap((p) => p.options.map((o) => ({ p, o })));
    expect(records).toHaveLength(options.length);
    records.forEach((r, i) => {
      const { p, o } = options[i]!;
      expect(r.point).toBe(p.id);
      expect(r.option_source).toBe(o.source);
      expect(r.option).toBe(o.text);
      expect(Number(r.times_chosen)).toBe(o.chosen);
      expect(Number(r.share)).toBeCloseTo(o.share, 4);
      if (o.meanChosen === null) expect(r.mean_overall_choosers).toBe('');
      else expect(Number(r.mean_overall_choosers)).toBeCloseTo(o.meanChosen, 2);
      expect(Number(r.keyed_value)).toBe(o.value);
      expect(r.flags).toBe(o.flags.join('; '));
    });
  });
});

/**
 * The tally counts each distinct path of a version once, with the number of attempts that took it, and keeps each
 * path's replay between analyses. Here, for any set of attempts (complete and unfinished paths, practice detours,
 * choices that do not replay, versions unknown, scores missing), the analysis with a cache already holding other
 * analyses' paths equals the analysis from an empty cache; and both equal the same figures counted attempt by
 * attempt, each replayed on its own, as item analysis counted before paths were grouped.
 */
describe('item analysis with kept replays', () => {
  const other: ScenarioBundle = { ...mini, hash: `${mini.hash}-older` };
  const bundles = new Map([
    [mini.hash, mini],
    [other.hash, other],
  ]);
  const rank = new Map([
    [mini.hash, 0],
    [other.hash, 1],
  ]);
  const complete = allPaths(mini);

  /** One attempt: a path (maybe cut short), maybe a practice detour first, maybe a choice that is not on offer. */
  const attemptArb = fc.record({
    path: fc.nat({ max: complete.length - 1 }),
    cut: fc.nat({ max: 3 }),
    detourAt: fc.option(fc.nat({ max: 2 }), { nil: null }),
    broken: fc.boolean(),
    version: fc.constantFrom(mini.hash, other.hash, 'no-such-version'),
    overall: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true }), fc.constant('71.5')),
  });

  type AttemptSpec = typeof attemptArb extends fc.Arbitrary<infer T> ? T : never;

  function build(specs: AttemptSpec[]) {
    const attempts: AnalysedAttempt[] = [];
    const choices = new Map<string, RecordedChoice[]>();
    specs.forEach((spec, i) => {
      const picks = complete[spec.path]!.slice(0, complete[spec.path]!.length - (spec.cut % 2));
      let recorded = playIndependently(mini, picks).choices.map((c) => ({ point: c.point, index: c.index }));
      let mode: AnalysedAttempt['mode'] = 'assessment';
      if (spec.detourAt !== null && spec.detourAt < recorded.length) {
        // Practice: a different option at the detour point, then back to it and on along the path.
        mode = 'practice';
        const k = spec.detourAt;
        const detour = playIndependently(mini, [...picks.slice(0, k), picks[k] === 0 ? 1 : 0]).choices;
        recorded = [...detour.map((c) => ({ point: c.point, index: c.index })), ...recorded.slice(k)];
      }
      if (spec.broken && recorded.length > 0) recorded[recorded.length - 1] = { point: recorded.length - 1, index: 99 };
      const id = `a${String(i).padStart(3, '0')}`;
      attempts.push({ id, story_hash: spec.version, mode, overall: spec.overall });
      choices.set(id, recorded);
    });
    return { attempts, choices };
  }

  /** The same figures counted attempt by attempt, each replayed on its own. */
  function countedOneByOne(attempts: readonly AnalysedAttempt[], choices: ReadonlyMap<string, RecordedChoice[]>) {
    const points = new Map<
      string,
      {
        visits: number;
        attempts: Set<string>;
        options: Map<string, { offered: number; chosen: number; choosers: Set<string> }>;
      }
    >();
    const overall = new Map<string, number | null>();
    let unreplayable = 0;
    for (const a of attempts) {
      const bundle = bundles.get(a.story_hash);
      let offered: { options: StoryOption[]; chosen: number }[] | null;
      try {
        const { path } = finalPath(choices.get(a.id)!, a.mode === 'practice');
        const replay = replayChoices(bundle!.ink, path, { allowRewind: false });
        offered = replay.points.map((p, i) => ({ options: p.options, chosen: path[i]!.index }));
      } catch {
        offered = null;
      }
      if (!offered) {
        unreplayable += 1;
        continue;
      }
      overall.set(a.id, a.overall === null ? null : Number(a.overall));
      for (const p of offered) {
        const id = [...new Set(p.options.map((o) => o.source.replace(/\.[^.]*$/, '')))].sort().join('+');
        const point = points.get(id) ?? { visits: 0, attempts: new Set(), options: new Map() };
        point.visits += 1;
        point.attempts.add(a.id);
        for (const o of p.options) {
          const t = point.options.get(o.source) ?? { offered: 0, chosen: 0, choosers: new Set() };
          t.offered += 1;
          if (o.index === p.chosen) {
            t.chosen += 1;
            t.choosers.add(a.id);
          }
          point.options.set(o.source, t);
        }
        points.set(id, point);
      }
    }
    const mean = (ids: string[]) => {
      const xs = ids.map((id) => overall.get(id)).filter((v): v is number => typeof v === 'number');
      return xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : null;
    };
    return {
      unreplayable,
      points: new Map(
        [...points].map(([id, p]) => [
          id,
          {
            visits: p.visits,
            attempts: p.attempts.size,
            options: new Map(
              [...p.options].map(([source, t]) => {
                const others = [...p.attempts].filter((x) => !t.choosers.has(x));
                return [
                  source,
                  {
                    offered: t.offered,
                    chosen: t.chosen,
                    choosers: t.choosers.size,
                    others: others.length,
                    meanChosen: mean([...t.choosers]),
                    meanOthers: mean(others),
                  },
                ];
              }),
            ),
          },
        ]),
      ),
    };
  }

  it('gives the same analysis from kept replays as from none, and the same figures as counting attempt by attempt', () => {
    fc.assert(
      fc.property(
        fc.array(attemptArb, { maxLength: 40 }),
        fc.array(attemptArb, { maxLength: 20 }),
        (specs, earlier) => {
          const { attempts, choices } = build(specs);
          const cache = new ReplayCache();
          // Another analysis first, so the cache holds some of these paths and others.
          const before = build(earlier);
          tallyAttempts(before.attempts, before.choices, bundles, rank, cache);
          const kept = tallyAttempts(attempts, choices, bundles, rank, cache);
          const fresh = tallyAttempts(attempts, choices, bundles, rank, new ReplayCache());
          expect(kept.unreplayable).toBe(fresh.unreplayable);
          expect(kept.perVersion).toEqual(fresh.perVersion);
          const analysed = analysePoints(kept, mini.rubric);
          expect(analysed).toEqual(analysePoints(fresh, mini.rubric));

          const want = countedOneByOne(attempts, choices);
          expect(kept.unreplayable).toBe(want.unreplayable);
          expect(new Set(analysed.map((p) => p.id))).toEqual(new Set(want.points.keys()));
          for (const p of analysed) {
            const w = want.points.get(p.id)!;
            expect([p.visits, p.attempts]).toEqual([w.visits, w.attempts]);
            expect(new Set(p.options.map((o) => o.source))).toEqual(new Set(w.options.keys()));
            for (const o of p.options) {
              const e = w.options.get(o.source)!;
              expect([o.offered, o.chosen, o.choosers, o.others]).toEqual([e.offered, e.chosen, e.choosers, e.others]);
              for (const [got, exp] of [
                [o.meanChosen, e.meanChosen],
                [o.meanOthers, e.meanOthers],
              ] as const) {
                if (exp === null) expect(got).toBeNull();
                else expect(got!).toBeCloseTo(exp, 9);
              }
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
