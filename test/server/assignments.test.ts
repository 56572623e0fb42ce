/**
 * The assignment service on both databases: assigning scenarios or a whole module to a cohort or to one
 * trainee, assigning again with new dates, who may see and change what, starting attempts for an
 * assignment (assigned, open, same mode, attempts left), and each trainee's status by a controlled clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { allPaths, insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const sibling: ScenarioBundle = { ...mini, slug: 'mini-two', meta: { ...mini.meta, title: 'Mini two' } };
const elsewhere: ScenarioBundle = {
  ...mini,
  slug: 'mini-power',
  meta: { ...mini.meta, title: 'Mini power', module: 'power' },
};
// First by slug, last in the module's suggested order (advanced after introductory).
const harder: ScenarioBundle = {
  ...mini,
  slug: 'a-mini-advanced',
  meta: { ...mini.meta, title: 'Mini advanced', difficulty: 'advanced' },
};

describe.each(DATABASES)('assignments on %s', (kind) => {
  let t: TestApp;
  let supA: Actor;
  let supB: Actor;
  let admin: Actor;
  let alice: Actor;
  let bob: Actor;
  let outsider: Actor;
  let cohortA: string;
  let cohortB: string;
  let clock = Date.parse('2026-03-01T09:00:00.000Z');

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([harder, mini, sibling, elsewhere]), {}, { now: () => new Date(clock) });
    supA = await insertUser(t.app, 'supervisor');
    supB = await insertUser(t.app, 'supervisor');
    admin = await insertUser(t.app, 'admin');
    alice = await insertUser(t.app, 'trainee', 'Alice');
    bob = await insertUser(t.app, 'trainee', 'Bob');
    outsider = await insertUser(t.app, 'trainee', 'Olive');
    cohortA = (await t.app.cohorts.create(supA, { name: 'A' })).id;
    cohortB = (await t.app.cohorts.create(supB, { name: 'B' })).id;
    const invite = await t.app.cohorts.createInvite(supA, cohortA, {});
    await t.app.cohorts.join(alice, { code: invite.code });
    await t.app.cohorts.join(bob, { code: invite.code });
    await t.app.cohorts.join(outsider, { code: (await t.app.cohorts.createInvite(supB, cohortB, {})).code });
  });
  afterAll(async () => {
    await t?.close();
  });

  const assign = (actor: Actor, cohortId: string, extra: Record<string, unknown> = {}) =>
    t.app.assignments.create(actor, cohortId, {
      title: 'Gifts',
      scenarios: ['mini'],
      opensAt: '2026-03-01',
      dueAt: '2026-03-10',
      mode: 'assessment',
      attemptsAllowed: 2,
      passMarks: { boundaries: 60, trust: 50 },
      ...extra,
    });
  const start = (
    actor: Actor,
    assignmentId: string | undefined,
    mode: 'practice' | 'assessment' = 'assessment',
    scenario = 'mini',
  ) =>
    t.app.attempts.start(actor, {
      id: crypto.randomUUID(),
      scenario,
      storyHash: mini.hash,
      mode,
      ...(assignmentId ? { assignmentId } : {}),
    });
  const path = playIndependently(mini, allPaths(mini)[0]!).choices;
  const finish = async (actor: Actor, attemptId: string) => {
    let seq = 0;
    for (const c of path)
      await t.app.attempts.record(actor, attemptId, { eventId: crypto.randomUUID(), seq: ++seq, type: 'choice', ...c });
    await t.app.attempts.record(actor, attemptId, {
      eventId: crypto.randomUUID(),
      seq: seq + 1,
      type: 'complete',
      reflection: 'Done.',
    });
  };

  it('assigns scenarios with dates, mode, attempts and pass marks; dates are whole days in UTC', async () => {
    const a = await assign(supA, cohortA);
    expect(a).toMatchObject({
      cohortId: cohortA,
      cohortName: 'A',
      traineeId: null,
      title: 'Gifts',
      scenarios: [{ slug: 'mini', title: 'Mini' }],
      mode: 'assessment',
      opensAt: '2026-03-01T00:00:00.000Z',
      dueAt: '2026-03-10T23:59:59.999Z',
      attemptsAllowed: 2,
      passMarks: { boundaries: 60, trust: 50 },
      repeatOf: null,
    });
    expect((await t.app.assignments.listForCohort(supA, cohortA)).map((x) => x.id)).toContain(a.id);
  });

  it('a module expands to its scenarios when assigned, in the order the module suggests (not by slug)', async () => {
    const a = await t.app.assignments.create(supA, cohortA, {
      title: 'Boundaries',
      module: 'boundaries',
      opensAt: '2026-03-01',
      dueAt: '2026-04-01',
      mode: 'practice',
    });
    expect(a.scenarios.map((s) => s.slug)).toEqual(['mini', 'mini-two', 'a-mini-advanced']);
    expect(a.attemptsAllowed).toBeNull();
    expect(
      (
        await problemOf(
          t.app.assignments.create(supA, cohortA, {
            title: 'x',
            module: 'conflict',
            opensAt: '2026-03-01',
            dueAt: '2026-04-01',
            mode: 'practice',
          }),
        )
      ).status,
    ).toBe(422);
  });

  it('refuses bad input: unknown scenarios, both or neither of module and scenarios, due before opening, bad pass marks, a trainee from elsewhere', async () => {
    expect((await problemOf(assign(supA, cohortA, { scenarios: ['no-such'] }))).status).toBe(422);
    expect((await problemOf(assign(supA, cohortA, { module: 'boundaries' }))).status).toBe(400);
    expect((await problemOf(assign(supA, cohortA, { scenarios: [] }))).status).toBe(400);
    expect((await problemOf(assign(supA, cohortA, { dueAt: '2026-02-01' }))).status).toBe(400);
    expect((await problemOf(assign(supA, cohortA, { dueAt: 'soon' }))).status).toBe(400);
    expect((await problemOf(assign(supA, cohortA, { passMarks: { boundaries: 120 } }))).status).toBe(400);
    expect((await problemOf(assign(supA, cohortA, { passMarks: { astrology: 50 } }))).status).toBe(400);
    expect((await problemOf(assign(supA, cohortA, { attemptsAllowed: 0 }))).status).toBe(400);
    expect((await problemOf(assign(supA, cohortA, { mode: 'exam' }))).status).toBe(400);
    expect((await problemOf(assign(supA, cohortA, { traineeId: outsider.id }))).status).toBe(422);
  });

  it('only supervisors of the cohort (and admins) assign, list, read and reassign; others get 404', async () => {
    const a = await assign(supA, cohortA);
    const missing = (await problemOf(t.app.assignments.get(supB, crypto.randomUUID()))).message;
    for (const call of [
      () => assign(supB, cohortA),
      () => assign(alice, cohortA),
      () => t.app.assignments.listForCohort(supB, cohortA),
      () => t.app.assignments.listForCohort(alice, cohortA),
      () => t.app.assignments.get(supB, a.id),
      () => t.app.assignments.reassign(supB, a.id, { opensAt: '2026-04-01', dueAt: '2026-04-05' }),
      () => t.app.assignments.reassign(alice, a.id, { opensAt: '2026-04-01', dueAt: '2026-04-05' }),
    ]) {
      expect((await problemOf(call())).status).toBe(404);
    }
    expect((await problemOf(t.app.assignments.get(supB, a.id))).message).toBe(missing);
    expect((await t.app.assignments.get(admin, a.id)).id).toBe(a.id);
    expect(await t.app.assignments.listForCohort(admin, cohortB)).toEqual([]);
    expect(await t.app.assignments.listForCohort(supB, cohortB)).toEqual([]);
  });

  it('assigning again is one call: a copy with new dates that records what it repeats', async () => {
    const a = await assign(supA, cohortA, { title: 'Spaced' });
    const again = await t.app.assignments.reassign(supA, a.id, { opensAt: '2026-04-01', dueAt: '2026-04-08' });
    expect(again).toMatchObject({
      title: 'Spaced',
      scenarios: a.scenarios,
      mode: a.mode,
      attemptsAllowed: 2,
      passMarks: a.passMarks,
      opensAt: '2026-04-01T00:00:00.000Z',
      dueAt: '2026-04-08T23:59:59.999Z',
      repeatOf: a.id,
    });
    expect(again.id).not.toBe(a.id);
    expect(
      (await problemOf(t.app.assignments.reassign(supA, a.id, { opensAt: '2026-04-08', dueAt: '2026-04-01' }))).status,
    ).toBe(400);
  });

  it('attempts for an assignment: only when assigned, open, in its mode and within the attempts allowed', async () => {
    const a = await assign(supA, cohortA, { title: 'Limited', attemptsAllowed: 2 });
    const made = await start(alice, a.id);
    const row = await t.app.db.kysely
      .selectFrom('attempt')
      .select('assignment_id')
      .where('id', '=', made.attempt.id)
      .executeTakeFirstOrThrow();
    expect(row.assignment_id).toBe(a.id);
    await start(alice, a.id);
    const over = await problemOf(start(alice, a.id));
    expect(over.status).toBe(409);
    expect(over.message).toMatch(/all 2 attempts/);
    // Bob has his own allowance; practice without an assignment is unaffected.
    await start(bob, a.id);
    await start(alice, undefined, 'practice');

    expect((await problemOf(start(bob, a.id, 'practice'))).status).toBe(422);
    expect((await problemOf(start(bob, a.id, 'assessment', 'mini-two'))).status).toBe(422);
    // Someone outside the cohort, or an unknown assignment: 404.
    expect((await problemOf(start(outsider, a.id))).status).toBe(404);
    expect((await problemOf(start(bob, crypto.randomUUID()))).status).toBe(404);
    // Not yet open.
    const later = await assign(supA, cohortA, { opensAt: '2026-05-01', dueAt: '2026-05-10' });
    expect((await problemOf(start(bob, later.id))).status).toBe(409);
    // For one trainee only.
    const forBob = await assign(supA, cohortA, { traineeId: bob.id });
    await start(bob, forBob.id);
    expect((await problemOf(start(alice, forBob.id))).status).toBe(404);
    // Retrying a start with the same id but another assignment is refused.
    const id = crypto.randomUUID();
    await t.app.attempts.start(bob, {
      id,
      scenario: 'mini',
      storyHash: mini.hash,
      mode: 'assessment',
      assignmentId: forBob.id,
    });
    expect(
      (await problemOf(t.app.attempts.start(bob, { id, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' })))
        .status,
    ).toBe(409);
  });

  it("a trainee's assignments by due date with status: not started, in progress, submitted, overdue", async () => {
    const c = (await t.app.cohorts.create(supA, { name: 'Status' })).id;
    const trainee = await insertUser(t.app, 'trainee', 'Sam');
    await t.app.cohorts.join(trainee, { code: (await t.app.cohorts.createInvite(supA, c, {})).code });
    const two = await t.app.assignments.create(supA, c, {
      title: 'Two',
      scenarios: ['mini', 'mini-two'],
      opensAt: '2026-03-01',
      dueAt: '2026-03-20',
      mode: 'practice',
    });
    const one = await t.app.assignments.create(supA, c, {
      title: 'One',
      scenarios: ['mini'],
      opensAt: '2026-03-01',
      dueAt: '2026-03-05',
      mode: 'practice',
    });
    const future = await t.app.assignments.create(supA, c, {
      title: 'Future',
      scenarios: ['mini'],
      opensAt: '2026-06-01',
      dueAt: '2026-06-05',
      mode: 'assessment',
    });
    const forOther = await t.app.assignments.create(supA, cohortA, {
      title: 'Not Sam',
      scenarios: ['mini'],
      opensAt: '2026-03-01',
      dueAt: '2026-03-05',
      mode: 'practice',
    });

    const statuses = async () =>
      Object.fromEntries((await t.app.assignments.mine(trainee)).map((a) => [a.title, a.status]));
    let mine = await t.app.assignments.mine(trainee);
    expect(mine.map((a) => a.title)).toEqual(['One', 'Two', 'Future']);
    expect(mine.map((a) => a.id)).not.toContain(forOther.id);
    expect(mine.find((a) => a.id === future.id)?.open).toBe(false);
    expect(await statuses()).toEqual({ One: 'not_started', Two: 'not_started', Future: 'not_started' });

    const started = await t.app.attempts.start(trainee, {
      id: crypto.randomUUID(),
      scenario: 'mini',
      storyHash: mini.hash,
      mode: 'practice',
      assignmentId: two.id,
    });
    expect(await statuses()).toMatchObject({ Two: 'in_progress' });
    await finish(trainee, started.attempt.id);
    mine = await t.app.assignments.mine(trainee);
    const twoNow = mine.find((a) => a.id === two.id)!;
    expect(twoNow.status).toBe('in_progress');
    expect(twoNow.scenarioStatus.map((s) => [s.slug, s.status, s.attempts, s.latestCompletedId])).toEqual([
      ['mini', 'submitted', 1, started.attempt.id],
      ['mini-two', 'not_started', 0, null],
    ]);
    // Another attempt, finished later, is the one whose debrief the dashboard opens; one still in progress is not.
    const again = await t.app.attempts.start(trainee, {
      id: crypto.randomUUID(),
      scenario: 'mini',
      storyHash: mini.hash,
      mode: 'practice',
      assignmentId: two.id,
    });
    clock += 60_000;
    await finish(trainee, again.attempt.id);
    await t.app.attempts.start(trainee, {
      id: crypto.randomUUID(),
      scenario: 'mini',
      storyHash: mini.hash,
      mode: 'practice',
      assignmentId: two.id,
    });
    const latest = (await t.app.assignments.mine(trainee)).find((a) => a.id === two.id)!.scenarioStatus[0]!;
    expect([latest.attempts, latest.latestCompletedId]).toEqual([3, again.attempt.id]);
    const done = await t.app.attempts.start(trainee, {
      id: crypto.randomUUID(),
      scenario: 'mini-two',
      storyHash: mini.hash,
      mode: 'practice',
      assignmentId: two.id,
    });
    // mini-two shares mini's story for this test; the catalogue's current hash is the same bundle's.
    await finish(trainee, done.attempt.id);
    expect(await statuses()).toMatchObject({ Two: 'submitted', One: 'not_started' });

    // Past One's due date, unsubmitted: overdue. Two stays submitted.
    const saved = clock;
    clock = Date.parse('2026-03-06T00:00:00.000Z');
    try {
      expect(await statuses()).toEqual({ One: 'overdue', Two: 'submitted', Future: 'not_started' });
      // Late work is accepted and then counts as submitted.
      const late = await t.app.attempts.start(trainee, {
        id: crypto.randomUUID(),
        scenario: 'mini',
        storyHash: mini.hash,
        mode: 'practice',
        assignmentId: one.id,
      });
      await finish(trainee, late.attempt.id);
      expect(await statuses()).toMatchObject({ One: 'submitted' });
    } finally {
      clock = saved;
    }

    // Removed from the cohort, its assignments are no longer theirs.
    await t.app.cohorts.removeMember(supA, c, trainee.id);
    expect(await t.app.assignments.mine(trainee)).toEqual([]);
  });
});
