/**
 * The supervisor's cohort dashboard and trainee view on both databases: trainees × assignments with
 * completion, best and latest scores overall and per domain (checked against the engine's own scoring of
 * the same choices), overdue and critical-incident flags, the trainee's attempts over time, reflections
 * and where they are below a pass mark; and who may see them. Cohorts, members and assignments are written
 * straight into the database.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import type { CohortDashboard, DashboardCell, DashboardTrainee } from '../../src/server/services/dashboard/types.ts';
import {
  dashboardHref,
  dashboardPage,
  DEFAULT_VIEW,
  PAGE_SIZES,
  readDashboardView,
  scoreOf,
  SHOWS,
  type DashboardView,
} from '../../src/server/services/dashboard/view.ts';
import type { StoryCatalog } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const catalog: StoryCatalog = { current: async (slug) => (slug === mini.slug ? mini : null) } as StoryCatalog;

/** Picks: strongest everywhere; the party invitation accepted (a critical incident); weakest everywhere. */
const GOOD = playIndependently(mini, [0, 0, 0]);
const CRITICAL = playIndependently(mini, [0, 1, 0]);
const POOR = playIndependently(mini, [2, 2, 1]);

const domainScore = (played: typeof GOOD, id: string) => played.report.domains.find((d) => d.id === id)?.score ?? null;

