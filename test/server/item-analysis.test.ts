/**
 * Item analysis on both databases: the counts, shares and mean scores per option are computed again here,
 * independently, from the attempts as recorded (each path played with StoryRunner, each overall score read from
 * the attempt row), and compared; flags follow the stated rule; who may see what; the CSV parses back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryOption } from '../../src/engine/story-runner.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { MIN_GROUP, SCORE_MARGIN } from '../../src/server/services/item-analysis/flags.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { csvRecords, insertCohort, recordAttempt } from './export-helpers.ts';
import { forCohort, insertUser, openApp, problemOf, type TestApp } from './helpers.ts';

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