describe.each(DATABASES)('dashboard on %s', (kind) => {
  let t: TestApp;
  let clock = Date.parse('2026-05-01T09:00:00.000Z');
  const db = () => t.app.db.kysely;
  let supA: Actor;
  let supB: Actor;
  let admin: Actor;
  let ann: Actor & { email: string };
  let ben: Actor & { email: string };
  let cat: Actor & { email: string };
  let outsider: Actor;
  const cohortA = crypto.randomUUID();
  const cohortB = crypto.randomUUID();
  const past = crypto.randomUUID();
  const future = crypto.randomUUID();
  const onlyBen = crypto.randomUUID();

  async function play(
    actor: Actor,
    played: typeof GOOD,
    assignmentId: string | null,
    reflection = 'I noticed I hurried.',
  ) {
    const id = crypto.randomUUID();
    await t.app.attempts.start(actor, { id, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' });
    // Linked straight in the database: this test is about reading, not about starting for an assignment.
    if (assignmentId)
      await db().updateTable('attempt').set({ assignment_id: assignmentId }).where('id', '=', id).execute();
    let seq = 0;
    for (const c of played.choices)
      await t.app.attempts.record(actor, id, { eventId: crypto.randomUUID(), seq: ++seq, type: 'choice', ...c });
    await t.app.attempts.record(actor, id, {
      eventId: crypto.randomUUID(),
      seq: seq + 1,
      type: 'complete',
      reflection,
    });
    return id;
  }

  beforeAll(async () => {
    t = await openApp(kind, catalog, {}, { now: () => new Date((clock += 60_000)) });
    supA = await insertUser(t.app, 'supervisor', 'Supervisor A');
    supB = await insertUser(t.app, 'supervisor', 'Supervisor B');
    admin = await insertUser(t.app, 'admin');
    ann = await insertUser(t.app, 'trainee', 'Ann');
    ben = await insertUser(t.app, 'trainee', 'Ben');
    cat = await insertUser(t.app, 'trainee', 'Cat');
    outsider = await insertUser(t.app, 'trainee', 'Outsider');
    const at = '2026-04-01T00:00:00.000Z';
    await db()
      .insertInto('cohort')
      .values([
        { id: cohortA, name: 'Spring A', created_by: supA.id, created_at: at, archived_at: null },
        { id: cohortB, name: 'Spring B', created_by: supB.id, created_at: at, archived_at: null },
      ])
      .execute();
    await db()
      .insertInto('cohort_supervisor')
      .values([
        { cohort_id: cohortA, user_id: supA.id, added_at: at },
        { cohort_id: cohortB, user_id: supB.id, added_at: at },
      ])
      .execute();
    await db()
      .insertInto('cohort_member')
      .values([
        { cohort_id: cohortA, user_id: ann.id, joined_at: at },
        { cohort_id: cohortA, user_id: ben.id, joined_at: at },
        { cohort_id: cohortA, user_id: cat.id, joined_at: at },
        { cohort_id: cohortB, user_id: outsider.id, joined_at: at },
      ])
      .execute();
    const assignment = (id: string, title: string, due: string, trainee: string | null = null) => ({
      id,
      cohort_id: cohortA,
      trainee_id: trainee,
      title,
      scenarios: JSON.stringify(['mini']),
      mode: 'assessment' as const,
      opens_at: at,
      due_at: due,
      attempts_allowed: null,
      pass_marks: JSON.stringify({ boundaries: 60, trust: 50 }),
      repeat_of: null,
      created_by: supA.id,
      created_at: at,
    });
    await db()
      .insertInto('assignment')
      .values([
        assignment(past, 'Gift, first go', '2026-04-20T00:00:00.000Z'),
        assignment(future, 'Gift, again', '2027-01-01T00:00:00.000Z'),
        assignment(onlyBen, 'Gift for Ben', '2027-02-01T00:00:00.000Z', ben.id),
      ])
      .execute();

    // Ann: poor then good on the past assignment (best = good, latest = good), one critical on the future one.
    await play(ann, POOR, past, 'First go: I rushed.');
    await play(ann, GOOD, past, 'Second go: I asked first.');
    await play(ann, CRITICAL, future, '');
    // Ben: an attempt in progress on the past assignment, nothing else.
    await t.app.attempts.start(ben, {
      id: crypto.randomUUID(),
      scenario: 'mini',
      storyHash: mini.hash,
      mode: 'assessment',
    });
    const benOpen = (
      await db().selectFrom('attempt').select('id').where('user_id', '=', ben.id).executeTakeFirstOrThrow()
    ).id;
    await db().updateTable('attempt').set({ assignment_id: past }).where('id', '=', benOpen).execute();
    // Cat: one good attempt played outside any assignment (not on the dashboard, but in her view).
    await play(cat, GOOD, null);
    // The outsider (cohort B) plays the same assignment id by mistake: not a member of A, never counted.
    await play(outsider, GOOD, past);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists every trainee × assignment with completion, best and latest scores, overdue and incidents', async () => {
    const d = await t.app.dashboard.cohortDashboard(supA, cohortA);
    expect(d.cohort).toMatchObject({ id: cohortA, name: 'Spring A' });
    expect(d.assignments.map((a) => a.title)).toEqual(['Gift, first go', 'Gift, again', 'Gift for Ben']);
    expect(d.trainees.map((x) => x.name)).toEqual(['Ann', 'Ben', 'Cat']);
    expect(d.domains.map((x) => x.id)).toEqual(expect.arrayContaining(['trust', 'boundaries']));

    const [annRow, benRow, catRow] = d.trainees;
    const [annPast, annFuture, annBen] = annRow!.cells;
    expect(annBen).toBeNull();
    expect(annPast).toMatchObject({
      status: 'completed',
      completedScenarios: 1,
      totalScenarios: 1,
      attempts: 2,
      overdue: false,
      incidents: 0,
      unreviewed: 2,
    });
    expect(annPast!.best!.overall).toBeCloseTo(GOOD.report.overall!, 9);
    expect(annPast!.best!.domains.boundaries).toBeCloseTo(domainScore(GOOD, 'boundaries')!, 9);
    expect(annPast!.latest!.overall).toBeCloseTo(GOOD.report.overall!, 9);
    expect(annPast!.belowPass).toEqual([]);
    expect(annFuture).toMatchObject({
      status: 'completed',
      attempts: 1,
      incidents: CRITICAL.report.incidents.length,
      overdue: false,
    });
    expect(CRITICAL.report.incidents.length).toBeGreaterThan(0);
    expect(annFuture!.best!.overall).toBeCloseTo(CRITICAL.report.overall!, 9);

    const [benPast, benFuture, benOwn] = benRow!.cells;
    expect(benPast).toMatchObject({
      status: 'in_progress',
      attempts: 1,
      overdue: true,
      best: null,
      latest: null,
      incidents: 0,
      belowPass: [],
    });
    expect(benFuture).toMatchObject({ status: 'not_started', attempts: 0, overdue: false });
    expect(benOwn).toMatchObject({ status: 'not_started', assignmentId: onlyBen });

    // Cat played outside the assignments: overdue on the past one, nothing counted.
    expect(catRow!.cells[0]).toMatchObject({ status: 'not_started', overdue: true, attempts: 0 });
    expect(catRow!.cells[2]).toBeNull();
  });

  it('uses the best attempt for the pass marks: a poor attempt alone is below them', async () => {
    const solo = await insertUser(t.app, 'trainee', 'Zed');
    await db()
      .insertInto('cohort_member')
      .values({ cohort_id: cohortA, user_id: solo.id, joined_at: '2026-04-02T00:00:00.000Z' })
      .execute();
    await play(solo, POOR, past);
    const d = await t.app.dashboard.cohortDashboard(supA, cohortA);
    const zed = d.trainees.find((x) => x.id === solo.id)!;
    const expected = ['boundaries', 'trust'].filter(
      (id) => (domainScore(POOR, id) ?? 0) < (id === 'boundaries' ? 60 : 50),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(zed.cells[0]!.belowPass.sort()).toEqual(expected.sort());
    const view = await t.app.dashboard.traineeView(supA, cohortA, solo.id);
    expect(view.belowPass.filter((b) => b.assignmentId === past).map((b) => [b.domain, b.mark])).toEqual(
      expected.map((id) => [id, id === 'boundaries' ? 60 : 50]),
    );
    // Assignments not attempted count as below the mark (no score yet).
    expect(view.belowPass.filter((b) => b.assignmentId === future).every((b) => b.score === null)).toBe(true);
    await db().deleteFrom('cohort_member').where('user_id', '=', solo.id).execute();
  });

  it('shows one trainee over time: attempts oldest first with domain scores, reflections, below-pass', async () => {
    const view = await t.app.dashboard.traineeView(supA, cohortA, ann.id);
    expect(view.trainee).toEqual({ id: ann.id, name: 'Ann', email: ann.email });
    expect(view.attempts.map((a) => a.overall)).toEqual([
      POOR.report.overall,
      GOOD.report.overall,
      CRITICAL.report.overall,
    ]);
    expect(view.attempts.map((a) => a.reflection)).toEqual(['First go: I rushed.', 'Second go: I asked first.', '']);
    expect(view.attempts[0]!.domains.find((x) => x.id === 'boundaries')?.score).toBe(domainScore(POOR, 'boundaries'));
    expect(view.attempts.map((a) => a.assignmentId)).toEqual([past, past, future]);
    expect(view.attempts[2]!.incidents).toBe(CRITICAL.report.incidents.length);
    // Ann passes the past assignment; the critical attempt decides the future one.
    expect(view.belowPass.some((b) => b.assignmentId === past)).toBe(false);
    // Cat's attempt outside any assignment is not the cohort's: not in her view, even for an admin.
    const catView = await t.app.dashboard.traineeView(admin, cohortA, cat.id);
    expect(catView.attempts).toHaveLength(0);
    expect(catView.unfinished).toHaveLength(0);
    expect(catView.assignments.map((a) => a.id)).toEqual([past, future]);
  });

  it('a trainee in two cohorts: each cohort’s views hold only the attempts made for its own assignments', async () => {
    const forB = crypto.randomUUID();
    await db()
      .insertInto('cohort_member')
      .values({ cohort_id: cohortB, user_id: ann.id, joined_at: '2026-04-03T00:00:00.000Z' })
      .execute();
    await db()
      .insertInto('assignment')
      .values({
        id: forB,
        cohort_id: cohortB,
        trainee_id: null,
        title: 'B’s private title',
        scenarios: '["mini"]',
        mode: 'assessment',
        opens_at: '2026-04-01T00:00:00.000Z',
        due_at: '2027-01-01T00:00:00.000Z',
        attempts_allowed: null,
        pass_marks: '{}',
        repeat_of: null,
        created_by: supB.id,
        created_at: '2026-04-01T00:00:00.000Z',
      })
      .execute();
    const attemptB = await play(ann, GOOD, forB, 'A reflection for cohort B only.');
    try {
      const inA = await t.app.dashboard.traineeView(supA, cohortA, ann.id);
      expect(inA.attempts.map((a) => a.id)).not.toContain(attemptB);
      expect(inA.attempts.map((a) => a.reflection)).not.toContain('A reflection for cohort B only.');
      expect(inA.assignments.map((a) => a.title)).not.toContain('B’s private title');
      const inB = await t.app.dashboard.traineeView(supB, cohortB, ann.id);
      expect(inB.attempts.map((a) => a.id)).toEqual([attemptB]);
      expect(
        (await t.app.dashboard.cohortDashboard(supB, cohortB)).trainees.find((x) => x.id === ann.id)!.cells[0],
      ).toMatchObject({ status: 'completed', attempts: 1 });
      // Neither supervisor reaches the other cohort's views.
      expect((await problemOf(t.app.dashboard.traineeView(supA, cohortB, ann.id))).status).toBe(404);
      expect((await problemOf(t.app.dashboard.traineeView(supB, cohortA, ann.id))).status).toBe(404);
    } finally {
      await db().deleteFrom('attempt_event').where('attempt_id', '=', attemptB).execute();
      await db().deleteFrom('attempt').where('id', '=', attemptB).execute();
      await db().deleteFrom('assignment').where('id', '=', forB).execute();
      await db().deleteFrom('cohort_member').where('cohort_id', '=', cohortB).where('user_id', '=', ann.id).execute();
    }
  });

  it('answers 404 to anyone who does not supervise the cohort, exactly as for a missing one', async () => {
    const missing = await problemOf(t.app.dashboard.cohortDashboard(supA, crypto.randomUUID()));
    expect(missing.status).toBe(404);
    for (const stranger of [supB, ann, outsider]) {
      const p = await problemOf(t.app.dashboard.cohortDashboard(stranger, cohortA));
      expect([p.status, p.message]).toEqual([404, missing.message]);
      expect((await problemOf(t.app.dashboard.traineeView(stranger, cohortA, ann.id))).status).toBe(404);
    }
    // Supervisor A may not reach B's trainee through A's cohort, nor B's cohort at all.
    expect((await problemOf(t.app.dashboard.traineeView(supA, cohortA, outsider.id))).status).toBe(404);
    expect((await problemOf(t.app.dashboard.traineeView(supA, cohortB, outsider.id))).status).toBe(404);
    expect((await problemOf(t.app.dashboard.cohortDashboard(supA, cohortB))).status).toBe(404);
    // B sees B's own cohort; an admin sees both.
    expect((await t.app.dashboard.cohortDashboard(supB, cohortB)).trainees.map((x) => x.id)).toEqual([outsider.id]);
    expect((await t.app.dashboard.cohortDashboard(admin, cohortA)).trainees).toHaveLength(3);
    expect((await problemOf(t.app.dashboard.cohortDashboard(supA, 'x'.repeat(500)))).status).toBe(404);
  });

  it('a co-supervisor added to the cohort sees the same dashboard', async () => {
    await db()
      .insertInto('cohort_supervisor')
      .values({ cohort_id: cohortA, user_id: supB.id, added_at: '2026-04-03T00:00:00.000Z' })
      .execute();
    try {
      const a = await t.app.dashboard.cohortDashboard(supA, cohortA);
      const b = await t.app.dashboard.cohortDashboard(supB, cohortA);
      expect(b.trainees).toEqual(a.trainees);
    } finally {
      await db()
        .deleteFrom('cohort_supervisor')
        .where('cohort_id', '=', cohortA)
        .where('user_id', '=', supB.id)
        .execute();
    }
  });

  it('pages the dashboard as the page asks, with its finding, filters, sort and totals over the whole cohort', async () => {
    const view = (query: string) => readDashboardView(new URLSearchParams(query));
    const whole = await t.app.dashboard.cohortDashboard(supA, cohortA);
    const first = await t.app.dashboard.cohortDashboardPage(supA, cohortA, view('size=25'));
    expect(first.rows.map((x) => x.name)).toEqual(['Ann', 'Ben', 'Cat']);
    expect(first.rows).toEqual(whole.trainees);
    expect([first.total, first.matched, first.pages, first.first, first.last]).toEqual([3, 3, 1, 1, 3]);
    // Ann has the critical incident; Ben and Cat are overdue on the past assignment.
    expect(first.cohortSummary).toEqual({ overdue: 2, critical: 1, unreviewed: 3 });
    expect(first.columns[0]).toMatchObject({ assigned: 3, completed: 1, overdue: 2, scored: 1 });
    expect(first.columns[0]!.mean).toBeCloseTo(GOOD.report.overall!, 9);
    expect(first.columns[2]).toMatchObject({ assigned: 1, completed: 0, mean: null, scored: 0 });

    const critical = await t.app.dashboard.cohortDashboardPage(supA, cohortA, view('show=incidents'));
    expect(critical.rows.map((x) => x.name)).toEqual(['Ann']);
    expect([critical.matched, critical.total]).toEqual([1, 3]);
    // The summary row follows the filters; the cohort at a glance does not.
    expect(critical.columns[0]).toMatchObject({ assigned: 1, overdue: 0 });
    expect(critical.cohortSummary).toEqual(first.cohortSummary);
    expect((await t.app.dashboard.cohortDashboardPage(supA, cohortA, view('q=BEN'))).rows.map((x) => x.name)).toEqual([
      'Ben',
    ]);
    expect((await t.app.dashboard.cohortDashboardPage(supA, cohortA, view(`q=${ann.email}`))).matched).toBe(1);
    const overdue = await t.app.dashboard.cohortDashboardPage(supA, cohortA, view('sort=overdue'));
    expect(overdue.view.dir).toBe('descending');
    expect(overdue.rows.map((x) => x.name)).toEqual(['Ben', 'Cat', 'Ann']);
    // By the past assignment's score: Ann's is the only one; those without one come last either way.
    for (const dir of ['asc', 'desc'])
      expect(
        (await t.app.dashboard.cohortDashboardPage(supA, cohortA, view(`sort=${past}&dir=${dir}`))).rows.map(
          (x) => x.name,
        ),
      ).toEqual(['Ann', 'Ben', 'Cat']);
    // Anything the cohort does not have falls back to the default; a page past the end is the last.
    const odd = await t.app.dashboard.cohortDashboardPage(
      supA,
      cohortA,
      view('sort=nope&measure=nope&show=nope&page=9&size=7'),
    );
    expect(odd.view).toEqual({ ...DEFAULT_VIEW, page: 1 });
    expect(odd.rows).toHaveLength(3);
    // The same refusal as the whole dashboard.
    expect((await problemOf(t.app.dashboard.cohortDashboardPage(supB, cohortA, DEFAULT_VIEW))).status).toBe(404);
  });

  it('reads a large cohort in a fixed number of queries, not one per trainee', async () => {
    const big = crypto.randomUUID();
    const assignmentId = crypto.randomUUID();
    const at = '2026-04-01T00:00:00.000Z';
    await db()
      .insertInto('cohort')
      .values({ id: big, name: 'Big', created_by: supA.id, created_at: at, archived_at: null })
      .execute();
    await db().insertInto('cohort_supervisor').values({ cohort_id: big, user_id: supA.id, added_at: at }).execute();
    await db()
      .insertInto('assignment')
      .values({
        id: assignmentId,
        cohort_id: big,
        trainee_id: null,
        title: 'Big one',
        scenarios: '["mini"]',
        mode: 'assessment',
        opens_at: at,
        due_at: '2027-01-01T00:00:00.000Z',
        attempts_allowed: null,
        pass_marks: '{}',
        repeat_of: null,
        created_by: supA.id,
        created_at: at,
      })
      .execute();
    const report = JSON.stringify(GOOD.report);
    const members = [];
    const rows = [];
    for (let i = 0; i < 60; i++) {
      const u = await insertUser(t.app, 'trainee', `Bulk ${String(i).padStart(2, '0')}`);
      members.push({ cohort_id: big, user_id: u.id, joined_at: at });
      for (let j = 0; j < 3; j++) {
        rows.push({
          id: crypto.randomUUID(),
          user_id: u.id,
          scenario: 'mini',
          story_hash: mini.hash,
          mode: 'assessment' as const,
          status: 'completed' as const,
          last_seq: 4,
          path_len: 3,
          started_at: at,
          updated_at: at,
          completed_at: `2026-04-0${j + 1}T00:00:00.000Z`,
          reflection: null,
          overall: GOOD.report.overall! - j,
          band: GOOD.report.band,
          score: report,
          rejection: null,
          assignment_id: assignmentId,
          reviewed_at: null,
          reviewed_by: null,
        });
      }
    }
    await db().insertInto('cohort_member').values(members).execute();
    await db().insertInto('attempt').values(rows).execute();
    const queries: string[] = [];
    const original = t.app.db.kysely.getExecutor();
    // Count the statements the dashboard sends by watching Kysely's executor.
    const spy = original.executeQuery.bind(original);
    (original as { executeQuery: typeof spy }).executeQuery = ((q, ...rest) => {
      queries.push(q.sql);
      return spy(q, ...rest);
    }) as typeof spy;
    try {
      const d = await t.app.dashboard.cohortDashboard(supA, big);
      expect(d.trainees).toHaveLength(60);
      expect(d.trainees.every((x) => x.cells[0]!.status === 'completed' && x.cells[0]!.attempts === 3)).toBe(true);
      expect(d.trainees[0]!.cells[0]!.best!.overall).toBeCloseTo(GOOD.report.overall!, 9);
      expect(d.trainees[0]!.cells[0]!.latestAt).toBe('2026-04-03T00:00:00.000Z');
    } finally {
      (original as { executeQuery: typeof spy }).executeQuery = spy;
    }
    expect(queries.length).toBeLessThanOrEqual(8);
  });
  it('reads each completed attempt’s score report once: the next dashboard is the same without reading them, and shows a new completion', async () => {
    const first = await t.app.dashboard.cohortDashboard(supA, cohortA);
    const reads: string[] = [];
    const executor = t.app.db.kysely.getExecutor();
    const original = executor.executeQuery.bind(executor);
    (executor as { executeQuery: typeof original }).executeQuery = ((q, ...rest) => {
      if (/"score"/.test(q.sql) && !/json_array_length/.test(q.sql)) reads.push(q.sql);
      return original(q, ...rest);
    }) as typeof original;
    try {
      expect(await t.app.dashboard.cohortDashboard(supA, cohortA)).toEqual({
        ...first,
        generatedAt: expect.any(String),
      });
      expect(reads).toEqual([]);
      // A new completion's report is read (once), and the dashboard shows it.
      const newcomer = await insertUser(t.app, 'trainee', 'Newcomer');
      await db()
        .insertInto('cohort_member')
        .values({ cohort_id: cohortA, user_id: newcomer.id, joined_at: '2026-04-02T00:00:00.000Z' })
        .execute();
      await play(newcomer, GOOD, past);
      const after = await t.app.dashboard.cohortDashboard(supA, cohortA);
      expect(after.trainees.find((x) => x.id === newcomer.id)!.cells[0]!.best!.overall).toBeCloseTo(
        GOOD.report.overall!,
        9,
      );
      expect(reads).toHaveLength(1);
      await db().deleteFrom('cohort_member').where('user_id', '=', newcomer.id).execute();
    } finally {
      (executor as { executeQuery: typeof original }).executeQuery = original;
    }
  });
});

/**
 * The page of a dashboard (view.ts), for any cohort and any view: every trainee the filters keep is on exactly one
 * page, in the order asked (trainees without a value last either way, equals in the cohort's order), the totals
 * are the same on every page, and a link made from a view reads back as that view.
 */
describe('the dashboard page’s view', () => {
  const assignments = ['a1', 'a2', 'a3'];
  const cellArb: fc.Arbitrary<DashboardCell | null> = fc.option(
    fc.record({
      assignmentId: fc.constant('a'),
      status: fc.constantFrom('not_started', 'in_progress', 'completed'),
      completedScenarios: fc.nat({ max: 2 }),
      totalScenarios: fc.constant(2),
      attempts: fc.nat({ max: 4 }),
      best: fc.option(
        fc.record({
          overall: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          domains: fc.record({ trust: fc.integer({ min: 0, max: 100 }) }, { requiredKeys: [] }),
        }),
        { nil: null },
      ),
      latest: fc.constant(null),
      latestAttemptId: fc.constant(null),
      latestAt: fc.constant(null),
      overdue: fc.boolean(),
      incidents: fc.nat({ max: 3 }),
      belowPass: fc.subarray(['trust', 'boundaries']),
      unreviewed: fc.nat({ max: 2 }),
    }),
    { nil: null, freq: 5 },
  );
  const boardArb = fc
    .array(
      fc.record({
        name: fc.constantFrom('Ann', 'ann', 'Ängel', 'Bo', 'bo', 'Cy', 'Zoë', 'Émile'),
        cells: fc.tuple(cellArb, cellArb, cellArb),
      }),
      { maxLength: 60 },
    )
    .map((people): CohortDashboard => ({
      cohort: { id: 'c', name: 'C', archivedAt: null },
      assignments: assignments.map((id) => ({
        id,
        title: id,
        scenarios: ['s'],
        mode: 'assessment',
        opensAt: '',
        dueAt: '',
        traineeId: null,
        passMarks: {},
      })),
      domains: [{ id: 'trust', name: 'Trust' }],
      trainees: people.map((p, i) => ({
        id: `t${String(i).padStart(2, '0')}`,
        name: p.name,
        email: `${p.name.toLowerCase()}.${i}@x.test`,
        joinedAt: '',
        cells: p.cells,
      })),
      generatedAt: '',
    }));
  const viewArb: fc.Arbitrary<DashboardView> = fc.record({
    q: fc.constantFrom('', 'an', 'BO', ' zo ', 'x.test', 'nobody'),
    show: fc.constantFrom(...SHOWS),
    measure: fc.constantFrom('overall', 'trust'),
    sort: fc.constantFrom('name', 'overdue', 'incidents', ...assignments),
    dir: fc.constantFrom('ascending' as const, 'descending' as const),
    page: fc.constant(1),
    size: fc.constantFrom(...PAGE_SIZES),
  });

  const keeps = (t: DashboardTrainee, v: DashboardView) => {
    const q = v.q.trim().toLowerCase();
    if (q && !t.name.toLowerCase().includes(q) && !t.email.includes(q)) return false;
    const cells = t.cells.filter((c): c is DashboardCell => c !== null);
    return {
      all: true,
      overdue: cells.some((c) => c.overdue),
      incidents: cells.some((c) => c.incidents > 0),
      below: cells.some((c) => c.belowPass.length > 0),
      unreviewed: cells.some((c) => c.unreviewed > 0),
      'not-started': cells.some((c) => c.status === 'not_started'),
    }[v.show];
  };
  const valueOf = (t: DashboardTrainee, v: DashboardView): string | number | null => {
    if (v.sort === 'name') return t.name;
    if (v.sort === 'overdue') return t.cells.filter((c) => c?.overdue).length;
    if (v.sort === 'incidents') return t.cells.reduce((n, c) => n + (c?.incidents ?? 0), 0);
    return scoreOf(t.cells[assignments.indexOf(v.sort)] ?? null, v.measure);
  };

  it('puts every kept trainee on exactly one page, in the order asked, with the same totals on every page', () => {
    fc.assert(
      fc.property(boardArb, viewArb, (board, view) => {
        const whole = dashboardPage(board, view);
        const seen: DashboardTrainee[] = [];
        for (let page = 1; page <= whole.pages; page++) {
          const p = dashboardPage(board, { ...view, page });
          expect(p.view.page).toBe(page);
          expect([p.matched, p.total, p.pages]).toEqual([whole.matched, whole.total, whole.pages]);
          expect([p.columns, p.cohortSummary, p.overdueTotal, p.incidentTotal]).toEqual([
            whole.columns,
            whole.cohortSummary,
            whole.overdueTotal,
            whole.incidentTotal,
          ]);
          expect(p.rows.length).toBeLessThanOrEqual(view.size);
          if (p.rows.length) expect([p.first, p.last]).toEqual([seen.length + 1, seen.length + p.rows.length]);
          seen.push(...p.rows);
        }
        const kept = board.trainees.filter((t) => keeps(t, view));
        expect(seen.map((t) => t.id).sort()).toEqual(kept.map((t) => t.id).sort());
        expect(whole.total).toBe(board.trainees.length);
        // In order: values never go backwards, nulls only at the end, equals in the cohort's order.
        const rank = new Map(board.trainees.map((t, i) => [t.id, i]));
        const collator = new Intl.Collator('en', { sensitivity: 'base' });
        for (let i = 1; i < seen.length; i++) {
          const [a, b] = [seen[i - 1]!, seen[i]!];
          const [x, y] = [valueOf(a, view), valueOf(b, view)];
          if (x === null) {
            expect(y).toBeNull();
            expect(rank.get(a.id)!).toBeLessThan(rank.get(b.id)!);
            continue;
          }
          if (y === null) continue;
          const c = typeof x === 'number' ? x - (y as number) : collator.compare(x, y as string);
          const signed = view.dir === 'ascending' ? c : -c;
          expect(signed).toBeLessThanOrEqual(0);
          if (c === 0) expect(rank.get(a.id)!).toBeLessThan(rank.get(b.id)!);
        }
        // A page past the last is the last.
        expect(dashboardPage(board, { ...view, page: whole.pages + 3 }).view.page).toBe(whole.pages);
      }),
      { numRuns: 200 },
    );
  });

  it('reads back any view from the link made for it', () => {
    fc.assert(
      fc.property(viewArb, fc.integer({ min: 1, max: 40 }), (view, page) => {
        const href = dashboardHref('/cohorts/c/dashboard/', view, { page });
        expect(href.startsWith('/cohorts/c/dashboard/')).toBe(true);
        const read = readDashboardView(new URL(href, 'http://x.test').searchParams);
        expect(read).toEqual({ ...view, q: view.q.trim(), page });
      }),
    );
    expect(dashboardHref('/d/', DEFAULT_VIEW)).toBe('/d/');
  });
});
